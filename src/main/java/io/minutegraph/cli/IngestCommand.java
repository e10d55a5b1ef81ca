package io.minutegraph.cli;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.ingest.PeopleConfig;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code minutegraph ingest DIR}: load a folder of notes into the graph and exit. */
@Prototype
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Load a folder of notes into the graph and exit, printing what was read, loaded and rejected.",
                "Exit status: 0 all notes loaded, 2 some rejected (the others are loaded), 1 error."})
public class IngestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the notes folder")
    Path folder;

    @Mixin
    PeopleOptions peopleOptions;

    @Inject
    PeopleConfig people;

    /** Looked up when the command runs, so that a database that cannot be reached is reported as its error. */
    @Inject
    BeanProvider<NotesIngest> ingest;

    @Override
    public Integer call() {
        // Into a new embedded database, the ingest starts it while the notes are read and CoreNLP loads.
        IngestSummary summary = ingest.get().ingest(folder, peopleOptions.sources(people));
        System.out.print(summary.describe());
        return summary.exitCode();
    }
}
