package io.minutegraph.facts.decisions;

import static io.minutegraph.facts.decisions.DecisionSentences.isQuestion;
import static io.minutegraph.facts.decisions.DecisionSentences.plain;
import static io.minutegraph.facts.decisions.DecisionSentences.statement;
import static io.minutegraph.facts.decisions.DecisionSentences.unbulleted;

import io.minutegraph.annotate.NotePeople;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks told from decisions among the items of a section that lists decisions, and in what a marker introduces. An
 * owner before a colon ("RD: Create a GitHub project 0.16.3."), someone named "to" do something, a checkbox and an
 * imperative that sets work make a task; "We will keep ...", "We stick, for now, to ...", and a policy whose subject
 * is not a person ("Release 0.13 will happen on ...", "Approved PRs go into staging") state a decision.
 */
final class DecisionItems {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FIRST_WORD = Pattern.compile("^\\p{L}+");
    /** "We will keep ...", "We stick, for now, to ...", "We won't do ...": the group binding itself. */
    private static final Pattern WE_WILL = Pattern.compile("^we\\s*(?:'ll|will|shall|won't|will\\s+not|are\\s+going"
            + "\\s+to|'re\\s+going\\s+to|stick|keep|use|go\\s+with|stay|adopt|drop|suspend|postpone|defer|switch"
            + "|continue\\s+to\\s+use|prefer|decided|agreed)\\b(?!\\s+(?:have\\s+to|need|see|discuss|talk|look|check"
            + "|think|try|investigate|meet|be\\s+able|figure|ask|wait|probably|likely|maybe))", I);
    /**
     * A policy with a subject that is not a person: "Release 0.13 will happen on ...", "Approved PRs go into
     * {@code staging}", "X is the default branch", "There will be a {@code unikraft-sys} crate".
     */
    private static final Pattern POLICY = Pattern.compile("^(?!(?:i|we|you|he|she|they|it|this|that|these|those|someone"
            + "|somebody|everyone|anyone|who|if|once|when|then|also|and|but|so|maybe|probably|perhaps)\\b)"
            + "([\\w`'\"./+-]+(?:\\s+[\\w`'\"./+()-]+){0,6}?)\\s+(?:(?:will|shall|won't|will\\s+not|(?:is|are)\\s+"
            + "going\\s+to)\\s+(?!have\\s+to|need|try|be\\s+able|probably|likely|maybe)\\w+|(?:is|are)\\s+(?:now\\s+)?"
            + "(?:the|our)\\s+\\w+|(?:goes|go)\\s+(?:into|to)\\s+|(?:is|are)\\s+(?:planned|scheduled|set"
            + "|fixed|postponed|deferred|cancell?ed|moved)\\s+(?:for|to|on|until)\\b)|^there\\s+will\\s+be\\b", I);
    /** A date is the subject of a calendar fact, not of a decision: "December 1 is the National Day". */
    private static final Pattern CALENDAR = Pattern.compile("^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
            + "|mon|tue|wed|thu|fri|sat|sun|next\\s+meeting|the\\s+next\\s+meeting|\\d)", I);

    /** An owner before a colon: initials, a name, a group ("RD:", "AJ/RD:", "Lukas:", "Everyone:"). */
    private static final Pattern OWNER_PREFIX = Pattern.compile("^(?:\\*\\*)?(\\p{L}[\\p{L}.'’-]*(?:\\s+\\p{L}"
            + "[\\p{L}.'’-]*){0,2}(?:\\s*(?:/|,|&|\\+|\\band\\b)\\s*\\p{L}[\\p{L}.'’-]*"
            + "(?:\\s+\\p{L}[\\p{L}.'’-]*){0,2})*)(?:\\*\\*)?\\s*:\\s*(.*)$");
    private static final Pattern OWNER_SPLIT = Pattern.compile("\\s*(?:/|,|&|\\+|\\band\\b)\\s*");
    private static final Set<String> OWNER_GROUPS = Set.of("all", "everyone", "everybody", "team",
            "community leaders", "maintainers", "mentors", "students", "reviewers", "all maintainers");
    private static final Pattern TASK_MARKER = Pattern.compile("^(?:todo|to\\s*do|action(?:\\s+items?)?|ai"
            + "|next\\s+steps?|follow[- ]?ups?)\\b[^:]{0,30}:", I);
    /** "Luke to follow up", "JZ / BN to try contacting", "Niko will write up". */
    private static final Pattern NAMED_TASK = Pattern.compile("^(?!(?i:we|it|this|that|there|these|those|which"
            + "|who)\\b)(\\p{L}[\\p{L}'’.-]*(?:\\s*(?:,|&|\\+|/|\\band\\b)"
            + "\\s*\\p{L}[\\p{L}'’.-]*)*)\\s+(?:to|will|is\\s+going\\s+to|should|needs\\s+to|can)\\s+(\\p{Ll}+)");
    /** Verbs whose imperative sets someone work: "Create a GitHub project", "Ask Simon about ...". */
    private static final Set<String> TASK_VERBS = Set.of("ask", "add", "advertise", "announce", "arrange",
            "assemble", "assign", "bring", "build", "check", "clarify", "collect", "come", "compile", "complete",
            "contact", "continue", "coordinate", "create", "debug", "discuss", "document", "draft", "email",
            "ensure", "figure", "file", "fill", "find", "finish", "fix", "follow", "gather", "get", "help",
            "implement", "install", "integrate", "investigate", "invite", "look", "mail", "make", "measure",
            "open", "organize", "organise", "ping", "plan", "port", "post", "prepare", "present", "provide",
            "publish", "reach", "read", "rebase", "remind", "reopen", "reply", "report", "research", "resend",
            "respond", "review", "rework", "run", "schedule", "send", "set", "setup", "share", "solve", "start",
            "study", "submit", "summarize", "summarise", "sync", "talk", "test", "think", "track", "try", "update",
            "upstream", "verify", "wait", "work", "write", "put", "setting", "approve");
    /** Imperatives that send someone on an errand even after "Conclusion:": ping, ask, follow up, write to. */
    private static final Set<String> ERRANDS = Set.of("ping", "ask", "follow", "contact", "talk", "email", "mail",
            "reach", "remind", "reply", "respond", "send", "schedule", "sync");
    private static final Pattern LINK_ONLY = Pattern.compile("^(?:\\[[^\\]]*]\\([^)]*\\)|<?https?://\\S+>?)\\W*$");

