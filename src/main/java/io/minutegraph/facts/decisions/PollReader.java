package io.minutegraph.facts.decisions;

import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.SpeakerTurns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls and calls for consent among a meeting's lines, each with the result the note records: a poll line ("Poll:
 * advance X to phase 4", "**POLL**" above its question, "#### Poll: Memory64 to phase 2") and the vote table
 * ({@code | SF | F | N | A | SA |} and a row of counts), tallies ("SF: 9" / "F: 5 N: 1") or "passes", "fails",
 * "unanimous", "no objections" after it; a call for objections ("Any objections to ...?") that nobody objects to; and
 * counts the note gives with no poll line before them. A poll line with no result is an agenda item, not a decision.
 *
 * <p>A poll passed when the note says so, or when more voted for (SF + F) than against (A + SA); it failed when the
 * note says so or the counts go the other way.
 */
public final class PollReader {

    /**
     * A poll or consent call with its result.
     *
     * @param line  where it starts: the poll line, the call, or the first count
     * @param text  what was put to the meeting, or null when the note does not say
     * @param lines every line it was read from, so that no other reading takes them again
     */
    record Poll(int line, String text, String kind, String outcome, Map<String, Integer> votes, Set<Integer> lines) {
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** How far after a poll line or call its result may stand: lines, and lines with words. */
    private static final int REACH = 24;
    private static final int REACH_WRITTEN = 10;
    /** How many lines with words after a call for objections may hold its answer. */
    private static final int REPLY_WRITTEN = 6;
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
    /** A poll line: "Poll: X", "**POLL**", "Consensus poll: ...", "Vote on ...", "Motion to ...", with its subject. */
    private static final Pattern POLL_LINE = Pattern.compile("^(?:(?:straw|consensus|formal|full|informal|quick"
            + "|phase\\s*\\d)\\s+)?(?:poll|vote|motion)s?\\b(?!\\s+(?:is|was|were|are|will|would|should|has|had|have|can"
            + "|could|may|might|passes|passed|fails|failed|carries|carried|results?)\\b)\\s*(?:[:\\-–—]\\s*|for\\s+"
            + "|on\\s+)?(.*)$", I);
    private static final Pattern CALL = Pattern.compile("\\b(?:any|are\\s+there(?:\\s+any)?|is\\s+there\\s+any"
            + "|does\\s+any(?:one|body)\\s+have(?:\\s+any)?|do\\s+(?:we|people|folks|you)\\s+have(?:\\s+any)?)\\s+"
            + "(?:objections?|concerns?|opposition)\\b|\\bany(?:one|body)\\s+(?:object|opposed)\\b|\\bunanimous\\s+"
            + "consent\\b|\\bdo\\s+we\\s+have\\s+consensus\\b", I);
    /** A call for consent put as a proposal, not a question: "let's do unanimous consent to add X as editor". */
    private static final Pattern PROPOSED_CONSENT = Pattern.compile("\\b(?:let's|lets|let\\s+us|we\\s+can|we'll"
            + "|we\\s+will)\\s+(?:do|have|take|go\\s+with)\\s+(?:a\\s+)?(?:unanimous\\s+consent|consensus\\s+poll"
            + "|consent)\\b(?!\\s*,?\\s*but\\b)", I);
    /** A poll that asks for objections, so that "None." answers it. */
    private static final Pattern OBJECTION_ASKED = Pattern.compile("\\bobject(?:ion)?s?\\b|\\bconcerns?\\b"
            + "|\\bconsent\\b", I);
    private static final Pattern POLL_WORD = Pattern.compile("\\b(?:poll|vote|motion)s?\\b", I);
    /** A reply to a call for objections: "No objections.", "None.", "&lt;silence&gt;", "No? Okay.". */
    private static final Pattern NOBODY_OBJECTS = Pattern.compile("^\\W*(?:no\\s+objections?|no\\s+concerns?|none"
            + "|nope|silence|nobody|no\\s*one|not\\s+hearing\\s+any|hearing\\s+none|unanimous(?:\\s+consent)?"
            + "|no\\s+response)\\b|^\\W*no\\W*(?:\\s+\\w+\\W*){0,2}$", I);
    private static final Pattern OBJECTS = Pattern.compile("^\\W*(?:yes\\b|i\\s+(?:do\\s+)?object|i\\s+have\\s+"
            + "(?:an?\\s+|one\\s+|some\\s+)?(?:objection|concern))", I);
    /** A poll's failure in words; a stage change reads it too. */
    public static final Pattern FAILS = Pattern.compile("\\b(?:fails|failed|does\\s+not\\s+pass|did\\s+not\\s+pass"
            + "|doesn't\\s+pass|didn't\\s+pass|not\\s+(?:passed|carried|adopted|approved)|rejected|defeated)\\b", I);
    private static final Pattern PASSES = Pattern.compile("\\b(?:passes|passed|carries|carried|adopted|approved"
            + "|accepted|advances|advanced|unanimous(?:ly)?|no\\s+objections?|without\\s+objections?|consensus"
            + "\\s+reached|(?:achieved|reached|got)\\s+(?:a\\s+|the\\s+)?(?:simple\\s+|two-thirds\\s+|required\\s+)?"
            + "majority)\\b|<\\s*silence\\s*>", I);
    /** A line that records a result rather than discussing: short, or naming the poll, vote or result. */
    private static final Pattern RESULT_WORDS = Pattern.compile("\\b(?:poll|vote|votes|motion|result|outcome"
            + "|consent)\\b", I);
    private static final int SHORT_RESULT = 60;
    /** A poll's subject that names only the phase: "to phase 2", "for Phase 3:". */
    private static final Pattern ONLY_PHASE = Pattern.compile("^(?:(?:to|for)\\s+)?(?:phase|stage)\\s*[\\d.]+\\W*$", I);
    /** A result on the poll's own line: "Poll: X - passes", "... into their own repo - unanimous". */
    private static final Pattern INLINE_RESULT = Pattern.compile("[-–—,;(.]\\s*(?:the\\s+)?(?:poll\\s+|motion\\s+"
            + "|vote\\s+)?(?:passes|passed|fails|failed|carried|carries|unanimous(?:ly)?|no\\s+objections?|achieved\\s+"
            + "(?:a\\s+)?(?:simple\\s+)?majority)\\b", I);
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?(?:\\s*:?-+:?\\s*\\|?)+\\s*$");

