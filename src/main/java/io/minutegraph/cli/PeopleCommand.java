package io.minutegraph.cli;

import io.micronaut.context.annotation.Prototype;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.ingest.PeopleConfig;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.Person;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code minutegraph people DIR}: who the notes' people resolved to, and every mention left unresolved with the
 * reason, for a maintainer to review and settle in a people registry.
 */
@Prototype
@Command(name = "people", mixinStandardHelpOptions = true,
        description = {"Print the people of a folder of notes, each with the spellings, initials and login that"
                + " resolved to them, then every participant entry and speaker's initials left unresolved, with"
                + " the reason. Settle what is left in a people registry (--registry).",
                "Exit status: 0, or 1 on an error."})
public class PeopleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the notes folder")
    Path folder;

    @Mixin
    PeopleOptions peopleOptions;

    @Inject
    PeopleConfig config;

    @Override
    public Integer call() {
        List<String> participants = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        FolderExtraction.Outcome outcome = new FolderExtraction(peopleOptions.sources(config)).run(folder,
                new FolderExtraction.Sink() {
                    @Override
                    public void extracted(List<NoteGraph> meetings) {
                        for (NoteGraph note : meetings) {
                            unresolved(note);
                        }
                    }

                    private void unresolved(NoteGraph note) {
                        for (Participation p : note.participations()) {
                            for (String reason : p.unresolved()) {
                                participants.add(where(note.source(), p.provenance().line()) + "  " + reason);
                            }
                        }
                        for (SpeakerMention s : note.speakers()) {
                            for (String reason : s.unresolved()) {
                                speakers.add(where(note.source(), s.provenance().line()) + "  " + reason);
                            }
                        }
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        // not a note: nothing to resolve
                    }
                });
        PrintStream out = System.out;
        List<Person> people = outcome.people().people();
        out.println("People (" + people.size() + "):");
        for (Person p : people) {
            out.println("  " + p.id() + "  " + p.name()
                    + (p.initials().isEmpty() ? "" : "  [" + String.join(", ", p.initials()) + "]")
                    + (p.github() == null ? "" : "  github:" + p.github()));
            if (!p.aliases().isEmpty()) {
                out.println("      written: " + String.join(", ", p.aliases()));
            }
        }
        out.println();
        out.println("Unresolved participant names (" + participants.size() + "):");
        participants.forEach(line -> out.println("  " + line));
        out.println();
        out.println("Unresolved initials (" + speakers.size() + "):");
        speakers.forEach(line -> out.println("  " + line));
        return 0;
    }

    private static String where(String source, int line) {
        return source + ":" + line;
    }
}
