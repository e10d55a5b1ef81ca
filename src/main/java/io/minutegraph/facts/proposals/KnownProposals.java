package io.minutegraph.facts.proposals;

import io.minutegraph.annotate.AttendeeEntry;
import io.minutegraph.annotate.HeldAnnotator;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.SpeakerLine;
import io.minutegraph.facts.decisions.DecisionExtractor;
import io.minutegraph.facts.decisions.DecisionSentences;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.notes.Block;
import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a folder's notes, all of them, say about proposals: which repositories their links name in more than one
 * meeting (so that {@code lang-team#96} is {@code rust-lang/lang-team#96} and "Relaxed SIMD" is
 * {@code WebAssembly/relaxed-simd}), and which subjects a team's meetings keep coming back to. Learnt in the first
 * pass, as the releases a folder knows are ({@code ReleaseExtractor.KnownReleases}), then read by
 * {@link ProposalExtractor}.
 *
 * <p>A subject recurs when the same heading or agenda item, folded, names it in at least {@link #RECURRING} held
 * meetings of one team; one that stands in more than half of them (and in more than {@link #RECURRING}) is how the
 * team's notes are laid out ("Opening", "Adoption of the agenda", "Releases" week after week), not a subject.
 */
public final class KnownProposals {

    /**
     * In how many meetings the folder must link a repository to know it: one linked once changes nothing in how the
     * other notes read, so that linking a new one does not make the whole folder read again.
     */
    private static final int KNOWN = 2;
    /** In how many held meetings of a team a subject must come back. */
    static final int RECURRING = 3;
    /** Past this share of a team's held meetings, a heading is the notes' layout. */
    private static final double LAYOUT_SHARE = 0.5;
    private static final int LONGEST_ITEM = 100;
    private static final int MOST_WORDS = 8;
    /** Sections that say who came, or what a later meeting will discuss. */
    private static final Pattern ATTENDANCE = Pattern.compile("(?i)^\\W*(?:attendees|attendance|attending|present"
            + "|participants|members present|introduction of attendees|roll call|agenda items for future meetings"
            + "|future (?:agenda|meetings|topics))\\b");
    /**
     * Words of headings and items that order a meeting, report on nothing in particular or say there is nothing to
     * say: "Opening of the meeting", "Nominated RFCs", "No updates this week", "Note taker", "Dinner".
     */
    private static final Pattern LAYOUT_WORDS = Pattern.compile("(?i)\\b(?:agenda|meetings?|minutes|notes?"
            + "|note[- ]?takers?|scribes?|attend\\w*|roll[- ]call|adjourn\\w*|logistics|location|contacts?"
            + "|registration|hotels?|venue|dinner|lunch|breaks?|social|closing|closure|opening|welcome"
            + "|introductions?|announcements?|reminders?|next\\s+steps|action\\s+items?|other|others|tbd|aob"
            + "|misc\\w*|updates?|nothing|none|done|today|this\\s+week|next\\s+time|defer\\w*|skipped|removed"
            + "|fyi|stand-?ups?|q\\s*&?\\s*a|questions?|faq|background|examples?|alternatives?|links?|summary"
            + "|reviews?|checklist|nominated|pending|active|backlog|status|general|misc|roles?|schedule|calendar"
            + "|host|email|name|where|when|time|date|chairs?|volunteers?|housekeeping|logistics|recap|retro\\w*"
            + "|round\\s*table|open\\s+discussion|discussion\\s+items?|topics?|items?|polls?|votes?"
            + "|phase\\s*\\d|stage\\s*\\d|contents|recordings?|triage|urgent\\w*|issues|prs|pull\\s+requests"
            + "|rfcs|fcps|proposals|waiting|times)\\b|^no\\b|^(?:proposal|concerns?|speculative|\\w)$"
            + "|^v?\\d+(?:[.\\s]\\d+)+$");
    /** A stage put to the meeting, said with a subject: "+ phase 4 poll", "and poll for phase 2", "- Phase 2 vote". */
    private static final Pattern STAGE_CALL = Pattern.compile("(?i)\\s*(?:[+&,–—-]|\\band\\b)?\\s*(?:(?:possible"
            + "|potential)\\s+)?(?:(?:poll|vote)s?\\s+(?:for|to|on)\\s+(?:advancing\\s+to\\s+)?)?"
            + "(?:phase|stage)\\s*\\d{1,2}"
            + "(?:\\s+(?:poll|vote)s?)?(?:\\s*\\(\\?\\))?");
    /** A time slot before an item of a day's schedule: "9:15am-10: ", "14:00 – 15:00 ". */
    private static final Pattern TIME = Pattern.compile("(?i)^\\W*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?\\s*"
            + "(?:[-–—]|to)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?\\s*[:\\-–—]?\\s*");
    private static final Pattern MUSING = Pattern.compile("(?i)^\\W*(?:should|shall|could|can|do|does|did|would|will"
            + "|is|are|what|how|why|when|where)(?:n't|n’t)?\\s");
    /** "Name: Lin Clark", "Where: zoom.us": a detail given, not a subject. */
    private static final Pattern LABELLED = Pattern.compile("^[\\p{L}][\\p{L} ]{0,24}:\\s+\\S");
    private static final Pattern PROPOSAL_WORD = Pattern.compile("(?i)\\s+(?:proposals?|repo(?:sitory)?)$");

    /**
     * What one meeting tells.
     *
     * @param team         the team it is of (its first), or "" for none
     * @param held         whether it was held: only held meetings count subjects
     * @param subjects     the folded subjects its headings and agenda items name
     * @param repositories the repositories its links and references name, {@code owner/repo} as written
     */
    public record Seen(String team, boolean held, Set<String> subjects, Set<String> repositories) {

        public Seen {
            subjects = Set.copyOf(subjects);
            repositories = Set.copyOf(repositories);
        }
    }

    /**
     * A subject a heading or an agenda item of a meeting names.
     *
     * @param line   where it is named
     * @param text   the subject as written, Markdown, numbering and presenters taken off
     * @param folded its key
     */
    record Subject(int line, String text, String folded) {
    }

    private final Map<String, Integer> heldMeetings = new HashMap<>();
    private final Map<String, Map<String, Integer>> subjectMeetings = new HashMap<>();
    /** Each repository, lower-cased, with how many meetings spell it each way. */
    private final Map<String, Map<String, Integer>> spellings = new HashMap<>();
    /** Each repository name, lower-cased, with the repositories of that name. */
    private final Map<String, Set<String>> byName = new HashMap<>();
    /** Each repository name as words are compared with it ({@link #asName}), with the repositories of that name. */
    private final Map<String, Set<String>> byWords = new HashMap<>();

    /** What the first pass reads of a meeting. */
    public static Seen seenIn(NoteDocument note) {
        List<TeamMembership> teams = note.get(Layers.TEAMS);
        Set<String> subjects = new HashSet<>();
        subjects(note).forEach(s -> subjects.add(s.folded()));
        Set<String> repositories = new HashSet<>();
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            for (ForgeReferences.Reference r : ForgeReferences.find(note.line(n))) {
                if (r.repository() != null) {
                    repositories.add(r.repository());
                }
            }
        }
        return new Seen(teams.isEmpty() ? "" : teams.get(0).team(), note.get(Layers.HELD).held(), subjects,
                repositories);
    }

    /** Adds what {@link #seenIn} read of a meeting. */
    public void learn(Seen seen) {
        for (String repository : seen.repositories()) {
            String lower = repository.toLowerCase(Locale.ROOT);
            spellings.computeIfAbsent(lower, k -> new HashMap<>()).merge(repository, 1, Integer::sum);
            String name = lower.substring(lower.lastIndexOf('/') + 1);
            byName.computeIfAbsent(name, k -> new HashSet<>()).add(lower);
            byWords.computeIfAbsent(asName(name), k -> new HashSet<>()).add(lower);
        }
        if (seen.held()) {
            heldMeetings.merge(seen.team(), 1, Integer::sum);
            Map<String, Integer> counts = subjectMeetings.computeIfAbsent(seen.team(), k -> new HashMap<>());
            seen.subjects().forEach(s -> counts.merge(s, 1, Integer::sum));
        }
    }

    /** Whether a team's meetings keep coming back to a subject, and not as the layout of every meeting. */
    boolean recurring(String team, String folded) {
        int count = subjectMeetings.getOrDefault(team, Map.of()).getOrDefault(folded, 0);
        int meetings = heldMeetings.getOrDefault(team, 0);
        return count >= RECURRING && count <= Math.max(RECURRING, LAYOUT_SHARE * meetings);
    }

    /**
     * A repository as the folder spells it most ({@code WebAssembly/WASI} over {@code webassembly/wasi}), when the
     * folder knows it; else as written.
     */
    String spelling(String repository) {
        Map<String, Integer> ways = spellings.get(repository.toLowerCase(Locale.ROOT));
        if (ways == null || meetings(ways) < KNOWN) {
            return repository;
        }
        return ways.entrySet().stream().max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
    }

    /** The repository of the folder with this name ({@code lang-team}), or null when none or no one of several. */
    String named(String name) {
        return dominant(byName.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of()));
    }

    /**
     * The one of repositories of the same name the folder means: the only one, or one named in more than twice as
     * many meetings as the others together ({@code WebAssembly/gc} over a fork of it); else null.
     */
    private String dominant(Set<String> repositories) {
        String top = null;
        int most = 0;
        int all = 0;
        for (String repository : repositories) {
            int meetings = meetings(spellings.get(repository));
            if (meetings < KNOWN) {
                continue;
            }
            all += meetings;
            if (meetings > most || meetings == most && top != null && repository.compareTo(top) < 0) {
                most = meetings;
                top = repository;
            }
        }
        return top != null && most > 2 * (all - most) ? spelling(top) : null;
    }

    private static int meetings(Map<String, Integer> spellings) {
        return spellings.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The one repository of the folder whose name is these words ("Relaxed SIMD", "memory64 proposal", "Tail calls"
     * for tail-call), or null.
     */
    String namedInWords(String words) {
        return dominant(byWords.getOrDefault(asName(words), Set.of()));
    }

    /**
     * Words as a repository's name is compared with them: folded, without "proposal", each word singular, spaces
     * left out ("Memory 64" and memory64, "tail calls" and tail-call, "JS Promise Integration" and
     * js-promise-integration).
     */
    static String asName(String words) {
        String folded = Keys.fold(PROPOSAL_WORD.matcher(words.strip()).replaceFirst(""));
        StringBuilder name = new StringBuilder();
        for (String word : folded.split(" ")) {
            name.append(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                    ? word.substring(0, word.length() - 1) : word);
        }
        return name.toString();
    }

    /** What the folder decided, one line a fact, for the run's fingerprint. */
    public List<String> facts() {
        Set<String> facts = new TreeSet<>();
        spellings.forEach((r, ways) -> {
            if (meetings(ways) >= KNOWN) {
                facts.add("repository " + spelling(r));
            }
        });
        subjectMeetings.forEach((team, counts) -> counts.keySet().stream().filter(s -> recurring(team, s))
                .forEach(s -> facts.add("subject " + team + ": " + s)));
        return List.copyOf(facts);
    }

    /**
     * The subjects a meeting's headings and agenda items name, each once at its first line: not its title or its own
     * dated heading, not what only structures a meeting ({@link DecisionExtractor#subject}), not someone speaking.
     */
    static List<Subject> subjects(NoteDocument note) {
        Set<String> people = new HashSet<>();
        for (AttendeeEntry a : note.get(Layers.ATTENDEES)) {
            for (String name : new String[] {a.raw(), a.name(), a.login()}) {
                if (name != null && !name.isBlank()) {
                    people.add(Keys.fold(name));
                    people.add(Keys.fold(name.strip().split("\\s+")[0]));
                }
            }
        }
        Map<String, Subject> found = new LinkedHashMap<>();
        List<Heading> all = note.note().outline().headings();
        for (Heading heading : note.headings()) {
            if (heading.level() > 1 && note.heading().filter(heading::equals).isEmpty()) {
                add(found, heading.line(), heading.text(), people);
            }
        }
        Set<Integer> spoken = new HashSet<>();
        for (SpeakerLine s : note.get(Layers.SPEAKER_LINES)) {
            spoken.add(s.line());
        }
        Map<Integer, Boolean> agenda = new HashMap<>();
        for (Block block : note.blocks()) {
            if (block.kind() == Block.Kind.LIST_ITEM && block.depth() == 1 && !spoken.contains(block.line())
                    && block.text().length() <= LONGEST_ITEM
                    && agenda.computeIfAbsent(block.section(), h -> inAgenda(all, h))) {
                add(found, block.line(), block.text(), people);
            }
        }
        List<Subject> subjects = new ArrayList<>(found.values());
        subjects.sort(Comparator.comparingInt(Subject::line));
        return subjects;
    }

    private static void add(Map<String, Subject> found, int line, String written, Set<String> people) {
        // A proposal it links ("[Relaxed SIMD](…)") is read as that proposal
        String text = ForgeReferences.find(written).isEmpty() ? subject(written) : null;
        String folded = text == null ? "" : Keys.fold(text);
        if (!folded.isEmpty() && !people.contains(folded)) { // a name alone is someone's stand-up
            found.putIfAbsent(folded, new Subject(line, text, folded));
        }
    }

    /**
     * The subject a heading or an item names ("Update on Relaxed SIMD (Zhi An Ng) [15 min]" names Relaxed SIMD,
     * "Function references update + phase 4 poll" Function references), or null when it names none: a heading of the
     * meeting's layout, a detail ("Where: zoom.us"), a question, a long sentence.
     */
    static String subject(String written) {
        if (written.length() > LONGEST_ITEM) {
            return null;
        }
        String plain = DecisionSentences.plain(written);
        if (LABELLED.matcher(plain).find() || plain.strip().endsWith("?") || MUSING.matcher(plain).find()) {
            return null;
        }
        String bare = TIME.matcher(STAGE_CALL.matcher(plain).replaceAll(" ")).replaceFirst("");
        String text = DecisionExtractor.subject(bare);
        if (text == null || isLayout(text) || text.split("\\s+").length > MOST_WORDS
                || Keys.fold(text).chars().noneMatch(Character::isLetter)) {
            return null;
        }
        return text;
    }

    /**
     * Whether a heading is of a section on how the meeting is held ({@link HeldAnnotator#LOGISTICS}), who came or what
     * a later meeting will discuss: what it links and names is not what this meeting discusses.
     */
    static boolean isLogistics(String heading) {
        return HeldAnnotator.LOGISTICS.matcher(heading).find() || ATTENDANCE.matcher(heading).find();
    }

    /** Whether words only order a meeting or report: "Opening", "Nominated RFCs", "No updates", "Dinner". */
    static boolean isLayout(String text) {
        return LAYOUT_WORDS.matcher(text).find() || isLogistics(text);
    }

    /** Whether a section, or one it stands in, is the agenda, and none of them its logistics. */
    private static boolean inAgenda(List<Heading> headings, int section) {
        int level = Integer.MAX_VALUE;
        boolean agenda = false;
        for (int h = section; h >= 0; h--) {
            Heading heading = headings.get(h);
            if (heading.level() < level) {
                level = heading.level();
                String text = DecisionSentences.plain(heading.text());
                if (isLogistics(text)) {
                    return false;
                }
                agenda |= HeldAnnotator.AGENDA.matcher(text).find();
            }
        }
        return agenda;
    }
}
