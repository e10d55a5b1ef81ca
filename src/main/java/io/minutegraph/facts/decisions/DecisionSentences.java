package io.minutegraph.facts.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line or sentence of a meeting note decides, if anything, in the words communities write: a marker
 * ({@code Decision:}, {@code **Consensus**:}, {@code Resolved (Niko):}), a statement of agreement ("We agreed to
 * ...", "Consensus to ...", "no objections", "TSC voted to ...", "the motion carries", "Agenda formally adopted"),
 * or an agenda decision ("Defer until next meeting", "remove from agenda").
 *
 * <p>Precision comes first: a question, a condition ("if we agree to ..."), one person's view ("I agree"), an
 * opinion agreed on ("agreed that it is hard") and a report of an earlier decision or another body's ("the board
 * decided last week") decide nothing here.
 */
public final class DecisionSentences {

    static final String DECISION = "decision";
    static final String CONSENSUS = "consensus";
    static final String POLL = "poll";
    static final String RESOLUTION = "resolution";
    public static final String PASSED = "passed";
    public static final String FAILED = "failed";

    /** What a sentence decides: its kind, and for a vote its outcome. */
    record Reading(String kind, String outcome) {
    }

    /** A marker at the start of a line, and what follows it (possibly nothing: the decision is in the list below). */
    record Marker(String kind, String rest) {
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:>\\s*)*(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?");
    static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX]]\\s*");
    private static final Pattern MARKER = Pattern.compile("^(?:\\*\\*|__|\\*|_)?(?:(?:rough|general|meeting|broad"
            + "|final|team|group)\\s+)?(decisions?|decided|resolved|resolutions?|consensus|conclusions?|agreed"
            + "|agreement|sense of the (?:meeting|room))(?:\\*\\*|__|\\*|_)?\\s*(?:\\([^)]{0,60}\\))?\\s*"
            + "(?:\\*\\*|__|\\*|_)?\\s*[:：]\\s*(?:\\*\\*|__|\\*|_)?\\s*(.*)$", I);
    /** What a marker can be followed by without deciding anything: "Decision: TBD", "Consensus: none". */
    private static final Pattern NOTHING = Pattern.compile("^(?:none|no|n/?a|tbd|tbc|pending|not yet|nothing|todo"
            + "|-+|\\?+|(?:\\d+\\s*(?:min(?:ute)?s?\\s+)?)?(?:coffee\\s+|lunch\\s+)?break)\\W*$"
            + "|^(?:no|not\\s+(?:yet\\s+)?reached)\\s+(?:\\w+\\s+)?(?:decision|consensus|agreement|conclusion)\\b", I);
    private static final Pattern ONLY_PARENTHESES = Pattern.compile("^\\([^)]{0,60}\\)\\s*[.:]?$");
    /** Where a sentence ends: after "." or "!" before a capital ("e.g. foo" goes on), after any "?". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!])\\s+(?=[\\p{Lu}\\p{N}*_`\\[(<\"'])"
            + "|(?<=\\?)\\s+");
    private static final Pattern CLAUSE = Pattern.compile("[,;:]\\s+|\\s+[-–—]\\s+");
    private static final Pattern QUESTION = Pattern.compile("\\?\\s*\\W*$|^(?:what|how|why|where|who|which)\\b"
            + "|^(?:do|does|did|are|is|can|could|should|shall|would|will)\\s+(?:we|you|i|they|people|folks|anyone"
            + "|anybody|everyone|there)\\b", I);
    /** A question asked before a match in its clause: "T-lang, do we have consensus to ...". */
    private static final Pattern ASKING = Pattern.compile("\\b(?:do|does|did|are|is|can|could|should|shall|would"
            + "|will)\\s+(?:we|you|they|people|folks|anyone|anybody|everyone|there)\\b", I);
    /** Said of an earlier decision or of another time: the sentence reports, the meeting did not decide. */
    private static final Pattern ANOTHER_TIME = Pattern.compile("\\b(?:last\\s+(?:week|time|meeting|month|year|call"
            + "|session)|(?:previous|prior|earlier|past)\\s+(?:meeting|call|session|discussion)s?|previously"
            + "|yesterday|already|in\\s+the\\s+past|last\\s+(?:\\d+|few|two|three|couple\\s+of)\\s+(?:weeks|times"
            + "|meetings|months|calls|sessions)|at\\s+(?:some|an\\s+earlier|a\\s+previous|the\\s+last)\\s+meeting)"
            + "\\b", I);
    /** A condition before a match: "if we agree to ...", "whether there is consensus". */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|whether|once|when|until|assuming|while"
            + "|although|though)\\b", I);
    /** Lazy consensus is a decision, not a condition: "unless objection by end of today considered approved". */
    private static final Pattern UNLESS_OBJECTION = Pattern.compile("\\bunless\\s+(?:there\\s+(?:are|is)\\s+)?"
            + "(?:any\\s+)?(?:objections?|concerns?)\\b", I);
    private static final Pattern UNLESS = Pattern.compile("\\bunless\\b", I);

    /** "we agreed to", "The group agreed on", "TSC voted to", "Decided to r+", "it was decided that". */
    private static final Pattern AGREEMENT_VERB = Pattern.compile("\\b(agreed|agrees|agree|decided|deciding"
            + "|voted)(?:\\s+(to|on|upon|that|in\\s+favou?r\\s+of|for|against|down)\\b(?!\\s*(?:but|and|or|[.,;]|$))"
            + "|\\s+(?=we\\s+(?:should|will|would|can|'ll|are\\s+going\\s+to)\\b)|\\s*[.!]*\\s*$)", I);
    private static final Pattern ADVERBS = Pattern.compile("(?:\\s+(?:all|have|had|has|'ve|was|were|are|is|also"
            + "|unanimously|then|finally|both|now|just|generally|collectively|broadly|mostly|eventually))+\\s*$", I);
    /** Who may agree for the meeting: the meeting itself, never one person or another body. */
    private static final Set<String> GROUP = Set.of("we", "group", "team", "everyone", "everybody", "all", "folks",
            "people", "participants", "attendees", "members", "meeting", "room", "committee", "tsc",
            "tc", "cg", "wg", "sg", "chairs", "it", "both");
    /** "I believe we decided to ...": a speaker recalling a decision, not the meeting making one. */
    private static final Pattern HEDGE = Pattern.compile("\\bI\\s+(?:believe|think|guess|recall|remember|thought|hope"
            + "|wish)\\b|\\b(?:what|whatever|which|where)\\s+(?:we|everyone|all)\\b", I);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no)\\b|n't\\b", I);
    private static final Pattern MODAL = Pattern.compile("\\b(?:should|could|would|must|might|can|may|will|need"
            + "|needs|to|try|want|wants|going)\\s*$", I);
    /** "agreed that" decides when what is agreed is something to do, not an opinion ("agreed that it is hard"). */
    private static final Pattern TO_DO = Pattern.compile("\\b(?:will|'ll|would|should|shall|must|can|could|need"
            + "|needs|going to|is to|are to|ok to|okay to|fine to)\\b|^\\s*(?:we|the\\s+(?:team|group|tsc))\\s+\\w+",
            I);

    private static final Pattern CONSENSUS_WORD = Pattern.compile("\\b(?:(?:rough|general|broad|clear|full|strong"
            + "|unanimous)\\s+)?(consensus|agreement|support)\\b", I);
    private static final Pattern CONSENSUS_OBJECT = Pattern.compile("^\\s*(?:(?:is|was|seems)\\s+)?(?:to|on|that"
            + "|for|about|and|in\\s+favou?r)\\b|^\\s*from\\s+(?:those|everyone|all|the\\s+(?:group|meeting|room"
            + "|team))\\b|^\\s*[.!]*\\s*$", I);
    /** Words that may open a clause before "consensus": "But agreement that we don't ship this". */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:but|and|so|then|ok|okay|yes|overall)\\b\\s*,?\\s*)+",
            I);
    /** What may stand before "consensus" for the meeting to have reached it. */
    private static final Pattern HAVE_CONSENSUS = Pattern.compile("(?:^|\\b(?:we|there|they)\\s+(?:(?:have|had|has"
            + "|'ve|is|was|seems\\s+to\\s+be|reached|achieved)\\s+)+(?:(?:a|an|some)\\s+)?|\\b(?:reached|achieved"
            + "|sounds\\s+like(?:\\s+we\\s+have)?|looks\\s+like(?:\\s+we\\s+have)?|seems\\s+to\\s+be|there\\s+is"
            + "|there\\s+was)\\s+(?:(?:a|an|some)\\s+)?)\\s*(?:(?:rough|general|broad|clear|full|strong|unanimous)"
            + "\\s+)?$", I);
    private static final Pattern IN_AGREEMENT = Pattern.compile("\\b(?:we|all|everyone)\\s+(?:are|were)\\s+(?:all\\s+)?"
            + "in\\s+agreement\\b", I);
    /** "we can do unanimous consent": a proposal, decided only when nobody objects (a call, read with polls). */
    private static final Pattern PROPOSING = Pattern.compile("\\b(?:can|could|should|will|would|'ll|let's|lets"
            + "|let\\s+us|try|want|do\\s+we\\s+have|ask\\s+for)\\b", I);
    /** Unanimous consent as a record, at the start or given "with" or "by": not "we don't have unanimous consent". */
    private static final Pattern UNANIMOUS = Pattern.compile("(?:^\\W*|\\b(?:with|by|through|via)\\s+)unanimous(?:ly)?"
            + "\\s+(?:consent|agreement|support)\\b|^\\W*unanimous\\W*$", I);
    private static final Pattern NO_OBJECTION = Pattern.compile("\\bno\\s+(?:(?:further|other|more"
            + "|real|major|strong)\\s+)?(?:objections?|concerns?|disagreements?|opposition|dissent|pushback)\\b"
            + "(?!\\s+(?:currently\\s+)?(?:listed|registered|yet|so\\s+far))"
            + "|\\b(?:nobody|no\\s*one)\\s+(?:objected|objects|disagreed|disagrees|opposed|opposes|voiced?"
            + "|raised?|arguing|argued)\\b|<\\s*(?:no objections?|silence)\\s*>", I);
    /** One person's stance, not the meeting's: "I have no concerns", "Rich no objection". */
    private static final Pattern ONE_PERSON = Pattern.compile("\\bI\\s+(?:have|had|see|'ve|saw)\\s+$"
            + "|^\\p{Lu}\\p{L}+\\s+$");
    /** What must hold before something can go on: "confirm there are no objections", "there need to be no". */
    private static final Pattern PRECONDITION = Pattern.compile("\\b(?:need|needs|must|should|has|have)\\s+"
            + "(?:to\\s+)?be\\s+$|\\b(?:confirm|ensure|check|verify|make\\s+sure|see)\\b(?:\\s+\\S+){0,4}\\s+$", I);
    private static final Pattern SINGULAR_STANCE = Pattern.compile("^\\W*no\\s+(?:objection|concern)\\b(?!s)", I);
    /** A vote the note records as taken: "passed unanimously", "carried with one abstention", "motion carries". */
    private static final Pattern VOTE_PASSED = Pattern.compile("\\b(?:passed|passes|carried|carries|approved|adopted"
            + "|accepted)\\s+(?:unanimously|without\\s+(?:any\\s+)?objections?|with\\s+(?:one|two|three|\\d+)\\s+"
            + "abstentions?)\\b|\\bunanimously\\s+(?:passed|approved|adopted|carried|accepted)\\b|\\bunanimous\\s+vote"
            + "\\b|\\bmotion\\s+(?:carries|carried|passes|passed|is\\s+(?:adopted|carried|approved))\\b", I);
    private static final Pattern VOTE_FAILED = Pattern.compile("\\bmotion\\s+(?:fails|failed|is\\s+(?:defeated"
            + "|rejected))\\b", I);
    /** A clause that ends in adoption: "Agenda formally adopted.", "72 hours nobody objected, approved.". */
    private static final Pattern ADOPTED_END = Pattern.compile("^(?!\\d)(?:[\\w'/.#-]+\\s+){0,2}?(?:(?:is|was|are"
            + "|were|been|considered|formally|now|hereby)\\s+)*(?:approved|adopted|ratified)\\s*[.!]*\\s*$", I);
    private static final Pattern SECONDED = Pattern.compile("^(?:\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){0,3}"
            + "\\s+second(?:s|ed)|seconded\\s+by\\s+\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]+){0,3})\\s*[.!]*$", I);
    /** Agenda decisions: defer it, postpone or table it, leave it on or take it off the agenda, skip or cancel. */
    private static final String DEFER = "defer(?:red)?(?:\\s+(?:again|it|this|discussion|the\\s+discussion))?"
            + "(?:\\s+(?:until|till|to\\s+(?:the\\s+)?(?:next|later|another|a\\s+future|future))\\b|\\s+for\\s+now\\b"
            + "|\\s*[,.;]|\\s*$)|postpone[ds]?\\b|table[ds]?\\s+(?:the\\s+|further\\s+|this\\b|it\\b)"
            + "|wait\\s+(?:until|till)\\s+(?:the\\s+)?(?:next|later|another|a\\s+future)\\s+(?:meeting|week|call"
            + "|session)";
    private static final String ON_AGENDA = "(?:leave|keep)\\s+(?:it\\s+|this\\s+)?on\\s+(?:the\\s+)?(?:\\w+\\s+)?"
            + "agenda|leave\\s+the\\s+[\\w-]+\\s+label\\s+on";
    private static final String OFF_AGENDA = "(?:remove[ds]?|removing|take|taking|took)\\s*,?\\s+(?:it\\s+|this\\s+)?"
            + "(?:from|off)\\s+(?:of\\s+)?(?:the\\s+)?(?:\\w+\\s+)?agenda";
    private static final String SKIP = "skip(?:ping)?\\s+(?:it\\s+)?(?:for\\s+)?this\\s+week|skip(?:ping)?\\s+"
            + "(?:the\\s+)?(?:next\\s+)?(?:meeting|week|call)|(?:skip|cancel)\\s+(?:the\\s+)?(?:jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|oct|nov|dec)\\w*\\s+\\d";
    /** Discussion moved elsewhere: "Move further discussion back to GitHub", "take it back to the issue". */
    private static final String ELSEWHERE = "(?:move|moving|take|taking)\\s+(?:the\\s+|further\\s+|this\\s+)?"
            + "discussion\\s+(?:back\\s+)?to\\b|take\\s+(?:it|this)\\s+(?:back\\s+)?to\\s+(?:the\\s+)?(?:issue"
            + "|github|thread|pr)\\b";
    /** An agenda decision at the start of a clause, possibly after "so", "let's" or "we'll". */
    private static final Pattern AGENDA = Pattern.compile("^(?:(?:so|then|ok(?:ay)?|and|that)\\s*,?\\s+)?(?:(?:let's"
            + "|lets|let\\s+us|we(?:'ll|\\s+will|\\s+can|\\s+should)?)\\s+(?:just\\s+)?)?(?:"
            + String.join("|", DEFER, ON_AGENDA, OFF_AGENDA, SKIP, ELSEWHERE) + ")", I);
    private static final Pattern AGENDA_LEAD = Pattern.compile("(?<=\\b(?:that|so)\\s)|\\blet(?:'s|s|\\s+us)\\s", I);
    /** "this has been open long enough can proceed", "believe we can move forward", at the end of a clause. */
    private static final Pattern MAY_PROCEED = Pattern.compile("\\b(?:can|may|should\\s+be\\s+able\\s+to|(?:is|are)"
            + "\\s+(?:ok|okay|good|clear)\\s+to)\\s+(?:now\\s+)?(?:proceed|move\\s+forward|go\\s+ahead)\\s*[.!]*\\s*$",
            I);
    /** "... so we can move forward": a purpose, not a go-ahead. */
    private static final Pattern PURPOSE = Pattern.compile("\\b(?:so(?:\\s+that)?|in\\s+order\\s+that)\\s+\\w+\\s+$",
            I);
    private static final Pattern SPEAKER_SELF = Pattern.compile("\\bI\\s+(?:can|may)\\s+(?:now\\s+)?(?:proceed|move"
            + "|go)\\b", I);

    /** The words every reading of {@link #statement} needs one of, in lower case. */
    private static final Pattern CANDIDATE = Pattern.compile("agree|decid|vot|consensus|support|unanimous|pass|carrie"
            + "|approv|adopt|accept|ratif|motion|object|concern|oppos|dissent|pushback|argu|nobody|no\\s*one|silence"
            + "|second|defer|postpone|table|agenda|label|skip|cancel|discussion|wait|take\\s+(?:it|this)|proceed"
            + "|forward|ahead");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\t\\n\\x0B\\f\\r]");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`|(?<![\\w*])[*_](?=\\S)"
            + "|(?<=\\S)[*_](?![\\w*])");

    private DecisionSentences() {
    }

    /** A line without its bullet, quote mark or number: what its words start with. */
    static String unbulleted(String line) {
        return BULLET.matcher(line).replaceFirst("").strip();
    }

    /** Text as a reader wants it: links as their words, emphasis and code marks dropped, one space between words. */
    public static String plain(String text) {
        String s = text.indexOf('[') < 0 ? text : LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).isBlank() ? m.group(2) : m.group(1)));
        s = EMPHASIS.matcher(s).replaceAll("").replace('’', '\'');
        s = CHECKBOX.matcher(unbulleted(s)).replaceFirst("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** Whether text holds nothing to decide: "TBD", "none", "No consensus.", "10 minute break". */
    static boolean isNothing(String text) {
        return NOTHING.matcher(plain(text)).find();
    }

    static boolean isQuestion(String sentence) {
        return QUESTION.matcher(plain(sentence)).find();
    }

    /** Whether a sentence holds a word any reading starts from: most sentences decide nothing, and quickly so. */
    private static boolean mayDecide(String sentence) {
        return CANDIDATE.matcher(sentence.toLowerCase(Locale.ROOT)).find();
    }

    /** The marker a line starts with, after its bullet, or null. */
    static Marker marker(String line) {
        Matcher m = MARKER.matcher(CHECKBOX.matcher(unbulleted(line)).replaceFirst(""));
        if (!m.matches()) {
            return null;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String rest = m.group(2).strip();
        rest = ONLY_PARENTHESES.matcher(rest).matches() ? "" : rest; // "Resolved: (Niko)": who writes it up
        if (NOTHING.matcher(plain(rest)).matches() || (!rest.isEmpty() && isQuestion(rest))) {
            return null;
        }
        String kind = word.startsWith("consensus") || word.startsWith("agree") || word.startsWith("sense")
                ? CONSENSUS : word.startsWith("resol") ? RESOLUTION : DECISION;
        return new Marker(kind, rest);
    }

    /** What a sentence of the notes decides, or null. */
    static Reading statement(String sentence) {
        return statement(sentence, false);
    }

    /**
     * What a sentence of the discussion decides, or null.
     *
     * @param spoken whether a speaker's label stands before it: then "Agreed to ..." or "No objection to ..." with no
     *               subject is that speaker's own stance
     */
    static Reading statement(String sentence, boolean spoken) {
        if (!mayDecide(sentence)) {
            return null;
        }
        String s = plain(sentence);
        if (s.isEmpty() || QUESTION.matcher(s).find()) {
            return null;
        }
        Matcher vote = VOTE_PASSED.matcher(s);
        if (vote.find() && decidedHere(s, vote.start())) {
            return new Reading(POLL, PASSED);
        }
        Matcher failed = VOTE_FAILED.matcher(s);
        if (failed.find() && decidedHere(s, failed.start())) {
            return new Reading(POLL, FAILED);
        }
        Reading agreed = agreement(s, spoken);
        if (agreed != null) {
            return agreed;
        }
        Matcher unanimous = UNANIMOUS.matcher(s);
        if (consensus(s) || unanimous.find() && decidedHere(s, unanimous.start())
                && !PROPOSING.matcher(clauseBefore(s, unanimous.start())).find()) {
            return new Reading(CONSENSUS, null);
        }
        Matcher none = NO_OBJECTION.matcher(s);
        if (none.find() && decidedHere(s, none.start()) && !ONE_PERSON.matcher(s.substring(0, none.start())).find()
                && !PRECONDITION.matcher(s.substring(0, none.start())).find()
                && !(spoken && SINGULAR_STANCE.matcher(s).find())) {
            return new Reading(CONSENSUS, null);
        }
        for (String clause : CLAUSE.split(s)) {
            String c = clause.strip();
            if (ADOPTED_END.matcher(stripParentheses(c)).matches() && !ANOTHER_TIME.matcher(c).find()) {
                return new Reading(DECISION, null);
            }
        }
        if (SECONDED.matcher(s).matches()) {
            return new Reading(DECISION, null);
        }
        return agendaDecision(s) ? new Reading(DECISION, null) : null;
    }

    /**
     * "We agreed to ...", "The group agreed on ...", "TSC voted to ...", "Decided to r+", "it was decided that
     * ...", "All agree.": the meeting, never one person ("I agree") nor people named ("Antoine and Ruben agreed to
     * discuss ..." is their commitment).
     */
    private static Reading agreement(String s, boolean spoken) {
        Matcher m = AGREEMENT_VERB.matcher(s);
        while (m.find()) {
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            // "agreed we should ..." reads as "agreed that we should ..."
            String object = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                    : m.end() < s.length() ? "that" : "";
            String before = clauseBefore(s, m.start());
            String subject = ADVERBS.matcher(before).replaceFirst("").strip();
            String auxiliaries = before.substring(subject.length());
            String who = subject.substring(subject.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            // "if we agree", "agreed last week", "we haven't agreed", "we should agree", "I think we decided",
            // "do we agree": nothing decided here
            if (!decidedHere(s, m.start()) || ANOTHER_TIME.matcher(s).find() || NEGATION.matcher(auxiliaries).find()
                    || MODAL.matcher(before).find() || HEDGE.matcher(before).find() || ASKING.matcher(before).find()) {
                continue;
            }
            // One person ("I agree", "Rich: agreed") or another body ("the board decided") does not decide for
            // the meeting
            boolean meeting = subject.isEmpty() ? !spoken : GROUP.contains(who);
            if (!meeting || !decidesNow(verb, object, subject.equals(before), who, auxiliaries)) {
                continue;
            }
            if (object.equals("that") && !TO_DO.matcher(s.substring(m.end())).find()) {
                continue; // "agreed that it is hard": an opinion shared, nothing to do
            }
            if (verb.equals("voted")) {
                // "voted to ..." or "for" passed, "against" or "down" failed; "voted on" says neither
                boolean against = object.equals("against") || object.equals("down");
                if (!against && !object.equals("to") && !object.equals("for") && !object.startsWith("in")) {
                    continue;
                }
                return new Reading(POLL, against ? FAILED : PASSED);
            }
            return new Reading(verb.startsWith("agree") ? CONSENSUS : DECISION, null);
        }
        return null;
    }

    /**
     * Whether the verb's form says the meeting decides as it speaks: "we are deciding that" but not "deciding
     * whether"; the present "agree" only as the sentence's own statement ("We agree to ...", "All agree."), not
     * "what we agree for the default"; and with nothing after it, only "All agreed." or "Everyone agreed.".
     *
     * @param bare whether nothing but the subject stands before the verb in its clause
     */
    private static boolean decidesNow(String verb, String object, boolean bare, String who, String auxiliaries) {
        boolean everyone = who.equals("all") || who.equals("everyone");
        if (verb.equals("deciding")) {
            return auxiliaries.matches("(?i).*\\b(?:are|were)\\b.*");
        }
        if (verb.equals("agree") || verb.equals("agrees")) {
            return bare && (everyone || who.equals("we") && !object.isEmpty());
        }
        return !object.isEmpty() || everyone;
    }

    /** "Consensus to ...", "we have consensus on ...", "General agreement on semver", "we are in agreement". */
    private static boolean consensus(String s) {
        if (IN_AGREEMENT.matcher(s).find()) {
            return decidedHere(s, 0);
        }
        Matcher m = CONSENSUS_WORD.matcher(s);
        while (m.find()) {
            String before = OPENING.matcher(clauseBefore(s, m.start())).replaceFirst("");
            boolean support = m.group(1).equalsIgnoreCase("support");
            if (support && !m.group().toLowerCase(Locale.ROOT).startsWith("general")) {
                continue; // only "general support" speaks for the meeting
            }
            if (HAVE_CONSENSUS.matcher(before.isEmpty() ? before : before + " ").find()
                    && !NEGATION.matcher(before).find() && !ASKING.matcher(before).find()
                    && CONSENSUS_OBJECT.matcher(s.substring(m.end())).find() && decidedHere(s, m.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean agendaDecision(String s) {
        for (String clause : CLAUSE.split(s)) {
            String c = clause.strip();
            if (ANOTHER_TIME.matcher(c).find()) {
                continue;
            }
            if (AGENDA.matcher(c).find()) {
                return true;
            }
            // Mid-clause, after "that" or "let's": "... was that we should postpone ...", "not urgent lets leave it"
            Matcher lead = AGENDA_LEAD.matcher(c);
            while (lead.find()) {
                if (AGENDA.matcher(c.substring(lead.start())).find()) {
                    return true;
                }
            }
            Matcher proceed = MAY_PROCEED.matcher(c);
            if (proceed.find() && !SPEAKER_SELF.matcher(c).find() && !CONDITION.matcher(s).find()
                    && !PURPOSE.matcher(c.substring(0, proceed.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what stands at {@code at} was decided in this meeting: no condition before it in its sentence (lazy
     * consensus, "unless there are objections", excepted) and no other time in its clause.
     */
    private static boolean decidedHere(String s, int at) {
        String before = s.substring(0, at);
        if (CONDITION.matcher(before).find()
                || UNLESS.matcher(before).find() && !UNLESS_OBJECTION.matcher(s).find()) {
            return false;
        }
        return !ANOTHER_TIME.matcher(clauseAround(s, at)).find();
    }

    private static String clauseBefore(String s, int at) {
        String before = s.substring(0, at);
        Matcher m = CLAUSE.matcher(before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return before.substring(start).strip();
    }

    private static String clauseAround(String s, int at) {
        Matcher m = CLAUSE.matcher(s);
        int start = 0;
        int end = s.length();
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else if (m.start() >= at) {
                end = m.start();
                break;
            }
        }
        return s.substring(start, end);
    }

    private static String stripParentheses(String clause) {
        return clause.replaceAll("\\s*\\([^)]*(?:\\)|$)", "").strip();
    }
}
