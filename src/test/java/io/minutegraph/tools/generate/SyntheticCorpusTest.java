package io.minutegraph.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.cli.MinutegraphCommand;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.actionitems.ActionItem;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.people.Person;
import io.minutegraph.people.SpeakerPrefixes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic corpus read back by the project's own extraction (no declared people): every note loads, spellings of
 * one made-up person meet in one person, and the facts benchmarks exercise (owned action items, releases, events)
 * are there in a fair share of notes.
 */
class SyntheticCorpusTest {

    private static final int NOTES = 60;

    @TempDir
    static Path shared;

    private static SyntheticCorpus corpus;
    private static SyntheticCorpus.Summary summary;
    private static final List<NoteGraph> graphs = new ArrayList<>();
    private static final List<Rejection> rejections = new ArrayList<>();
    private static PeopleDirectory directory;

    @BeforeAll
    static void generateAndExtract() throws IOException {
        corpus = new SyntheticCorpus(NOTES, 1);
        summary = corpus.write(shared.resolve("notes"));
        FolderExtraction.Outcome outcome = new FolderExtraction(PeopleSources.NONE).run(shared.resolve("notes"),
                new FolderExtraction.Sink() {
                    @Override
                    public void extracted(List<NoteGraph> meetings) {
                        graphs.addAll(meetings);
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        rejections.add(rejection);
                    }
                });
        directory = outcome.people();
    }

    @Test
    void everyNoteIsExtractedNoneRejected() {
        assertThat(rejections).isEmpty();
        assertThat(graphs).hasSize(NOTES);
        assertThat(summary.notes()).isEqualTo(NOTES);
        assertThat(summary.teams()).isEqualTo(5);
        assertThat(summary.people()).isEqualTo(30 + NOTES / 25);
        // A few hundred words a note on average, as in the real notes.
        assertThat(summary.words() / NOTES).isBetween(150L, 600L);
    }

    @Test
    void notesLieByTeamYearAndDateWithTheirFrontMatter() {
        for (NoteGraph graph : graphs) {
            String date = graph.meeting().date().toString();
            String team = graph.teams().get(0).team();
            assertThat(graph.source()).matches("discussions/" + team + "/" + date.substring(0, 4) + "/" + date
                    + "(-\\d)?\\.md");
            assertThat(graph.meeting().title()).isNotBlank();
            assertThat(graph.meeting().location()).isNotBlank();
            assertThat(graph.participations()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesAnotherSeedOthers(@TempDir Path dir) throws IOException {
        new SyntheticCorpus(NOTES, 1).write(dir.resolve("again"));
        new SyntheticCorpus(NOTES, 2).write(dir.resolve("other"));
        Map<String, String> first = contents(shared.resolve("notes"));
        assertThat(contents(dir.resolve("again"))).isEqualTo(first);
        Map<String, String> other = contents(dir.resolve("other"));
        assertThat(other).hasSize(NOTES).isNotEqualTo(first);
    }

    /**
     * A spelling only one made-up person has (their full name, handle, joined handle, misspelt or bare first name
     * where no one else has it) must resolve, wherever it is written, to the one person of the directory that all
     * their other such spellings resolve to.
     */
    @Test
    void spellingsOfOnePersonResolveToOnePerson() {
        Map<String, List<SyntheticPerson>> writers = new HashMap<>();
        for (SyntheticPerson person : corpus.people()) {
            person.spellings().forEach(s -> writers.computeIfAbsent(s, k -> new ArrayList<>()).add(person));
        }
        Map<SyntheticPerson, Map<String, Set<String>>> resolved = new HashMap<>();
        for (NoteGraph graph : graphs) {
            for (Participation p : graph.participations()) {
                List<SyntheticPerson> who = writers.getOrDefault(p.raw(), List.of());
                if (who.size() == 1 && p.people().size() == 1) {
                    resolved.computeIfAbsent(who.get(0), k -> new TreeMap<>())
                            .computeIfAbsent(p.raw(), k -> new HashSet<>()).add(p.people().get(0));
                }
            }
        }
        List<SyntheticPerson> varied = resolved.keySet().stream().filter(p -> resolved.get(p).size() >= 2).toList();
        assertThat(varied).hasSizeGreaterThanOrEqualTo(10);
        for (SyntheticPerson person : varied) {
            Set<String> ids = new HashSet<>();
            resolved.get(person).values().forEach(ids::addAll);
            assertThat(ids).as("ids of %s written %s", person.canonical(), resolved.get(person).keySet()).hasSize(1);
        }
        SyntheticPerson most = varied.stream()
                .max((a, b) -> Integer.compare(resolved.get(a).size(), resolved.get(b).size())).orElseThrow();
        assertThat(resolved.get(most)).hasSizeGreaterThanOrEqualTo(3);
        Person person = directory.person(resolved.get(most).values().iterator().next().iterator().next()).orElseThrow();
        assertThat(person.aliases()).containsAll(resolved.get(most).keySet());
        assertThat(person.initials()).contains(most.initials());
    }

    @Test
    void ownedActionItemsReleasesAndEventsAreFoundInAFairShareOfNotes() {
        Predicate<ActionItem> ownedByInitials = item -> item.rawOwner() != null && !item.owners().isEmpty()
                && !SpeakerPrefixes.tokens(item.rawOwner()).isEmpty();
        assertThat(share(g -> FactKinds.ACTION_ITEMS.in(g).stream().anyMatch(ownedByInitials))).isGreaterThan(0.6);
        assertThat(share(g -> !FactKinds.RELEASES.in(g).isEmpty())).isGreaterThan(0.2);
        assertThat(share(g -> !FactKinds.EVENTS.in(g).isEmpty())).isGreaterThan(0.15);
        assertThat(share(g -> !FactKinds.FEATURES.in(g).isEmpty())).isGreaterThan(0.9);
        assertThat(graphs).anyMatch(g -> !FactKinds.TRACK_STATUSES.in(g).isEmpty());
        assertThat(graphs).anyMatch(g -> !FactKinds.RELEASE_PLANS.in(g).isEmpty());
        assertThat(graphs).anyMatch(g -> !FactKinds.OWNERSHIP.in(g).isEmpty());
        long owners = graphs.stream().flatMap(g -> FactKinds.ACTION_ITEMS.in(g).stream())
                .filter(i -> i.rawOwner() != null && !SpeakerPrefixes.tokens(i.rawOwner()).isEmpty()).count();
        long resolvedOwners = graphs.stream().flatMap(g -> FactKinds.ACTION_ITEMS.in(g).stream()).filter(ownedByInitials).count();
        assertThat((double) resolvedOwners / owners).as("initials owners resolved").isGreaterThan(0.8);
    }

    @Test
    void theCommandWritesNNotes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corpus");
        Run run = run("generate", "--notes", "25", "--seed", "7", out.toString());
        assertThat(run.code()).isZero();
        assertThat(markdownFiles(out)).hasSize(25);
        assertThat(run.out()).startsWith("generated 25 notes, 5 teams, 31 people, ").contains(" words in ");
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("keep.md"), "mine");
        Run run = run("generate", "--notes", "5", dir.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(dir.toString()).contains("not empty");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("keep.md"));
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = MinutegraphCommand.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    private static double share(Predicate<NoteGraph> test) {
        return (double) graphs.stream().filter(test).count() / graphs.size();
    }

    private static List<Path> markdownFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Each file's bytes as ISO-8859-1 text: one char per byte, so equal texts are equal bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        for (Path file : markdownFiles(folder)) {
            contents.put(folder.relativize(file).toString(),
                    new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        return contents;
    }
}
