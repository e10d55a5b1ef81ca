package io.minutegraph.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.store.Neo4jConnection;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code minutegraph serve}: ingest the notes folder, then serve HTTP (Neo4j Browser, health) until stopped. */
@Prototype
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Ingest the notes folder, then serve Neo4j Browser and the API over HTTP until Ctrl-C."})
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--notes", paramLabel = "DIR",
            description = "the notes folder (default: minutegraph.notes.dir, which defaults to notes)")
    Path notes;

    @Option(names = "--no-ingest", description = "serve the database as it is, without ingesting")
    boolean noIngest;

    @Value("${minutegraph.notes.dir:notes}")
    String configuredNotes;

    @Inject
    ApplicationContext context;

    @Inject
    BeanProvider<NotesIngest> ingest;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        // Connect first: a database that cannot be used is reported before anything is served.
        context.getBean(Neo4jConnection.class);
        if (!noIngest) {
            IngestSummary summary = ingest.get().ingest(notes != null ? notes : Path.of(configuredNotes));
            System.out.print(summary.describe());
        }
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        // Ctrl-C: close the context from the shutdown hook itself (server, driver, then the embedded database), so
        // the store is shut down cleanly before the JVM halts.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "minutegraph-shutdown"));
        server.start();
        System.out.println("Minutegraph is serving on " + server.getURL());
        System.out.println("Neo4j Browser: " + server.getURL() + "/browser/");
        stopped.await();
        return 0;
    }
}