    private final NoteDocument note;
    private final SpeakerTurns turns;
    private final Set<Integer> taken = new HashSet<>();
    private final Set<Integer> code;
    /** Each line's words without its speaker label and Markdown, worked out once: windows read lines many times. */
    private final String[] said;
    private final Matcher[] subjects;
    private final boolean[] subjectRead;

    private PollReader(NoteDocument note, SpeakerTurns turns) {
        this.note = note;
        this.turns = turns;
        this.said = new String[note.lastLine() - note.firstLine() + 1];
        this.subjects = new Matcher[said.length];
        this.subjectRead = new boolean[said.length];
        this.code = codeLines(note);
    }

    /** The lines of a meeting's fenced code blocks, fences included: a sample or a log there records nothing. */
    public static Set<Integer> codeLines(NoteDocument note) {
        Set<Integer> code = new HashSet<>();
        boolean inCode = false;
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            if (FENCE.matcher(note.line(n)).find()) {
                inCode = !inCode;
                code.add(n);
            } else if (inCode) {
                code.add(n);
            }
        }
        return code;
    }

    /** The meeting's polls and consent calls that have a result, in line order. */
    static List<Poll> read(NoteDocument note, SpeakerTurns turns) {
        return new PollReader(note, turns).read();
    }

    private List<Poll> read() {
        List<Poll> polls = new ArrayList<>();
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            if (taken.contains(n) || code.contains(n) || note.line(n).isBlank()) {
                continue;
            }
            Poll poll = pollLine(n);
            poll = poll != null ? poll : consentCall(n);
            poll = poll != null ? poll : countsAlone(n);
            if (poll != null) {
                polls.add(poll);
                taken.addAll(poll.lines());
            }
        }
        return polls;
    }

    /** A poll line and the result after it. */
    private Poll pollLine(int n) {
        Matcher m = pollSubject(n);
        if (m == null) {
            return null;
        }
        String written = DecisionSentences.plain(HEADING.matcher(note.line(n)).replaceFirst(""));
        String subject = m.group(1).strip();
        Set<Integer> lines = new HashSet<>(Set.of(n));
        VoteCounts counts = new VoteCounts();
        counts.addInline(written); // "Poll: X to phase 2 (SF 13, F 16, N 4, A 0, SA 0)"
        if (counts.addTallyLine(subject)) {
            subject = ""; // "Vote: 7 in favor, 0 against" gives counts, not what was voted on
        }
        String outcome = INLINE_RESULT.matcher(written).find() ? explicitOutcome(written) : null;
        if (outcome != null && counts.isEmpty()) {
            // "Vote in issue, achieved simple majority" over "Yes: 9" / "No: 0": the counts are the poll's too
            int next = n + 1;
            while (next < note.lastLine() && note.line(next).isBlank()) {
                next++;
            }
            readCounts(next, counts, lines, 1);
        }
        String question = null;
        boolean objectionAsked = OBJECTION_ASKED.matcher(written).find();
        int words = 0;
        for (int k = n + 1; k <= Math.min(note.lastLine(), n + REACH) && outcome == null && counts.isEmpty(); k++) {
            String said = said(k);
            if (said.isEmpty() || taken.contains(k)) {
                continue;
            }
            if (HEADING.matcher(note.line(k)).find() || pollSubject(k) != null || code.contains(k)
                    || DecisionSentences.marker(note.line(k)) != null || ++words > REACH_WRITTEN) {
                break;
            }
            int read = readCounts(k, counts, lines, 1);
            if (read > k) {
                outcome = outcomeAfter(read, lines);
                break;
            }
            if (isResult(said, objectionAsked)) {
                outcome = explicitOutcome(said);
                lines.add(k);
                outcome = outcome == null ? DecisionSentences.PASSED : outcome; // "None." to "Any objection ...?"
                lines.addAll(resultAfter(k));
                break;
            }
            if (question == null && words == 1 && subject.split("\\s+").length < 3) {
                question = said; // "**POLL**" then its question on the next line
                objectionAsked |= OBJECTION_ASKED.matcher(said).find();
                lines.add(k);
            }
        }
        if (outcome == null && counts.isEmpty()) {
            return null;
        }
        // "Poll: Memory64 to phase 2" says what is polled; "POLL for phase 3:" leaves it to the question or heading
        String text = subject.split("\\s+").length >= 3 && !ONLY_PHASE.matcher(subject).matches() ? subject : question;
        return new Poll(n, text, DecisionSentences.POLL, outcome != null ? outcome : counts.outcome(),
                counts.votes(), lines);
    }

    /** The poll line's match at line {@code n}, its subject in group 1; null when the line is no poll line. */
    private Matcher pollSubject(int n) {
        if (n < note.firstLine() || n > note.lastLine() || code.contains(n)) {
            return null;
        }
        int i = n - note.firstLine();
        if (!subjectRead[i]) {
            subjectRead[i] = true;
            if (POLL_WORD.matcher(note.line(n)).find()) {
                for (String text : List.of(HEADING.matcher(note.line(n)).replaceFirst(""), said(n))) {
                    Matcher m = POLL_LINE.matcher(DecisionSentences.plain(text));
                    if (m.matches()) {
                        subjects[i] = m;
                        break;
                    }
                }
            }
        }
        return subjects[i];
    }

    /** "Any objections to X?" answered, on its line or the next few, by nobody objecting. */
    private Poll consentCall(int n) {
        String said = said(n);
        Matcher call = CALL.matcher(said);
        int question = call.find() ? said.indexOf('?', call.end()) : -1;
        if (question < 0 && PROPOSED_CONSENT.matcher(said).find()) {
            question = said.length() - 1; // put as a proposal: the answer is on the lines below
        }
        if (question < 0) {
            return null;
        }
        String asked = said.substring(0, question + 1);
        String text = asked;
        for (String sentence : DecisionSentences.sentences(asked)) {
            if (CALL.matcher(sentence).find() || PROPOSED_CONSENT.matcher(sentence).find()) {
                text = sentence; // the call itself, not what was said before it
            }
        }
        boolean poll = POLL_WORD.matcher(asked).find();
        String kind = poll ? DecisionSentences.POLL : DecisionSentences.CONSENSUS;
        String outcome = poll ? DecisionSentences.PASSED : null;
        String answer = question + 1 < said.length() ? said.substring(question + 1).strip() : "";
        if (!answer.isEmpty()) {
            return NOBODY_OBJECTS.matcher(answer).find()
                    ? new Poll(n, text, kind, outcome, Map.of(), Set.of(n)) : null;
        }
        int words = 0;
        for (int k = n + 1; k <= Math.min(note.lastLine(), n + REACH); k++) {
            String reply = said(k);
            if (reply.isEmpty()) {
                continue;
            }
            if (HEADING.matcher(note.line(k)).find() || code.contains(k) || pollSubject(k) != null
                    || CALL.matcher(reply).find() || ++words > REPLY_WRITTEN || OBJECTS.matcher(reply).find()) {
                return null;
            }
            if (NOBODY_OBJECTS.matcher(reply).find()) {
                Set<Integer> lines = new HashSet<>(Set.of(n, k));
                lines.addAll(resultAfter(k));
                return new Poll(n, text, kind, outcome, Map.of(), lines);
            }
        }
        return null;
    }

    /** Counts the note gives with no poll line before them: the vote itself is the record of a poll. */
    private Poll countsAlone(int n) {
        VoteCounts counts = new VoteCounts();
        Set<Integer> lines = new HashSet<>();
        int read = readCounts(n, counts, lines, 2);
        if (read == n) {
            return null;
        }
        String outcome = outcomeAfter(read, lines);
        // A table of one count a row starts at its header: "| Vote | Count |" above "SF | 21"
        int start = n;
        while (start > note.firstLine() && note.line(start - 1).contains("|")) {
            lines.add(--start);
        }
        // The line above says what was voted on, unless someone speaks it ("CW: let's do a full poll:", "Bailey:
        // ... I'd like to hold a full vote."): then the heading does.
        String text = null;
        for (int k = start - 1; k >= Math.max(note.firstLine(), start - 4); k--) {
            if (!note.line(k).isBlank()) {
                boolean spoken = turns.at(k).isPresent() && !turns.said(k, note.line(k)).equals(note.line(k));
                text = spoken || HEADING.matcher(note.line(k)).find() ? null : said(k);
                break;
            }
        }
        return new Poll(start, text, DecisionSentences.POLL,
                outcome != null ? outcome : counts.outcome(), counts.votes(), lines);
    }

    /**
     * Reads a vote table or a run of tally lines starting at line {@code n} into counts, adding the lines read.
     *
     * @param least how many tallies a run needs: one under a poll line ("Poll:" / "SF: 5"), two standing alone
     * @return the line after the counts, or {@code n} when none start there
     */
    private int readCounts(int n, VoteCounts counts, Set<Integer> lines, int least) {
        List<String> header = tableCells(note.line(n));
        if (header.size() >= 2 && header.stream().allMatch(c -> VoteCounts.label(c) != null)) {
            for (int k = n + 1; k <= Math.min(note.lastLine(), n + 3); k++) {
                String row = note.line(k);
                if (TABLE_SEPARATOR.matcher(row).find()) {
                    continue;
                }
                List<String> cells = tableCells(row);
                if (cells.size() == header.size() && cells.stream().allMatch(c -> c.matches("\\d{1,4}|"))
                        && cells.stream().anyMatch(c -> !c.isEmpty())) {
                    for (int i = 0; i < cells.size(); i++) {
                        if (!cells.get(i).isEmpty()) {
                            counts.add(header.get(i), Integer.parseInt(cells.get(i)));
                        }
                    }
                    for (int j = n; j <= k; j++) {
                        lines.add(j);
                    }
                    return k + 1;
                }
                break;
            }
            return n;
        }
        VoteCounts run = new VoteCounts();
        int k = n;
        Set<Integer> read = new HashSet<>();
        // "|  |  |" and "| -- | -- |" above "| **SF** | 15 |": a table of one count a row with no header to read
        while (k <= note.lastLine() && (note.line(k).isBlank() && k > n || emptyTableRow(note.line(k))
                || run.addTallyLine(note.line(k)))) {
            if (!note.line(k).isBlank()) {
                read.add(k);
            }
            k++;
        }
        if (run.size() < least) {
            return n;
        }
        counts.addAll(run);
        lines.addAll(read);
        return k;
    }

    /** An explicit result on the line or two after the counts ("Poll passes", "Result: advances to phase 2"). */
    private String outcomeAfter(int from, Set<Integer> lines) {
        int words = 0;
        for (int k = from; k <= Math.min(note.lastLine(), from + 4) && words < 2; k++) {
            String said = said(k);
            if (said.isEmpty()) {
                continue;
            }
            words++;
            if (HEADING.matcher(note.line(k)).find()) {
                return null;
            }
            DecisionSentences.Marker marker = DecisionSentences.marker(note.line(k));
            if (marker != null && marker.rest().split("\\s+").length <= 3) {
                lines.add(k); // "Consensus: for" under the counts: the poll's result, in a word
                String word = DecisionSentences.plain(marker.rest()).toLowerCase(Locale.ROOT);
                return word.matches("against\\W*") ? DecisionSentences.FAILED
                        : word.matches("for\\W*") ? DecisionSentences.PASSED : explicitOutcome(word);
            }
            if (marker != null) {
                return null;
            }
            String outcome = isResult(said, false) ? explicitOutcome(said) : null;
            if (outcome != null) {
                lines.add(k);
                return outcome;
            }
        }
        return null;
    }

    /** A record of consent right after a result ("RH: No objections." then "(Unanimous consent)"). */
    private Set<Integer> resultAfter(int k) {
        for (int j = k + 1; j <= Math.min(note.lastLine(), k + 3); j++) {
            String said = said(j);
            if (!said.isEmpty()) {
                return isResult(said, false) ? Set.of(j) : Set.of();
            }
        }
        return Set.of();
    }

    /**
     * Whether a line records a poll's result: short, or naming the poll or result, and saying it passed or failed,
     * or, when objections were asked for, that there were none.
     */
    private static boolean isResult(String line, boolean objectionAsked) {
        List<String> sentences = DecisionSentences.sentences(line);
        String said = sentences.isEmpty() ? "" : sentences.get(0); // "Poll passes, CD to phase 3. ... ok with ...?"
        return (said.length() <= SHORT_RESULT || RESULT_WORDS.matcher(said).find())
                && (explicitOutcome(said) != null || objectionAsked && NOBODY_OBJECTS.matcher(said).find())
                && !DecisionSentences.isQuestion(said);
    }

    private static String explicitOutcome(String text) {
        return FAILS.matcher(text).find() ? DecisionSentences.FAILED
                : PASSES.matcher(text).find() ? DecisionSentences.PASSED : null;
    }

    private String said(int n) {
        if (n < note.firstLine() || n > note.lastLine()) {
            return "";
        }
        int i = n - note.firstLine();
        if (said[i] == null) {
            said[i] = DecisionSentences.plain(turns.said(n, note.line(n).strip()));
        }
        return said[i];
    }

    private static boolean emptyTableRow(String line) {
        List<String> cells = tableCells(line);
        return cells.size() >= 2 && cells.stream().allMatch(c -> c.matches("[-:]*"));
    }

    private static List<String> tableCells(String line) {
        String s = line.strip();
        if (s.indexOf('|') < 0 || !s.startsWith("|") && s.chars().filter(c -> c == '|').count() < 2) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.replaceAll("^\\||\\|$", "").split("\\|", -1)) {
            cells.add(cell.replaceAll("[*_`\\s]", ""));
        }
        return cells;
    }
}
