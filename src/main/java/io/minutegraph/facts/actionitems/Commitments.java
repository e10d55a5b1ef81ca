package io.minutegraph.facts.actionitems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a discussion says that someone takes something on, read from the text alone (who is named is for
 * {@link ActionItemOwners} to resolve):
 * <ul>
 * <li>someone named: "Mary to write ...", "JZ / BN to measure ...", "Rich will reach out ...", "Myles can check ...",
 * "Paolo, who will write up ...", "Matteo has volunteered to ...", "Alex, please arrange ...";</li>
 * <li>the speaker: "I'll check with Chris", "We'll look into rescheduling", "Yes, will summarize on the thread";</li>
 * <li>the speaker's order, as owner lines of task lists write it: "DP: Send the measurements to Discord".</li>
 * </ul>
 * A commitment is an action to be taken after the meeting, so the verb decides ({@link ActionVerbs}). Questions,
 * conditions ("if I have to go back") and negations commit nobody; neither does "X will be at the summit".
 */
final class Commitments {

    /**
     * Someone named taking something on.
     *
     * @param subjects who, as written, the longest reading first: "No concerns, Michael will ..." may name
     *                 "concerns, Michael" or "Michael"; {@code JZ / BN}, {@code Isaacs and Chris}, {@code Josh and I}
     * @param leading  whether the longest reading opens its sentence, where a login needs no capital ("isaacs will
     *                 submit a PR", "niko to post")
     * @param consent  whether it is said as agreed ("Trevor &amp; Fedor agreed to put ..."): a group that agrees
     *                 ("all agreed to go with 1.0.0") decides rather than takes something on
     */
    record Assignment(List<String> subjects, boolean leading, boolean consent) {

        Assignment {
            subjects = List.copyOf(subjects);
        }
    }

