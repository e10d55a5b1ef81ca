package io.minutegraph.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.ingest.NotesConfig;
import io.minutegraph.store.Neo4jConfig;
import io.minutegraph.store.Neo4jConnection;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code minutegraph serve}: serve HTTP (Neo4j Browser, the API, health) at once, ingest the notes folder in the
 * background, and keep the graph in step with the folder until stopped.
 */
@Prototype
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve Neo4j Browser and the API over HTTP until Ctrl-C, ingesting the notes folder in the"
                + " background (an external Neo4j that is down is waited for; /health says DOWN meanwhile)."})
public class ServeCommand implements Callable<Integer> {

    @Option(names = "--notes", paramLabel = "DIR",
            description = "the notes folder (default: minutegraph.notes.dir, which defaults to notes)")
    Path notes;

    @Option(names = "--no-ingest", description = "serve the database as it is, without ingesting at start")
    boolean noIngest;

    @Option(names = "--watch", description = "ingest again whenever a note in the folder is added, changed or removed")
    boolean watch;

    @Inject
    ApplicationContext context;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        String httpHost = context.getBean(HttpServerConfiguration.class).getHost().orElse("");
        Neo4jConnection.checkListenAddress(context.getBean(Neo4jConfig.class), "HTTP", httpHost);
        // The embedded database starts here, so a folder or port it cannot use is reported before anything serves.
        context.getBean(Neo4jConnection.class);
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
        Path folder = notes != null ? notes : Path.of(context.getBean(NotesConfig.class).dir());
        context.getBean(LiveNotes.class).start(folder, !noIngest, watch).whenComplete((summary, failure) -> {
            if (summary != null) {
                System.out.print(summary.describe());
            } else if (failure != null) {
                System.err.println("minutegraph serve: " + failure.getMessage());
            }
            if (watch && failure == null) {
                System.out.println("Watching " + folder.toAbsolutePath().normalize() + " for changed notes");
                // A changed note may need CoreNLP, which an ingest of an unchanged folder never loaded.
                FolderExtraction.preloadNlp();
            }
        });
        stopped.await();
        return 0;
    }
}
