package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.PeopleRegistry;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.people.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass's cache must never answer for content it has not seen: a note edited, added or removed between
 * two runs that share the cache changes who is who exactly as a run without it would.
 */
class FirstPassCacheTest {

    private final FirstPassCache cache = new FirstPassCache();

    @Test
    void editedAddedAndRemovedNotesChangeThePeopleAsAFreshRunWould(@TempDir Path folder) throws IOException {
        write(folder, "a.md", "2024-01-08", "Simon Kuenzer", "Razvan Deaconescu");
        write(folder, "b.md", "2024-01-15", "Simon Kuenzer");
        assertThat(names(folder, cache)).containsExactlyInAnyOrder("Simon Kuenzer", "Razvan Deaconescu");

        write(folder, "b.md", "2024-01-15", "Simon Kuenzer", "Maria Sfiraiala"); // edited: a newcomer
        write(folder, "c.md", "2024-01-22", "Alexander Jung");                   // added
        Files.delete(folder.resolve("a.md"));                                     // removed: Razvan is gone
        List<String> cached = names(folder, cache);
        assertThat(cached).containsExactlyInAnyOrder("Simon Kuenzer", "Maria Sfiraiala", "Alexander Jung");
        assertThat(cached).containsExactlyInAnyOrderElementsOf(names(folder, new FirstPassCache()));

        write(folder, "a.md", "2024-01-08", "Simon Kuenzer", "Razvan Deaconescu"); // back, as it was
        assertThat(names(folder, cache)).contains("Razvan Deaconescu");
    }

    @Test
    void aChangeThatLeavesThePeopleAloneKeepsTheDirectoryAndAnyOtherBuildsANewOne(@TempDir Path folder)
            throws IOException {
        write(folder, "a.md", "2024-01-08", "Simon Kuenzer", "Razvan Deaconescu");
        PeopleDirectory first = run(folder, cache, PeopleSources.NONE).people();
        Files.writeString(folder.resolve("a.md"), Files.readString(folder.resolve("a.md")).replace("Weekly", "Sync"));
        assertThat(run(folder, cache, PeopleSources.NONE).people()).isSameAs(first); // a new title only

        write(folder, "a.md", "2024-01-08", "Simon Kuenzer", "Razvan Deaconescu", "Maria Sfiraiala");
        PeopleDirectory second = run(folder, cache, PeopleSources.NONE).people();
        assertThat(second).isNotSameAs(first);
        assertThat(second.people()).extracting(Person::name).contains("Maria Sfiraiala");

        // The same notes with a registry entry: what is known besides the notes counts too.
        PeopleSources registry = new PeopleSources(List.of(), List.of(new PeopleRegistry.Entry("maria", "Maria S.",
                List.of("Maria Sfiraiala"), List.of(), null)));
        PeopleDirectory third = run(folder, cache, registry).people();
        assertThat(third).isNotSameAs(second);
        assertThat(third.people()).extracting(Person::name).contains("Maria S.");
    }

    @Test
    void whatTheFolderLinksAndKeepsComingBackToIsPartOfWhatItDecided(@TempDir Path folder) throws IOException {
        for (int week = 1; week <= 4; week++) {
            write(folder, "n" + week + ".md", "2024-01-0" + week, "Simon Kuenzer");
        }
        String before = fingerprint(folder, cache);
        assertThat(fingerprint(folder, cache)).isEqualTo(before);
        for (int week = 1; week <= 3; week++) { // a subject in three meetings: it recurs
            Files.writeString(folder.resolve("n" + week + ".md"), Files.readString(folder.resolve("n" + week + ".md"))
                    + "\n## Memory ballooning\n\nSK: in progress\n");
        }
        String recurring = fingerprint(folder, cache);
        assertThat(recurring).isNotEqualTo(before).isEqualTo(fingerprint(folder, new FirstPassCache()));
        // A repository linked once changes how no other note reads; linked in two meetings, the folder knows it
        Files.writeString(folder.resolve("n4.md"), Files.readString(folder.resolve("n4.md"))
                + "\n- https://github.com/unikraft/lib-musl/pull/7\n");
        assertThat(fingerprint(folder, cache)).isEqualTo(recurring);
        Files.writeString(folder.resolve("n1.md"), Files.readString(folder.resolve("n1.md"))
                + "\n- https://github.com/unikraft/lib-musl/pull/8\n");
        assertThat(fingerprint(folder, cache)).isNotEqualTo(recurring)
                .isEqualTo(fingerprint(folder, new FirstPassCache()));
    }

    private static String fingerprint(Path folder, FirstPassCache cache) {
        String[] resolved = new String[1];
        new FolderExtraction(PeopleSources.NONE, new StageClock(), cache, null, null).run(folder,
                new FolderExtraction.Sink() {
                    @Override
                    public void extracted(List<NoteGraph> meetings) {
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                    }

                    @Override
                    public void resolved(String fingerprint) {
                        resolved[0] = fingerprint;
                    }
                }, note -> false, false);
        return resolved[0];
    }

    private static List<String> names(Path folder, FirstPassCache cache) {
        return run(folder, cache, new PeopleSources(List.of(), List.of())).people().people().stream()
                .map(Person::name).toList();
    }

    private static FolderExtraction.Outcome run(Path folder, FirstPassCache cache, PeopleSources sources) {
        List<String> rejected = new ArrayList<>();
        FolderExtraction.Outcome outcome = new FolderExtraction(sources, new StageClock(), cache, null, null).run(folder,
                new FolderExtraction.Sink() {
            @Override
            public void extracted(List<NoteGraph> meetings) {
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection.source());
            }
        }, note -> false, false);
        assertThat(rejected).isEmpty();
        return outcome;
    }

    private static void write(Path folder, String name, String date, String... participants) throws IOException {
        StringBuilder note = new StringBuilder("---\ntitle: Weekly\ndatetime: " + date + "T10:00:00+02:00\n"
                + "teams:\n- community\nparticipants:\n");
        for (String p : participants) {
            note.append("- ").append(p).append('\n');
        }
        note.append("---\n\n## Agenda\n\n- Releases\n");
        Files.writeString(folder.resolve(name), note);
    }
}
