package io.minutegraph.tools.bench;

import io.micronaut.context.annotation.Prototype;
import io.minutegraph.cli.PeopleOptions;
import io.minutegraph.ingest.IngestConfig;
import io.minutegraph.ingest.NotesConfig;
import io.minutegraph.ingest.PeopleConfig;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minutegraph bench DIR}: one measured ingest of a folder, stage by stage, beside its two floors. */
@Prototype
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Ingest a folder into a private, temporary embedded Neo4j and print what each stage took,"
                + " notes per second and the peak heap, then two floors measured in the same process: the writer"
                + " alone over the same NoteGraphs, and CoreNLP's default pipeline alone over the same note bodies.",
                "The configured database is not touched. See docs/PERFORMANCE.md."})
public class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "the notes folder; with --extract-only, one or more")
    List<Path> folders;

    @Option(names = "--extract-only", description = "extract each folder without a database and print notes per"
            + " second, busy time per stage and peak heap, then all the folders together")
    boolean extractOnly;

    @Option(names = "--batch-notes", paramLabel = "N",
            description = "notes a transaction (default: minutegraph.ingest.batch-notes)")
    Integer batchNotes;

    @Option(names = "--corenlp-sample", paramLabel = "N", defaultValue = "1000",
            description = "run the CoreNLP floor over at most N notes spread over the folder and scale it by words"
                    + " (default: ${DEFAULT-VALUE}; 0 skips it)")
    int coreNlpSample;

    @Option(names = "--no-writer-floor", description = "skip the writer floor")
    boolean noWriterFloor;

    @Mixin
    PeopleOptions peopleOptions;

    @Inject
    PeopleConfig people;

    @Inject
    NotesConfig notes;

    @Inject
    IngestConfig ingest;

    @Override
    public Integer call() {
        if (extractOnly) {
            ExtractBenchmark.print(ExtractBenchmark.run(folders, peopleOptions.sources(people), notes.gazetteer()),
                    System.out);
            return 0;
        }
        if (folders.size() != 1) {
            throw new IllegalArgumentException("bench ingests one folder; several are for --extract-only");
        }
        Path folder = folders.get(0);
        int batch = batchNotes == null ? ingest.batchNotes() : batchNotes;
        if (batch < 1 || coreNlpSample < 0) {
            throw new IllegalArgumentException("--batch-notes must be at least 1 and --corenlp-sample at least 0");
        }
        IngestBenchmark.run(new IngestBenchmark.Options(folder, peopleOptions.sources(people), batch, coreNlpSample,
                !noWriterFloor)).print(System.out);
        return 0;
    }
}
