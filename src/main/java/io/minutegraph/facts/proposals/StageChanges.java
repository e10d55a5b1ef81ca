package io.minutegraph.facts.proposals;

import io.minutegraph.facts.decisions.DecisionSentences;
import io.minutegraph.facts.decisions.PollReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stage a line moves a proposal to, in the words communities use: a numbered phase or stage ("POLL: Move
 * relaxed-simd to Phase 3", "Phase 4 poll for memory64", "X advances to Stage 3", "Vote: WASI-nn advance to phase
 * 1"), a named maturity level after an arrow or a move ("Sandbox → Incubating", "moved to incubating"), a final
 * comment period with its disposition ("FCP merge proposed", "proposed fcp merge", {@code disposition-merge}).
 *
 * <p>A stage named is not a change: "in the next phase of the project" names none, "we are not technically in phase
 * 4" and "the entry requirement for phase 2" move nothing, "a Phase 0 proposal" describes one. A sentence records a
 * change when it puts one to the meeting (a poll, a vote, a call for consent, an agenda item "Poll for phase 3" or
 * "Discussion around bringing JSPI to phase 4") or states one made ("advanced to phase 4", "Sandbox → Incubating",
 * "Unanimous consent to Phase 1", "Decision: move forward to phase 1"). One musing about a change is not, up to the
 * stage it names: a question that asks whether ("should we move to phase 3?"), a condition or an intention ("if no
 * changes are decided upon, then a vote for phase 4", "will be asking for Phase 2 at the next meeting"), a task
 * ("Josh to propose fcp merge", an action item), another time ("in the past we have moved to phase 2"). A question
 * put as a poll or an agenda item ("Poll: Phase 1?", "Move to stage 1?") does propose it. When someone speaks the
 * line, only a call ("let's poll for phase 1", "any objections to phase 1?") or a result counts, not a move they
 * mention in passing.
 *
 * <p>The outcome is {@code passed} when the sentence says so (passes, approved, advances, moves to, unanimous consent,
 * no objections, a decision or conclusion marker), {@code failed} when it says the opposite, and otherwise null: only
 * proposed or called (the caller may know the result of the poll at that line). Proposing or starting a final comment
 * period is a call, whatever its words.
 */
final class StageChanges {

    /**
     * A stage change a line records.
     *
     * @param stage   the stage, lower case: {@code phase 4}, {@code stage 3}, {@code incubating}, {@code fcp merge}
     * @param outcome {@code passed}, {@code failed}, or null when the line only proposes or calls it
     * @param names   what the line names as the proposals it moves ("Relaxed SIMD, Custom Annotations, and Branch
     *                Hinting to Phase 5" names three), possibly none: then the proposal is the one the line stands
     *                under
     */
    record Change(String stage, String outcome, List<String> names) {
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+(?=\\P{Ll})|;\\s*");
    private static final Pattern NUMBERED = Pattern.compile("\\b(phase|stage)\\s*#?\\s*(\\d{1,2})\\b(?!\\s*(?:"
            + "proposals?|features?|requirements?|criteria|entry|exit|process|docs?|documents?|status|champions?"
            + "|implementations?|work|spec|tests?|pipeline|builds?|of)\\b)(?![.-]\\d)", I);
    private static final Pattern NAMED = Pattern.compile("\\b(sandbox|incubating|incubation|graduated|graduation"
            + "|archived)\\b", I);
    private static final Pattern FCP = Pattern.compile("\\b(?:p?fcp|final\\s+comment\\s+period)(?:'d)?\\s*(?:to\\s+"
            + "|with\\s+(?:a\\s+)?disposition\\s+(?:to\\s+)?|[-:]\\s*)?(merge|close|postpone)\\b"
            + "|\\bdisposition[-\\s:]+(merge|close|postpone)\\b", I);
    private static final Pattern ARROW = Pattern.compile("(?:→|->|=>|⇒|⟶|➡)\\s*\\**$");
    private static final Pattern TO_BEFORE = Pattern.compile("\\b(?:to|into|for|as)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?"
            + "[(\\[]?\\**$", I);
    private static final Pattern POLL = Pattern.compile("\\b(?:poll|polls|polling|vote|votes|voting|motion|consent"
            + "|consensus)\\b", I);
    /** A call put to the meeting by someone speaking: "let's poll for phase 1", "any objections to phase 1?". */
    private static final Pattern CALL = Pattern.compile("^\\W*(?:poll|vote|motion)\\b|\\blet'?s\\s+(?:do\\s+|have\\s+"
            + "|take\\s+)?(?:a\\s+|the\\s+)?(?:\\w+\\s+)?(?:poll|vote)|\\b(?:any|are\\s+there(?:\\s+any)?)\\s+"
            + "(?:other\\s+)?"
            + "objections?\\b", I);
    private static final Pattern RESULT = Pattern.compile("\\b(?:advances|advanced|moved|moves|promoted|graduated"
            + "|graduates|approved|accepted|passes|passed|reached|entered|enters|adopted|goes|went)\\b", I);
    private static final Pattern MOVE = Pattern.compile("\\b(?:advance|advancing|move|moving|promote|promoting"
            + "|bring|bringing|push|pushing|propose|proposing|proposed|request|requesting|graduate|graduating|go"
            + "|going|accept|approve|start|starting|started|kick(?:ed)?\\s+off|begin|began|enter|entering|p?fcp'd)\\b",
            I);
    /** A failure beyond a poll's ({@link PollReader#FAILS}): "not advanced", "no consensus". */
    private static final Pattern NOT_MOVED = Pattern.compile("\\bnot\\s+advanced\\b|\\bno\\s+consensus\\b", I);
    private static final Pattern PASSED = Pattern.compile("\\b(?:passes|passed|carried|carries|approved|adopted"
            + "|accepted|advances|advanced|moves|moved|promoted|graduated|goes|went|reached|enters|entered"
            + "|no\\s+objections?|without\\s+objections?|(?:have|has|reached|got|achieved)\\s+(?:a\\s+|the\\s+)?"
            + "consensus|consensus\\s+(?:reached|achieved)|unanimous(?:ly)?(?:\\s+consent)?"
            + "(?!\\s+(?:consent\\s+)?poll))"
            + "\\b", I);
    /** A sentence that records what was settled: "Decision: move forward to phase 1", "Result: ...". */
    private static final Pattern SETTLED = Pattern.compile("^\\W*(?:decision|decided|conclusion|resolved|resolution"
            + "|result|outcome|consensus)\\b\\s*[:.]", I);
    private static final Pattern FCP_DONE = Pattern.compile("\\b(?:completed?|finished|ended|elapsed|is\\s+over)\\b",
            I);
    /** Words that make a sentence an intention, a condition, a question or a report of another time. */
    private static final Pattern HEDGE = Pattern.compile("\\b(?:should|shall|could|would|might|may|maybe|perhaps"
            + "|probably|possibly|potentially|can|cannot|can't|if|whether|unless|until|once|before|after|when"
            + "|whenever|last\\s+time|in\\s+the\\s+past|previously|used\\s+to|next\\s+(?:time|meeting|week|month|cg)"
            + "|will|won't|going\\s+to|plan(?:s|ned|ning)?\\s+to|hope|hoping|want|wants|wanted|like\\s+to|intend"
            + "|intends|expect|expects|eventual(?:ly)?|soon|later|future|ready\\s+(?:to|for)|need|needs|required?"
            + "|requirements?|blocking|blocked|block|postpone[ds]?|towards?|consider\\w*|think|thinks|not|don't"
            + "|doesn't|isn't|how|every\\s*time|each\\s+time|any\\s*time|as\\s+long\\s+as|hypothetical\\w*|say"
            + "|suppose|imagine|assum\\w+|currently|already|ago|earlier|since|in\\s+(?:jan|feb|mar|apr|may|jun|jul|aug"
            + "|sep|oct|nov|dec)\\w*|in\\s+\\d{4}|suggest\\w*|recommend\\w*)\\b|\\b\\w+['’](?:ll|d)\\b", I);
    /** Work set rather than done: "Niko to FCP", "AI: Josh to propose fcp merge", "[ ] Taylor to discuss ...". */
    private static final Pattern TASK = Pattern.compile("^(?:\\W|\\[[^\\]]*]|(?:ai|action\\s+items?|todo)\\s*:)*"
            + "(?!(?:poll|vote|motion|consensus|proposal|decision|resolution|move|moving|result)\\b)"
            + "[\\p{L}][\\p{L}.'-]*(?:\\s+(?:and|&|/)\\s+[\\p{L}][\\p{L}.'-]*)?\\s+to\\s+(?!phase\\b|stage\\b)\\p{L}"
            + "|^\\W*(?:ai|action\\s+items?|todo)\\s*[:\\-]|^\\W*\\[[ xX]?]", I);
    /** A question asking whether, not a proposal put as one: "should we move to phase 3?". */
    private static final Pattern MUSING = Pattern.compile("^\\W*(?:should|shall|could|can|do|does|did|would|will|wo"
            + "|is|are|was|were|what|how|why|when|where)(?:n't|n’t)?\\b", I);

    private static final String NAME = "([\\p{L}\\p{N}][^.;!?()\\[\\]:]{0,200}?)";
    private static final String STAGE = "(?:phase|stage)\\s*\\d{1,2}";
    private static final List<Pattern> NAMED_BY = List.of(
            // "advance Memory64 to phase 2", "move the relaxed-simd proposal to Phase 3"
            Pattern.compile("\\b(?:move|moving|moved|advance|advancing|advanced|promote|promoting|promoted|bring"
                    + "|bringing|push|pushing|graduate|graduating|accept|accepting|approve)\\s+(?:the\\s+)?" + NAME
                    + "\\s+(?:proposals?\\s+)?(?:to|into|for)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?\\(?(?:phase|stage)\\b",
                    I),
            // "Phase 4 poll for memory64", "POLL: Phase 2 for gc-js-customization"
            Pattern.compile("\\b" + STAGE + "\\s*(?:poll|vote)?\\s+(?:for|of|on)\\s+(?:the\\s+)?(?:a\\s+)?" + NAME
                    + "\\s*(?:proposals?)?\\s*(?:[?.!,;:(\\[]|\\s[-–—]\\s|$)", I),
            // "Memory64 to phase 2", "WASI-nn advance to phase 1", "X advances to Stage 3", "CoC PR to move to Stage 3"
            Pattern.compile("^" + NAME + "\\s+(?:proposals?\\s+)?(?:(?:to\\s+|will\\s+)?(?:advances|advanced|advance"
                    + "|advancing|moves|moved|move|goes|went|go|is\\s+promoted|promoted)\\s+)?(?:to|into|for)\\s+"
                    + "(?:the\\s+)?(?:phase|stage)\\b", I),
            // "Function references update + phase 4 poll", "Relaxed SIMD phase 4 poll"
            Pattern.compile("^" + NAME + "\\s*(?:[+&,–—-]|\\band\\b)?\\s*(?:(?:possible|potential)\\s+)?"
                    + "(?:(?:poll|vote)\\s+(?:for|to)\\s+)?" + STAGE + "(?:\\s+(?:poll|vote))?", I),
            // "Project X: Sandbox → Incubating"
            Pattern.compile("^" + NAME + "\\s*[\\-–—]\\s*(?:[\\p{L}]+\\s*)?(?:→|->|=>|⇒|⟶|➡)", I));
    private static final Pattern LIST = Pattern.compile("\\s*,\\s*(?:and\\s+)?");
    private static final Pattern LAST_AND = Pattern.compile("(?<!,)\\s+and\\s+(?=[^,]*$)");
    /** What a name is written with that is not the name: "update on", "proposal", "the". */
    private static final Pattern NAME_NOISE = Pattern.compile("^(?:the|a|an|propose|proposing|discuss|request"
            + "|requesting|continuation\\s+of|blockers\\s+for)\\s+|^(?:.*?\\b)?(?:updates?|presentation|discussion"
            + "|status)\\s+(?:on|of|about|around)\\s+|\\s+(?:proposals?|update|updates|repo|repository)$|[\\s,-]+$", I);
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:it|this|that|these|those|we|they|them|proposals?"
            + "|the proposal|this proposal|everything|all|both|which|what|something|anything|to|our|its|their|his|her"
            + "|him|one|us|you|i|he|she|here|there|now|then|further|forward|ahead|next|the next|possible|potential"
            + "|tentative|proposed|informal|formal|straw|consensus|unanimous|quick|discuss|discussion|request"
            + "|update|presentation|continuation|blockers)$"
            + "|\\b(?:to|for|of|on|with|and|or|the|a|an)$", I);
    private static final int LONGEST_NAME = 5;
    /** How many words a result after a call on the same line may have: "No objections.", "Poll passes.". */
    private static final int SHORT_ANSWER = 6;
    private static final int MOST_NAMES = 12;

    private StageChanges() {
    }

    /**
     * The stage change a line records, or null.
     *
     * @param said   the line's words, Markdown and any speaker label taken off
     * @param spoken whether someone speaks it (a speaker's label), rather than an agenda item, a heading or a record
     */
    static Change read(String said, boolean spoken) {
        String text = said.replaceAll("~~.*?~~", " ").strip();
        if (!mayName(text)) {
            return null;
        }
        String[] sentences = SENTENCES.split(text);
        for (int i = 0; i < sentences.length; i++) {
            Change change = mayName(sentences[i]) ? sentence(sentences[i].strip(), spoken) : null;
            if (change != null && change.outcome() == null && !change.stage().startsWith("fcp")) {
                // "Any objections to move to phase 1? No objections.": the answer on the same line
                for (int k = i + 1; k < sentences.length && k <= i + 2; k++) {
                    String answer = sentences[k].strip();
                    if (answer.split("\\s+").length <= SHORT_ANSWER && answer.indexOf('?') < 0) {
                        String outcome = failed(answer) ? DecisionSentences.FAILED
                                : PASSED.matcher(answer).find() ? DecisionSentences.PASSED : null;
                        if (outcome != null) {
                            return new Change(change.stage(), outcome, change.names());
                        }
                    }
                }
            }
            if (change != null) {
                return change;
            }
        }
        return null;
    }

    /** Whether a text may name a stage at all: most lines do not, and are passed over quickly. */
    static boolean mayName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("phase") || lower.contains("stage") || lower.contains("fcp")
                || lower.contains("final comment") || lower.contains("disposition") || lower.contains("sandbox")
                || lower.contains("incubat") || lower.contains("graduat") || lower.contains("archived");
    }

    private static Change sentence(String text, boolean spoken) {
        boolean poll = POLL.matcher(text).find();
        String stage = null;
        int at = -1;
        int end = -1;
        boolean fcp = false;
        Matcher m = FCP.matcher(text);
        if (m.find()) {
            stage = "fcp " + (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            at = m.start();
            end = m.end();
            fcp = true;
        }
        // A stage moved to ("to phase 2", "→ stage 3") before one only polled on ("Phase 1?")
        for (boolean moved : new boolean[] {true, false}) {
            for (Matcher numbered = NUMBERED.matcher(text); stage == null && numbered.find(); ) {
                String before = text.substring(0, numbered.start());
                if (moved ? TO_BEFORE.matcher(before).find() || ARROW.matcher(before).find() : poll) {
                    stage = numbered.group(1).toLowerCase(Locale.ROOT) + " " + Integer.parseInt(numbered.group(2));
                    at = numbered.start();
                    end = numbered.end();
                }
            }
        }
        for (Matcher named = NAMED.matcher(text); stage == null && named.find(); ) {
            String before = text.substring(0, named.start());
            if (ARROW.matcher(before).find() || TO_BEFORE.matcher(before).find()) {
                stage = maturity(named.group(1));
                at = named.start();
                end = named.end();
            }
        }
        if (stage == null) {
            return null;
        }
        String before = text.substring(0, at);
        boolean arrow = ARROW.matcher(before).find();
        boolean moved = RESULT.matcher(before).find() || MOVE.matcher(before).find()
                || fcp && (MOVE.matcher(text).find() || at == 0);
        if (!(poll || arrow || moved)) {
            return null; // a stage named, nothing moving
        }
        int clause = end;
        while (clause < text.length() && ",;([".indexOf(text.charAt(clause)) < 0) {
            clause++;
        }
        if (HEDGE.matcher(text.substring(0, clause)).find() || TASK.matcher(text).find()
                || MUSING.matcher(text).find()) {
            return null;
        }
        boolean question = text.indexOf('?') >= 0;
        boolean failed = failed(text);
        boolean passed = !failed && !question && (PASSED.matcher(text).find() || SETTLED.matcher(text).find());
        if (spoken && !(failed || passed || CALL.matcher(text).find())) {
            return null; // a move mentioned in passing
        }
        String outcome = failed ? DecisionSentences.FAILED
                : passed || arrow && !poll && !question ? DecisionSentences.PASSED : null;
        if (fcp) {
            outcome = FCP_DONE.matcher(text).find() ? DecisionSentences.PASSED : null; // proposing one is a call
        }
        return new Change(stage, outcome, names(text));
    }

    private static boolean failed(String text) {
        return PollReader.FAILS.matcher(text).find() || NOT_MOVED.matcher(text).find();
    }

    private static String maturity(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("incubat") ? "incubating" : w.startsWith("graduat") ? "graduated" : w;
    }

    /** What a sentence names as the proposals it moves, as written; none when it names none it can be sure of. */
    static List<String> names(String text) {
        String plain = text.replaceFirst("(?i)^\\W*(?:(?:consensus\\s+|unanimous\\s+consent\\s+)?poll|vote|motion"
                + "|decision|conclusion|result)\\s*[:\\-–—]\\s*", "");
        for (Pattern by : NAMED_BY) {
            Matcher m = by.matcher(plain);
            if (m.find()) {
                List<String> names = split(m.group(1).strip());
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** "A, B, and C" is three names, "Custom Descriptors and JS Interop" one. */
    private static List<String> split(String written) {
        String[] parts = LIST.split(written.indexOf(',') >= 0 ? LAST_AND.matcher(written).replaceFirst(", ")
                : written);
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = part.strip();
            for (String before = ""; !before.equals(name); ) {
                before = name;
                name = NAME_NOISE.matcher(name).replaceAll("").strip();
            }
            if (name.isEmpty() || NOT_A_NAME.matcher(name).find() || name.split("\\s+").length > LONGEST_NAME
                    || HEDGE.matcher(name).find() || POLL.matcher(name).find() || MOVE.matcher(name).find()
                    || RESULT.matcher(name).find() || KnownProposals.isLayout(name)) {
                return List.of(); // one part that is no name makes the whole no list of names
            }
            names.add(name);
        }
        return names.size() > MOST_NAMES ? List.of() : names;
    }
}
