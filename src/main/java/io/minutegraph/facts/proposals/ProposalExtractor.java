package io.minutegraph.facts.proposals;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.HeldAnnotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.NotePeople;
import io.minutegraph.annotate.SpeakerLine;
import io.minutegraph.annotate.SpeakerTurns;
import io.minutegraph.facts.decisions.Decision;
import io.minutegraph.facts.decisions.DecisionExtractor;
import io.minutegraph.facts.decisions.DecisionSentences;
import io.minutegraph.facts.decisions.PollReader;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.notes.Block;
import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proposals a meeting discusses and the stages it moves them to, read from the notes without a list of them:
 * <ul>
 * <li>what a line names on a code forge ({@link ForgeReferences}): a repository ({@code WebAssembly/extended-const}),
 * an issue or pull request ({@code nodejs/node#45993}), an RFC ({@code rust-lang/rfcs#3324}). A short form is made
 * whole with what the note, else its folder, links: {@code lang-team#96} and {@code RFC 2229} take the owner of the
 * one repository of that name ({@code rfcs} for an RFC); a {@code repo#N} nobody links stays {@code repo#N}; an
 * {@code RFC N} with no repository named rfcs is left out (an IETF standard, most often); a bare {@code #N} after
 * "PR" or "issue", or ending an agenda item, belongs to the repository the heading or item it stands under names,
 * else to the one that holds most of the note's issue and pull request links, else it is left out;</li>
 * <li>a subject the team's meetings keep coming back to ({@link KnownProposals#recurring}): a heading or agenda item
 * whose words stand in several of its meetings, but not in nearly all;</li>
 * <li>a stage change ({@link StageChanges}) on a heading, an agenda item or a line of the notes. Its proposal is the
 * one the line links, else the one it names in words (made a repository of the folder when one has that name:
 * "relaxed-simd" is {@code WebAssembly/relaxed-simd}), else the nearest item or heading above it naming one; a
 * change naming none is left out.</li>
 * </ul>
 * Links in a meeting's logistics and attendance sections (its own issue, recording, profiles) and in quotations are
 * no proposals, nor is a repository named for meetings, minutes, notes or agendas: where the notes are kept. A stage
 * change the line does not settle in words takes the result of the poll the meeting's decisions read at that line or
 * just above it ({@link DecisionExtractor}), except in the agenda, which plans polls and records none.
 *
 * <p>Each proposal is one mention a meeting, at the first line naming it (stage null), and one more for each line
 * that moves it to a stage. Its champions are the people a "Champion(s):" or "Presenter(s):" line under it names,
 * and those in parentheses after it on its heading or agenda item ("Update on Relaxed SIMD (Zhi An Ng) [15 min]"),
 * when they resolve to people of the folder; a name that does not is dropped.
 */
public final class ProposalExtractor implements Annotator {

    public static final Layer<List<ProposalMention>> PROPOSALS = new Layer<>("proposals");

    private static final Pattern HEADING_LINE = Pattern.compile("^\\s{0,3}#{1,6}\\s");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:[-*+]\\s+)?>");
    /** A line that gives a proposal's champions or presenters. */
    private static final Pattern CHAMPIONS = Pattern.compile("(?i)^\\W*(?:co-?)?(?:champions?|presenters?"
            + "|presented\\s+by|proposal\\s+champions?)\\W*?[:\\-–—]\\s*(.+)$");
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern PERSON_PARTS = Pattern.compile("\\s*(?:,|;|/|&|\\+|\\band\\b|\\bwith\\b)\\s*");
    private static final Pattern PERSON_NOISE = Pattern.compile("(?i)^(?:presented\\s+by|presenters?|presenting"
            + "|champions?|by|with|co-champions?)\\s*:?\\s*");
    private static final Pattern REPOSITORY_TEXT = Pattern.compile("^([A-Za-z0-9][\\w.-]*)/([\\w.-]*[\\w-])"
            + "(?:\\s+(?:repo|repository))?$");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?i)^[\\p{L} ]{1,30}:$");
    private static final Pattern TITLE_NOISE = Pattern.compile("\\[\\s*\\d+\\s*(?:min|mins|minutes)\\s*]"
            + "|\\[\\s*]|\\(\\s*\\)|<\\s*>|~~|`"
            + "|\\s+\\([^()]*\\)\\s*$|^[\\s\"“”'*_:.,-]+|[\\s\"“”'*_:.,(-]+$");
    /** Words that stop short of naming anything: "Current status is still", "After". */
    private static final Pattern UNFINISHED = Pattern.compile("(?i)\\b(?:is|are|was|still|the|a|an|of|to|in|on|for"
            + "|and|or|after|before|see|with|by|from|at)$");
    /** A title's lead-in that is not its name: "Discussion: array.copy and friends", "Proposal: ...". */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^(?:discussion|update|presentation|proposal|poll"
            + "|vote|follow[- ]up|pre-proposal|issue|pr|rfc)s?\\s*(?:on|of|for)?\\s*:\\s*");
    /** Where a folder's meeting notes are kept (WebAssembly/meetings): a link to it is to the notes, no proposal. */
    private static final Pattern NOTES_REPOSITORY = Pattern.compile("(?i)(?:^|[-_.])(?:meetings?|minutes|notes"
            + "|agendas?)(?:$|[-_.])");
    private static final Pattern BOTH = Pattern.compile("\\s+and\\s+");
    private static final int LONGEST_TITLE = 120;
    private static final int LONGEST_PERSON_WORDS = 4;

    private final KnownProposals known;

    public ProposalExtractor(KnownProposals known) {
        this.known = known;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.HELD, Layers.TEAMS, Layers.PEOPLE, Layers.SPEAKER_LINES, Layers.SPEAKER_TURNS,
                DecisionExtractor.DECISIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PROPOSALS);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(PROPOSALS, note.get(Layers.HELD).held() ? new Reading(note, known).read() : List.of());
    }

    /** What is known of one proposal in the meeting. */
    private static final class Found {
        final String key;
        final int line;
        String title;
        int titleRank;
        String url;
        final Set<String> champions = new LinkedHashSet<>();

        Found(String key, int line) {
            this.key = key;
            this.line = line;
        }

        /** The first title an item or a heading gives stays; words in passing only stand in until one does. */
        void title(String text, int rank) {
            if (text != null && !text.isBlank() && rank > titleRank && titleRank < RANK_ITEM) {
                title = text;
                titleRank = rank;
            }
        }
    }

    /** A proposal a line or a heading names, with the words it is named by. */
    private record Named(String key, String title, int rank, String url) {
    }

    /** How well words name a proposal: a link's words on an item or heading best, a link's words in passing least. */
    private static final int RANK_PASSING = 1;
    private static final int RANK_NAME = 2;
    private static final int RANK_ITEM = 3;
    private static final int RANK_LINK = 4;

    /** One meeting read for proposals. */
    private static final class Reading {
        private final NoteDocument note;
        private final KnownProposals known;
        private final NotePeople people;
        private final SpeakerTurns turns;
        private final Map<Integer, SpeakerLine> speakerLines = new HashMap<>();
        private final Set<Integer> skipped = new HashSet<>();
        private final Map<Integer, Block> blockAt = new HashMap<>();
        /** The index of the block each line of the meeting belongs to, or -1. */
        private final int[] blockOf;
        private final Map<Integer, Heading> headingAt = new HashMap<>();
        private final Map<Integer, List<ForgeReferences.Reference>> references = new HashMap<>();
        /** The repositories the note links, each under its lower-cased name. */
        private final Map<String, Set<String>> linkedByName = new HashMap<>();
        /** The repository most of the note's issue and pull request links are of, or null. */
        private String mostLinked;
        private final Map<String, Found> found = new LinkedHashMap<>();
        private final List<ProposalMention> stages = new ArrayList<>();

        Reading(NoteDocument note, KnownProposals known) {
            this.note = note;
            this.known = known;
            this.people = note.get(Layers.PEOPLE);
            this.turns = note.get(Layers.SPEAKER_TURNS);
            note.get(Layers.SPEAKER_LINES).forEach(s -> speakerLines.put(s.line(), s));
            note.headings().forEach(h -> headingAt.put(h.line(), h));
            blockOf = new int[note.lastLine() - note.firstLine() + 1];
            Arrays.fill(blockOf, -1);
            List<Block> blocks = note.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                blockAt.put(b.line(), b);
                for (int n = Math.max(b.line(), note.firstLine()); n <= Math.min(b.endLine(), note.lastLine()); n++) {
                    blockOf[n - note.firstLine()] = i;
                }
            }
        }

        List<ProposalMention> read() {
            markSkipped();
            linked();
            for (int n = note.firstLine(); n <= note.lastLine(); n++) {
                // A quotation (an issue's comment, a compiler's message) names what someone else wrote about
                if (!skipped.contains(n) && !QUOTE.matcher(note.line(n)).find()) {
                    for (Named named : named(n)) {
                        Found f = found(named.key(), n);
                        f.title(named.title(), named.rank());
                        if (f.url == null) {
                            f.url = named.url();
                        }
                        if (isItemOrHeading(n)) {
                            f.champions.addAll(asides(n));
                        }
                    }
                }
            }
            subjects();
            stageChanges();
            champions();
            return mentions();
        }

        /** Code, and sections of logistics and attendance, whose links are not what the meeting discusses. */
        private void markSkipped() {
            skipped.addAll(PollReader.codeLines(note));
            List<Heading> headings = note.headings();
            for (int h = 0; h < headings.size(); h++) {
                Heading heading = headings.get(h);
                if (KnownProposals.isLogistics(DecisionSentences.plain(heading.text()))) {
                    int end = note.lastLine();
                    for (int k = h + 1; k < headings.size(); k++) {
                        if (headings.get(k).level() <= heading.level()) {
                            end = headings.get(k).line() - 1;
                            break;
                        }
                    }
                    for (int n = heading.line(); n <= end; n++) {
                        skipped.add(n);
                    }
                }
            }
        }

        /** The repositories the note names with their owner, and which holds most of its issues. */
        private void linked() {
            Map<String, Integer> issues = new HashMap<>();
            int all = 0;
            for (int n = note.firstLine(); n <= note.lastLine(); n++) {
                if (skipped.contains(n)) {
                    continue;
                }
                for (ForgeReferences.Reference r : references(n)) {
                    if (r.repository() != null) {
                        String repository = known.spelling(r.repository());
                        linkedByName.computeIfAbsent(r.repo().toLowerCase(Locale.ROOT), k -> new HashSet<>())
                                .add(repository);
                        if (r.kind() == ForgeReferences.Kind.ISSUE) {
                            issues.merge(repository, 1, Integer::sum);
                            all++;
                        }
                    }
                }
            }
            for (Map.Entry<String, Integer> e : issues.entrySet()) {
                if (2 * e.getValue() > all) {
                    mostLinked = e.getKey();
                }
            }
        }

        private List<ForgeReferences.Reference> references(int n) {
            return references.computeIfAbsent(n, k -> ForgeReferences.find(note.line(k)));
        }

        /** The proposals a line names on a forge, made whole. */
        private List<Named> named(int n) {
            List<ForgeReferences.Reference> refs = references(n);
            if (refs.isEmpty()) {
                return List.of();
            }
            List<Named> named = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            boolean item = isItemOrHeading(n) && !spoken(n);
            for (ForgeReferences.Reference r : refs) {
                String key = key(r, n);
                if (key != null && keys.add(key)) {
                    boolean wordy = r.text() != null && isWords(r.text());
                    named.add(new Named(key, wordy ? clean(r.text()) : null,
                            wordy ? (item ? RANK_LINK : RANK_PASSING) : 0, r.url()));
                }
            }
            if (named.size() == 1 && named.get(0).rank() < RANK_LINK && item) {
                // "### "Constrained Naked Functions" rfcs#2972": the item's own words are the title
                String rest = withoutReferences(n, refs);
                if (isWords(rest) && !LABEL_ONLY.matcher(rest).matches() && rest.length() <= LONGEST_TITLE
                        && !UNFINISHED.matcher(rest).find()) {
                    Named one = named.get(0);
                    named.set(0, new Named(one.key(), rest, RANK_ITEM, one.url()));
                }
            }
            return named;
        }

        /** A reference's key, or null when which proposal it is cannot be told. */
        private String key(ForgeReferences.Reference r, int n) {
            switch (r.kind()) {
                case REPOSITORY:
                    return NOTES_REPOSITORY.matcher(r.repo()).find() ? null : known.spelling(r.repository());
                case ISSUE:
                    return known.spelling(r.repository()) + r.sign() + r.number();
                case SHORT: {
                    String repository = repositoryNamed(r.repo());
                    return (repository != null ? repository : r.repo()) + "#" + r.number();
                }
                case RFC: {
                    String repository = repositoryNamed("rfcs");
                    return repository == null ? null : repository + "#" + r.number();
                }
                default: {
                    String repository = contextRepository(n);
                    repository = repository != null ? repository : mostLinked;
                    return repository == null ? null : repository + "#" + r.number();
                }
            }
        }

        /** The one repository of this name the note links, else the folder's, else null. */
        private String repositoryNamed(String name) {
            Set<String> inNote = linkedByName.getOrDefault(name.toLowerCase(Locale.ROOT), Set.of());
            if (inNote.size() == 1) {
                return inNote.iterator().next();
            }
            return inNote.isEmpty() ? known.named(name) : null;
        }

        /** The repository the heading or item a line stands under names: "### nodejs/io.js" over "… #1880". */
        private String contextRepository(int n) {
            for (int above : contextLines(n)) {
                String text = DecisionSentences.plain(textAt(above));
                Matcher plain = REPOSITORY_TEXT.matcher(text.strip());
                if (plain.matches()) {
                    return known.spelling(plain.group(1) + "/" + plain.group(2));
                }
                for (ForgeReferences.Reference r : references(above)) {
                    if (r.kind() == ForgeReferences.Kind.REPOSITORY) {
                        return known.spelling(r.repository());
                    }
                }
            }
            return null;
        }

        /** The parent items of a line, nearest first, then the headings it stands under. */
        private List<Integer> contextLines(int n) {
            List<Integer> lines = new ArrayList<>();
            List<Block> blocks = note.blocks();
            int index = blockOf[n - note.firstLine()];
            Block own = index < 0 ? null : blocks.get(index);
            if (own != null && own.kind() == Block.Kind.LIST_ITEM) {
                int depth = own.depth();
                for (int i = index - 1; i >= 0 && depth > 1; i--) {
                    Block above = blocks.get(i);
                    if (above.section() != own.section() || above.kind() != Block.Kind.LIST_ITEM) {
                        break;
                    }
                    if (above.depth() < depth) {
                        depth = above.depth();
                        if (!spoken(above.line())) {
                            lines.add(above.line());
                        }
                    }
                }
            }
            int level = headingAt.containsKey(n) ? headingAt.get(n).level() : Integer.MAX_VALUE;
            List<Heading> headings = note.headings();
            for (int h = headings.size() - 1; h >= 0; h--) {
                Heading heading = headings.get(h);
                if (heading.line() < n && heading.level() < level) {
                    level = heading.level();
                    if (heading.level() > 1 && note.heading().filter(heading::equals).isEmpty()) {
                        lines.add(heading.line());
                    }
                }
            }
            return lines;
        }

        /** The subjects the team's meetings keep coming back to, as this meeting names them. */
        private void subjects() {
            List<TeamMembership> teams = note.get(Layers.TEAMS);
            String team = teams.isEmpty() ? "" : teams.get(0).team();
            for (KnownProposals.Subject s : KnownProposals.subjects(note)) {
                if (!skipped.contains(s.line()) && known.recurring(team, s.folded())) {
                    Found f = found(inWords(s.text()), s.line());
                    f.title(s.text(), RANK_ITEM);
                    f.champions.addAll(asides(s.line()));
                }
            }
        }

        /** A proposal named in words: the repository of that name, the note's or the folder's, else its words. */
        private String inWords(String words) {
            String name = KnownProposals.asName(words);
            for (Set<String> repositories : linkedByName.values()) {
                for (String repository : repositories) {
                    if (KnownProposals.asName(repository.substring(repository.lastIndexOf('/') + 1)).equals(name)) {
                        return repository;
                    }
                }
            }
            String repository = known.namedInWords(words);
            return repository != null ? repository : Keys.fold(words);
        }

        private void stageChanges() {
            List<Decision> polls = note.get(DecisionExtractor.DECISIONS).stream()
                    .filter(d -> d.outcome() != null).toList();
            for (int n = note.firstLine(); n <= note.lastLine(); n++) {
                if (skipped.contains(n) || QUOTE.matcher(note.line(n)).find() || !startsUnit(n)) {
                    continue;
                }
                String unit = unit(n);
                if (!StageChanges.mayName(unit)) {
                    continue;
                }
                boolean spoken = spoken(n);
                StageChanges.Change change = StageChanges.read(DecisionSentences.plain(unit), spoken);
                if (change == null) {
                    continue;
                }
                String outcome = change.outcome();
                for (Decision poll : agenda(n) ? List.<Decision>of() : polls) {
                    int at = poll.provenance().line();
                    if (outcome == null && at <= n && at >= n - 2) {
                        outcome = poll.outcome(); // the poll this line puts, or the one it stands right under
                    }
                }
                for (Named named : movedBy(n, change)) {
                    Found f = found(named.key(), n);
                    f.title(named.title(), named.rank());
                    if (isItemOrHeading(n) && !spoken) {
                        f.champions.addAll(asides(n));
                    }
                    stages.add(new ProposalMention(named.key(), null, null, change.stage(), outcome, List.of(),
                            provenance(n)));
                }
            }
        }

        /** Whether a line is in the agenda, which plans polls and records none of their results. */
        private boolean agenda(int n) {
            for (int above : contextLines(n)) {
                if (headingAt.containsKey(above) && HeldAnnotator.AGENDA.matcher(textAt(above)).find()) {
                    return true;
                }
            }
            return false;
        }

        /** A heading, the first line of a list item or any line of a paragraph: what a stage change is read on. */
        private boolean startsUnit(int n) {
            if (headingAt.containsKey(n)) {
                return true;
            }
            int index = blockOf[n - note.firstLine()];
            return index >= 0 && (blockAt.containsKey(n) || note.blocks().get(index).kind() == Block.Kind.PARAGRAPH);
        }

        /** What a stage change moves: what its line links, else names, else what it stands under names. */
        /**
         * What a stage change moves: what its line links; else what it names, when all of it is a repository of the
         * note or folder; else what the item or heading above links or names as a repository ("Move JS Promise
         * integration to phase 2" under "[JS Promise Integration](…)"); else what the line names in words; else
         * what the item or heading above names in words.
         */
        private List<Named> movedBy(int n, StageChanges.Change change) {
            List<Named> linked = named(n);
            if (!linked.isEmpty()) {
                return linked;
            }
            List<Named> named = new ArrayList<>();
            boolean allRepositories = true;
            for (String name : change.names()) {
                String[] two = BOTH.split(name);
                String key = inWords(name);
                if (two.length == 2 && !key.contains("/") && inWords(two[0]).contains("/")
                        && inWords(two[1]).contains("/")) {
                    // "wasi-keyvalue and wasi-runtime-config" are two repositories; "Custom Descriptors and JS
                    // Interop" one proposal
                    named.add(new Named(inWords(two[0]), two[0], RANK_NAME, null));
                    named.add(new Named(inWords(two[1]), two[1], RANK_NAME, null));
                    continue;
                }
                allRepositories &= key.contains("/");
                named.add(new Named(key, name, RANK_NAME, null));
            }
            if (allRepositories && !named.isEmpty()) {
                return named;
            }
            Named context = context(n);
            if (context != null && (named.isEmpty() || context.key().contains("/"))) {
                return List.of(context);
            }
            return named;
        }

        /** The proposal the nearest parent item or heading names: by a forge reference, else in its words. */
        private Named context(int n) {
            for (int above : contextLines(n)) {
                List<Named> linked = named(above);
                if (!linked.isEmpty()) {
                    return linked.get(0);
                }
                String text = DecisionSentences.plain(textAt(above));
                List<String> names = StageChanges.names(text);
                String subject = names.size() == 1 ? names.get(0) : KnownProposals.subject(textAt(above));
                if (subject != null && people.person(subject) == null) { // "Lin Clark" over her points is no proposal
                    return new Named(inWords(subject), subject, RANK_ITEM, null);
                }
            }
            return null;
        }

        /** "Champion(s): X, Y" and "Presenter: X" lines, for the proposal they stand under. */
        private void champions() {
            for (int n = note.firstLine(); n <= note.lastLine(); n++) {
                String lower = note.line(n).toLowerCase(Locale.ROOT);
                if (skipped.contains(n) || !lower.contains("champion") && !lower.contains("present")) {
                    continue;
                }
                Matcher m = CHAMPIONS.matcher(DecisionSentences.plain(note.line(n)));
                if (!m.matches()) {
                    continue;
                }
                List<Named> named = named(n);
                Named of = !named.isEmpty() ? named.get(0) : context(n);
                if (of != null) {
                    List<String> ids = persons(ASIDE.matcher(m.group(1)).replaceAll(" "));
                    if (!ids.isEmpty()) {
                        found(of.key(), n).champions.addAll(ids);
                    }
                }
            }
        }

        /** The people in parentheses on a heading or an item: "(Zhi An Ng) [15 min]", "(Sam Clegg, 15 minutes)". */
        private List<String> asides(int n) {
            List<String> ids = new ArrayList<>();
            Matcher m = ASIDE.matcher(DecisionSentences.plain(textAt(n)));
            while (m.find()) {
                ids.addAll(persons(m.group(1)));
            }
            return ids;
        }

        private List<String> persons(String written) {
            List<String> ids = new ArrayList<>();
            for (String part : PERSON_PARTS.split(written)) {
                String name = PERSON_NOISE.matcher(part.strip()).replaceFirst("").strip();
                if (name.isEmpty() || name.chars().anyMatch(Character::isDigit)
                        || name.split("\\s+").length > LONGEST_PERSON_WORDS) {
                    continue;
                }
                String id = null;
                if (name.startsWith("@")) {
                    id = people.withLogin(name.substring(1)).map(p -> p.id()).orElse(null);
                } else {
                    PersonRef ref = people.person(name);
                    id = ref == null ? null : ref.id();
                }
                if (id != null && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        }

        private Found found(String key, int line) {
            return found.computeIfAbsent(key, k -> new Found(k, line));
        }

        private List<ProposalMention> mentions() {
            List<ProposalMention> mentions = new ArrayList<>();
            for (Found f : found.values()) {
                mentions.add(new ProposalMention(f.key, title(f), f.url, null, null, List.copyOf(f.champions),
                        provenance(f.line)));
            }
            for (ProposalMention stage : stages) {
                Found f = found.get(stage.key());
                mentions.add(new ProposalMention(f.key, title(f), f.url, stage.stage(), stage.outcome(),
                        List.copyOf(f.champions), stage.provenance()));
            }
            mentions.sort(Comparator.comparingInt((ProposalMention m) -> m.provenance().line())
                    .thenComparing(m -> m.stage() != null));
            return List.copyOf(mentions);
        }

        /** How the note names a proposal, else its repository's name or its key. */
        private static String title(Found f) {
            if (f.title != null) {
                return f.title;
            }
            int slash = f.key.lastIndexOf('/');
            return f.key.indexOf('#') < 0 && f.key.indexOf('!') < 0 && slash >= 0 ? f.key.substring(slash + 1) : f.key;
        }

        private boolean isItemOrHeading(int n) {
            if (headingAt.containsKey(n)) {
                return true;
            }
            Block block = blockAt.get(n);
            return block != null && block.kind() == Block.Kind.LIST_ITEM;
        }

        /** Whether someone speaks the line: a label that is no weak guess, or one that named a participant. */
        private boolean spoken(int n) {
            SpeakerLine s = speakerLines.get(n);
            return s != null && (!s.label().weak() || turns.at(n).isPresent());
        }

        /** What a line says, without its speaker's label; a list item's lines after it too. */
        private String unit(int n) {
            StringBuilder text = new StringBuilder(spoken(n) ? speakerLines.get(n).label().said() : textAt(n));
            Block block = blockAt.get(n);
            if (block != null && block.kind() == Block.Kind.LIST_ITEM) {
                for (int k = n + 1; k <= block.endLine(); k++) {
                    text.append(' ').append(note.line(k).strip());
                }
            }
            return text.toString();
        }

        /** A heading's text, or a line without its heading marks. */
        private String textAt(int n) {
            Heading heading = headingAt.get(n);
            return heading != null ? heading.text() : HEADING_LINE.matcher(note.line(n)).replaceFirst("");
        }

        private String withoutReferences(int n, List<ForgeReferences.Reference> refs) {
            String line = textAt(n);
            StringBuilder rest = new StringBuilder();
            int from = 0;
            int offset = note.line(n).indexOf(line);
            for (ForgeReferences.Reference r : refs) {
                int start = r.start() - Math.max(0, offset);
                if (start >= from && start <= line.length()) {
                    rest.append(line, from, start).append(' ');
                    from = Math.min(line.length(), r.end() - Math.max(0, offset));
                }
            }
            rest.append(line.substring(Math.min(from, line.length())));
            return clean(DecisionSentences.plain(rest.toString()));
        }

        private Provenance provenance(int n) {
            return new Provenance(note.source(), n, note.line(n).strip());
        }
    }

    /** A title without what decorates it: quotes, "[15 min]", a trailing "(presenter)", stray punctuation. */
    private static String clean(String text) {
        String s = text.strip();
        for (String before = ""; !before.equals(s); ) {
            before = s;
            s = LEAD_IN.matcher(TITLE_NOISE.matcher(s).replaceAll("").strip()).replaceFirst("");
        }
        return s.replaceAll("\\s+", " ");
    }

    /** Whether a link's or an item's words name something, rather than being an address, a number or "link". */
    private static boolean isWords(String text) {
        String s = clean(text);
        if (s.length() < 2 || s.matches("(?i)(?:https?://|www\\.|github\\.com).*")
                || s.matches("[\\w.-]*/?[\\w.-]*[#!]?\\d+")
                || s.matches("(?i)(?:(?:this|that|the|a|my|our|his|her|their|tracking|initiating|latest|last|previous"
                + "|original|relevant|related|same|new|other)\\s+)?(?:link|here|this|pr|issue|rfc|pull request|repo"
                + "|repository|see|ref|refs|source|comment|fcp comment|pending fcp|discussion|thread|post|pull"
                + "|request|proposal|fcp|ticket|bug|change|commit|patch|one)s?")) {
            return false;
        }
        return s.chars().filter(Character::isLetter).count() >= 2;
    }
}
