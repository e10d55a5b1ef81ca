package io.minutegraph.facts.actionitems;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is done after a meeting, by its verb: "I will make a PR", "Rich will reach out", "Arno → update the docs". "I
 * will push back on that", "I want to point out" and "I will show a demo" speak in the meeting instead, so their verbs
 * are not here.
 */
final class ActionVerbs {

    /**
     * Verbs of what is done after a meeting. Some count only with their particle: "look into", not "look to"; "talk
     * with", not "talk about"; "follow up", "reach out".
     */
    private static final Set<String> ACTION_VERBS = Set.of("add", "update", "write", "rewrite", "draft", "create",
            "open", "reopen", "file", "post", "send", "email", "mail", "ping", "contact", "ask", "check", "verify",
            "double-check", "confirm", "investigate", "explore", "research", "review", "read", "test", "try", "measure",
            "benchmark", "run", "rerun", "fix", "implement", "port", "merge", "land", "close", "release", "publish",
            "submit", "share", "upload", "link", "document", "summarize", "summarise", "prepare", "prep", "schedule",
            "reschedule", "organize", "organise", "arrange", "coordinate", "sync", "clarify", "collect", "gather",
            "work", "continue", "keep", "start", "begin", "finish", "complete", "handle", "take", "do", "make", "put",
            "register", "resolve", "drop", "remove", "revert", "rebase", "refactor", "move", "rename", "assign",
            "nominate", "propose", "raise", "report", "invite", "loop", "cc", "tag", "label", "track", "reply",
            "respond", "comment", "leave", "approve", "notify", "announce", "inform", "help", "provide", "give",
            "build", "deploy", "install", "configure", "enable", "disable", "extend", "remind", "poke", "nudge",
            "escalate", "upstream", "backport", "reproduce", "debug", "profile", "evaluate", "analyze", "analyse",
            "compare", "retry", "cancel", "postpone", "host", "record", "fill", "revise", "edit", "amend", "adjust",
            "pick", "kick", "bring", "revamp", "revisit", "spend", "search", "find", "bump", "fork", "transfer",
            "archive", "delete", "mark", "flag", "ship", "drive", "lead", "own", "shepherd", "dig", "look", "talk",
            "discuss", "follow", "reach", "sort", "figure", "set", "clean", "come", "go", "circle", "get", "push",
            "commit", "change", "unblock", "polish", "split", "solve", "clone", "redo", "integrate", "involve",
            "finalize", "finalise", "rework", "prototype", "validate", "patch", "upgrade", "initiate", "pull", "switch",
            "consider", "use", "initialize", "initialise", "allocate", "specify", "see");
    /** "I'll have a look", "need to have a call with RD"; not "I'll have a better idea". */
    private static final Pattern HAVE_A = Pattern.compile(
            "an?\\s+(?:look|call|chat|meeting|sync|go|discussion|conversation|word|try)");
    /** "push back" and "make sure" speak in the meeting. */
    private static final Set<String> WRONG_PARTICLES = Set.of("push back", "make sure");
    private static final Map<String, Set<String>> PARTICLES = Map.ofEntries(
            Map.entry("look", Set.of("into", "at", "over", "through", "for", "up", "in", "on")),
            Map.entry("talk", Set.of("to", "with")), Map.entry("see", Set.of("if", "whether")),
            Map.entry("follow", Set.of("up", "through", "on")), Map.entry("reach", Set.of("out")),
            Map.entry("sort", Set.of("out")), Map.entry("figure", Set.of("out")), Map.entry("set", Set.of("up")),
            Map.entry("clean", Set.of("up")), Map.entry("come", Set.of("back", "up")),
            Map.entry("go", Set.of("through", "over")), Map.entry("circle", Set.of("back")),
            Map.entry("get", Set.of("back", "in", "a", "the", "it", "this", "that", "through", "started", "rid")),
            Map.entry("kick", Set.of("off")),
            Map.entry("pull", Set.of("together", "in")));

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    private static final Pattern FIRST_WORDS = Pattern.compile("^(\\p{L}[\\p{L}-]*)(\\s+\\p{L}+)?");

    private ActionVerbs() {
    }

    /** Whether a text starts with an action verb: "write the post", "Follow up with Domenic". */
    static boolean actionFirst(String text) {
        Matcher m = FIRST_WORDS.matcher(text.strip());
        return m.lookingAt() && action(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
    }

    /**
     * Whether two texts say the same action: an action verb of one in the other ("I'll start an email thread" and
     * "Luke to start an email thread"), where "Niko to create a tracking issue" and "Niko to review" differ.
     */
    static boolean sameAction(String one, String other) {
        Set<String> verbs = new HashSet<>();
        Matcher words = WORD.matcher(one.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String verb = lemma(words.group());
            if (verb != null) {
                verbs.add(verb);
            }
        }
        Matcher others = WORD.matcher(other.toLowerCase(Locale.ROOT));
        while (others.find()) {
            String verb = lemma(others.group());
            if (verb != null && verbs.contains(verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is an action verb in its base form ("send", not "sending" or "sent"). */
    static boolean base(String word) {
        return ACTION_VERBS.contains(word);
    }

    /**
     * Whether a verb, with the words after it, names an action: "look into it", not "look to"; "have a look", not
     * "have a better idea".
     */
    static boolean action(String written, String next) {
        String following = next == null ? "" : next.strip().toLowerCase(Locale.ROOT);
        if (written.equals("have")) {
            return HAVE_A.matcher(following).matches();
        }
        String verb = lemma(written);
        if (verb == null) {
            return false;
        }
        String particle = following.split("\\s+")[0];
        Set<String> particles = PARTICLES.get(verb);
        return (particles == null || particles.contains(particle)) && !WRONG_PARTICLES.contains(verb + " " + particle);
    }

    /** The action verb a word is, "-ing" forms too ("I will be submitting fixes"); null when it is none. */
    static String lemma(String word) {
        if (ACTION_VERBS.contains(word)) {
            return word;
        }
        if (!word.endsWith("ing") || word.length() < 6) {
            return null;
        }
        String stem = word.substring(0, word.length() - 3);
        for (String base : List.of(stem, stem + "e", stem.substring(0, stem.length() - 1))) {
            if (ACTION_VERBS.contains(base)) {
                return base;
            }
        }
        return null;
    }
}
