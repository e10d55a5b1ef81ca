package io.minutegraph.cli;

import io.micronaut.context.annotation.Prototype;
import io.micronaut.json.JsonMapper;
import io.minutegraph.extract.FirstPassCache;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.extract.StageClock;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.ingest.NotesConfig;
import io.minutegraph.ingest.PeopleConfig;
import io.minutegraph.notes.Rejection;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutegraph extract DIR --json}: what would be loaded, without a database. */
@Prototype
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print what would be loaded from a folder of notes, without touching a database.",
                "With --json: JSON Lines as described in docs/extract-format.md.",
                "Rejected notes are listed on standard error.",
                "Exit status: 0 all notes extracted, 2 some rejected, 1 error."})
public class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the notes folder")
    Path folder;

    @Option(names = "--json", description = "print JSON Lines: one line per note, then one per person")
    boolean json;

    @Mixin
    PeopleOptions peopleOptions;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    PeopleConfig people;

    @Inject
    NotesConfig notes;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        int[] rejected = {0};
        FolderExtraction.Outcome outcome = new FolderExtraction(peopleOptions.sources(people), new StageClock(),
                new FirstPassCache(), notes.sourceUrl(), notes.gazetteer()).run(folder,
                new FolderExtraction.Sink() {
            @Override
            public void extracted(List<NoteGraph> meetings) {
                for (NoteGraph note : meetings) {
                    out.println(json ? write(ExtractJson.note(note)) : ExtractJson.summary(note));
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected[0]++;
                System.err.println("rejected " + rejection.source() + ": " + rejection.reason());
            }
        });
        if (json) {
            outcome.people().people().forEach(person -> out.println(write(ExtractJson.person(person))));
        }
        out.flush();
        return rejected[0] == 0 ? 0 : 2;
    }

    private String write(Object value) {
        try {
            return jsonMapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