    /** What may stand between a promise and its verb: "Michael will then send", "Josh to async review". */
    private static final String ADVERBS = "(?:(?:then|also|still|now|first|next|soon|later|hopefully|eventually"
            + "|further|just|offline|async|both|(?!(?:re|ap|sup)ply\\b|rely\\b)\\p{Ll}+ly|try\\s+to|try\\s+and"
            + "|aim\\s+to|need\\s+to|have\\s+to)\\s+)*";
    /** "I will be submitting fixes": a speaker's promise may run on. */
    private static final String RUNNING = ADVERBS + "(?:be\\s+)?";
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\p{L}'’])(?:(?<to>to)|(?<please>,?\\s*please)|(?<will>will|shall|can)"
                    + "|(?:is\\s+|are\\s+)?going\\s+to|(?:has\\s+|have\\s+)?(?:volunteered|offered)\\s+to"
                    + "|(?<consent>agreed\\s+to)|(?:still\\s+)?plans?\\s+to|planning\\s+to"
                    + "|(?:is\\s+|are\\s+|was\\s+|were\\s+)?assigned\\s+to)\\s+" + ADVERBS
                    + "(?<verb>\\p{Ll}[\\p{L}-]*)(?<next>\\s+\\p{L}+(?:\\s+\\p{L}+)?)?");
    /** A name, a login, or capitalised words naming a group ("Other TC members", "Google toolchain folks"). */
    private static final String NAME = "@?(?:\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}"
            + "(?:\\s+(?:members|folks|maintainers|champions|owners|reviewers|editors|chairs|team|contributors"
            + "|collaborators|vendors))?"
            + "|\\p{Ll}[\\p{L}\\d_-]{2,})";
    /** Who stands before "to" or "will", up to where their clause starts. */
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<subject>" + NAME + "(?:\\s*(?:,\\s*and|,|/|&|\\+|\\band/or\\b|\\band\\b)\\s*" + NAME + ")*)"
                    + "(?<who>\\s*,?\\s+who)?\\s*,?\\s*$");
    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?:^|[.;:!?(\\[,—–>*~-]|\\b(?:and|then|so|but|also|asked|encouraged|invited|reminded|told))\\s*$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\s*$");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** Nothing but markup before a subject: it opens the sentence, as "isaacs will submit a PR" does. */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("[\\s*_>~\\[(-]*");
    /**
     * Words that stand where a subject would without naming anyone: pronouns (a speaker's own "I will" is a
     * commitment's to judge, by its verb; "Josh and I" names someone), and modals opening a sentence ("Will plan to
     * enable" is no Will's).
     */
    private static final Set<String> NOT_SUBJECTS = Set.of("i", "we", "you", "they", "he", "she", "it", "this",
            "that", "there", "these", "those", "who", "which", "someone", "somebody", "nobody", "one", "people", "will",
            "may", "can", "shall", "must", "should", "would", "could", "might", "also", "then", "please");
    /** "a meeting for Matteo/Vladimir to give ...", "up to them to decide": an object, not a subject. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:for|to|of|with|on|by|from|than|about|at|in|into|onto|upon)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAKEN_BY_ALL = Pattern.compile(
            "\\b(?:let['’]?s|[Ww]e\\s+(?:should|will|can|could|need\\s+to))\\s+take\\s+(?:an?|the)\\s+"
                    + "(?:AI|[Aa]ction[ -]items?)\\b");
    private static final Pattern HEDGES = Pattern.compile("\\b(?:hopefully|maybe|perhaps|possibly|probably)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** What follows "to" without being a verb: "from Luke to the rest", "up to them". */
    private static final Set<String> NOT_VERBS = Set.of("be", "the", "a", "an", "this", "that", "these", "those",
            "his", "her", "their", "its", "our", "my", "your", "him", "them", "me", "us", "you", "it", "all", "some",
            "any", "each", "every", "other", "both", "such", "what", "which", "whom", "whose", "date", "have");

    /**
     * "I'll", "I will", "I'm going to", "I aim to", "I need to", "I have to", "I can do (that)"; "I want to" where the
     * speaker starts the clause ("I want to measure the boot times", not "that's what I want to measure"); a team's
     * only in the future ("We'll look into it"), since "we can", "we need to" and "we want to" weigh options.
     */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?<![\\p{L}'’])(?:[Ii](?:\\s*['’]ll|\\s+will|\\s+shall|\\s+am\\s+going\\s+to|\\s*['’]m\\s+going\\s+to"
                    + "|\\s+aim\\s+to|\\s+plan\\s+to|\\s+(?:will|would)\\s+try\\s+to|\\s+volunteer\\s+to"
                    + "|\\s+can(?=\\s+(?:do|take|work|handle|look)\\b)|\\s+(?:need|have)\\s+to|(?<wish>\\s+want\\s+to))"
                    + "|(?<let>[Ll]et\\s+me)"
                    + "|(?<team>[Ww]e)(?:\\s*['’]ll|\\s+will|\\s+are\\s+going\\s+to|\\s*['’]re\\s+going\\s+to))\\s+"
                    + RUNNING
                    + "(?<verb>\\p{Ll}[\\p{L}-]*)(?<next>\\s+\\p{L}+(?:\\s+\\p{L}+)?)?");
    /** "Will investigate further", "No, will take a look into that": the speaker is the subject left out. */
    private static final Pattern NO_SUBJECT = Pattern.compile(
            "^(?:(?<lead>[^.;:!?]{1,50}),\\s*)?(?:(?i:will|going\\s+to)|(?<must>(?i:need\\s+to|have\\s+to)))\\s+"
                    + RUNNING + "(?<verb>\\p{Ll}[\\p{L}-]*)(?<next>\\s+\\p{L}+(?:\\s+\\p{L}+)?)?");
    /** Where a clause starts: what a speaker says of their own wishes must be said as their own. */
    private static final Pattern CLAUSE_LEAD = Pattern.compile(
            "(?:^|[.;:,!(—–-]|\\b(?:and|but|so|then|now|also|next|today|tomorrow|first|later))\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "If no objections, will merge" commits; "If we had a registry, need to track ..." does not. */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|whenever|unless|whether)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "If I have to go back", "I don't think I will", "Maybe I'll make an issue": no commitment. */
    private static final Pattern NOT_COMMITTED = Pattern.compile(
            "\\b(?:if|unless|whether|whenever|when|once|until|maybe|perhaps|possibly)\\b|n['’]t\\b|\\bnot\\b"
                    + "|\\bnever\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSES = Pattern.compile("[,;:(]");
    /** "Are there changes that I need to do?" asks; it does not commit. */
    private static final Pattern QUESTION = Pattern.compile(
            "\\?\\s*\\)?\\s*$|^(?:Are|Is|Do|Does|Should|Shall|Can|Could|Would|What|How|Why|When|Where|Who)\\b");
    /** "Fear it will be a rabbit hole, will add ...": the subject left out is the one before, not the speaker. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|would|wo|['’]ll)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MOST_WORDS_IN_AN_ORDER = 20;
    /** What follows a noun, a name ("Mark and I discussed") or a verb in a question, not a verb in an order. */
    private static final Pattern NOT_AN_OBJECT = Pattern.compile(
            "(?i)(?:is|are|was|were|may|might|will|would|can|could|should|has|had|question|they|you|we|i|it|what"
                    + "|and|or|\\p{L}+ed)");
    private static final Pattern FIRST_WORDS = Pattern.compile("^(\\p{L}[\\p{L}-]*)(\\s+\\p{L}+)?");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”\\s*\\??|\"[^\"]*\"\\s*\\??");
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+");

    /** "Let me share my screen" speaks in the meeting; "let me check with Chris" is for after it. */
    private static final Set<String> AFTER_THE_MEETING = Set.of("talk", "check", "follow", "ping", "reach", "sync",
            "email", "contact", "file", "write", "look", "investigate", "confirm", "verify", "coordinate", "circle");

    private Commitments() {
    }

    /**
     * Who the text names taking something on, in written order, questions left out: candidates, since only resolving
     * them tells a person ("Mary to write") from a word ("Plan to write").
     */
    static List<Assignment> assignments(String text) {
        List<Assignment> found = new ArrayList<>();
        for (String sentence : SENTENCES.split(HEDGES.matcher(text).replaceAll(""))) {
            if (question(sentence)) {
                continue;
            }
            Matcher form = ASSIGNMENT.matcher(sentence);
            while (form.find()) {
                assignment(sentence, form).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Whether the meeting takes an action item on as a whole: "let's take an AI to ...", "We should take an AI". */
    static boolean takenByAll(String said) {
        return TAKEN_BY_ALL.matcher(said).find();
    }

    private static Optional<Assignment> assignment(String sentence, Matcher form) {
        String verb = form.group("verb");
        boolean task = form.group("to") != null;
        // "Mary to <anything>" is the minutes' task; "Rich will", "Myles can", "Alex, please" must name an action.
        if (task ? NOT_VERBS.contains(verb) : form.group("please") != null || form.group("will") != null
                ? !ActionVerbs.action(verb, form.group("next")) : verb.equals("be") || verb.equals("have")) {
            return Optional.empty();
        }
        String before = sentence.substring(Math.max(0, form.start() - 80), form.start());
        Matcher subject = SUBJECT.matcher(before);
        // "Niko's plan to go forward" is a plan, not Niko's taking it on.
        if (!subject.find() || NOT_SUBJECTS.contains(subject.group("subject").strip().toLowerCase(Locale.ROOT))
                || POSSESSIVE.matcher(subject.group("subject")).find()) {
            return Optional.empty();
        }
        String written = subject.group("subject").strip();
        String preceding = sentence.substring(0, form.start() - before.length() + subject.start());
        boolean who = subject.group("who") != null;
        // "for Matteo/Vladimir to give" names no one who takes it on; "renaming, Bert will help" does, after its comma.
        boolean object = !who && AFTER_PREPOSITION.matcher(preceding).find();
        List<String> subjects = new ArrayList<>();
        if (who || !object && CLAUSE_START.matcher(preceding).find()) {
            subjects.add(written);
        }
        Matcher separator = COMMA.matcher(written);
        while (separator.find()) {
            String tail = written.substring(separator.end());
            if (!NOT_SUBJECTS.contains(tail.toLowerCase(Locale.ROOT))) {
                subjects.add(tail);
            }
        }
        boolean leading = !subjects.isEmpty() && subjects.get(0).equals(written) && SENTENCE_OPENING.matcher(preceding)
                .matches();
        return subjects.isEmpty() ? Optional.empty() : Optional.of(new Assignment(subjects, leading,
                form.group("consent") != null));
    }

    /** Whether a speaker commits themselves (or their team: "we'll look into it") to an action after the meeting. */
    static boolean committed(String said) {
        for (String sentence : SENTENCES.split(said)) {
            if (question(sentence)) {
                continue;
            }
            Matcher first = FIRST_PERSON.matcher(sentence);
            while (first.find()) {
                boolean leads = first.group("wish") == null && first.group("team") == null
                        || CLAUSE_LEAD.matcher(sentence.substring(0, first.start())).find();
                // "Let me share my screen" speaks in the meeting; "let me check with Chris" is for after it.
                boolean after = first.group("let") == null || AFTER_THE_MEETING.contains(first.group("verb"));
                if (leads && after && unconditional(sentence, first.start())
                        && ActionVerbs.action(first.group("verb"), first.group("next"))) {
                    return true;
                }
            }
            Matcher bare = NO_SUBJECT.matcher(sentence.strip());
            String lead = bare.lookingAt() && bare.group("lead") != null ? bare.group("lead") : "";
            if (bare.lookingAt() && !FUTURE.matcher(lead).find()
                    && !(bare.group("must") != null && CONDITION.matcher(lead).find())
                    && ActionVerbs.action(bare.group("verb"), bare.group("next"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is an order, as owner lines of task lists are: one short sentence opening with an action verb
     * ("Send the measurements to Discord", "Follow up on GitHub"), in its base form ("Working on the URL
     * implementation" reports). A verb read as a noun ("Review required from Marc", "Open question about ...") or
     * followed by a pronoun ("Do they have ...") is no order.
     */
    static boolean order(String said) {
        String text = said.strip();
        if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || question(text)
                || SENTENCES.split(text).length > 1 || text.split("\\s+").length > MOST_WORDS_IN_AN_ORDER) {
            return false;
        }
        Matcher m = FIRST_WORDS.matcher(text);
        String verb = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        return ActionVerbs.base(verb) && m.group(2) != null
                && !NOT_AN_OBJECT.matcher(m.group(2).strip()).matches() && ActionVerbs.action(verb, m.group(2));
    }

    /** Whether a sentence asks; a question it quotes ("post a comment saying “can’t we stabilize these?”") does not. */
    static boolean question(String sentence) {
        return QUESTION.matcher(QUOTED.matcher(sentence).replaceAll("").strip()).find();
    }

    /** Whether nothing in the commitment's own clause makes it a condition or a negation. */
    private static boolean unconditional(String sentence, int at) {
        String before = sentence.substring(0, at);
        Matcher clauses = CLAUSES.matcher(before);
        int clause = 0;
        while (clauses.find()) {
            clause = clauses.end();
        }
        return !NOT_COMMITTED.matcher(before.substring(clause)).find();
    }
}