    private DecisionItems() {
    }

    /**
     * Whether an item of a section that lists decisions is a task instead: a checkbox, a TODO or action marker, an
     * owner before a colon (unless what follows binds the group: "SK: we will keep ..."), "Luke to follow up", or
     * an imperative that sets someone work ("Create a GitHub project").
     */
    static boolean isTask(String item, NotePeople people) {
        return setsWork(item, people, TASK_VERBS);
    }

    /**
     * Whether what a marker introduces is work for someone rather than a decision ("Conclusion: Niko to start FCP",
     * "Conclusion: ping petrochenkov"): an owner, someone named "to" do it, or an errand. A marker's imperative
     * otherwise decides ("Consensus: start with architecture-by-architecture").
     */
    static boolean isErrand(String text, NotePeople people) {
        return setsWork(text, people, ERRANDS);
    }

    /** Whether a sentence of the discussion opens a task: "Action: ...", "Mark to write a comment saying ...". */
    static boolean opensTask(String sentence) {
        String s = plain(sentence);
        Matcher named = NAMED_TASK.matcher(s);
        return TASK_MARKER.matcher(s).find() || named.find() && TASK_VERBS.contains(named.group(2));
    }

    /**
     * A checkbox, a TODO or action marker, an owner before a colon (unless what follows binds the group: "SK: we
     * will keep ..."), someone named "to" do something, or one of these imperatives first.
     */
    private static boolean setsWork(String item, NotePeople people, Set<String> imperatives) {
        String s = unbulleted(item);
        String text = plain(s);
        if (DecisionSentences.CHECKBOX.matcher(s).find() || TASK_MARKER.matcher(text).find()) {
            return true;
        }
        Matcher owner = OWNER_PREFIX.matcher(s);
        if (owner.matches() && isOwner(owner.group(1).strip(), people)) {
            String rest = plain(owner.group(2));
            return !(WE_WILL.matcher(rest).find() || statement(rest) != null);
        }
        Matcher named = NAMED_TASK.matcher(text);
        return named.find() && (isOwner(named.group(1), people) || TASK_VERBS.contains(named.group(2)))
                || imperatives.contains(firstWord(text));
    }

    /** Whether an item states a decision in its own words, where tasks and decisions mix ("TODOs and Decisions"). */
    static boolean statesDecision(String item, NotePeople people) {
        String text = plain(item);
        if (isQuestion(text)) {
            return false;
        }
        Matcher we = WE_WILL.matcher(text);
        if (we.find() && !TASK_VERBS.contains(firstWord(text.substring(we.end()).strip())) || statement(text) != null) {
            return true; // "We will keep ...", not "We will test ...", which sets work
        }
        Matcher policy = POLICY.matcher(text);
        if (!policy.find() || CALENDAR.matcher(text).find()) {
            return false;
        }
        String subject = policy.group(1) == null ? "" : policy.group(1).strip();
        String first = subject.isEmpty() ? "" : subject.split("\\s+")[0];
        return subject.isEmpty() || !isOwner(first, people) && !isOwner(subject, people);
    }

    /** Whether an item of a decisions section says nothing to decide: a placeholder, a question, a bare link. */
    static boolean saysNothing(String item) {
        String text = plain(item);
        return text.isEmpty() || DecisionSentences.isNothing(text) || isQuestion(text)
                || LINK_ONLY.matcher(unbulleted(item)).matches();
    }

    /** Whether written names people of this meeting (initials, names it knows, a group). */
    private static boolean isOwner(String written, NotePeople people) {
        String folded = written.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").strip();
        if (OWNER_GROUPS.contains(folded)) {
            return true;
        }
        if (!SpeakerPrefixes.tokens(written).isEmpty()) {
            return true;
        }
        for (String part : OWNER_SPLIT.split(written)) {
            if (part.isBlank() || !Character.isUpperCase(part.charAt(0)) || !people.knowsName(part)) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String text) {
        Matcher m = FIRST_WORD.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    }
}
