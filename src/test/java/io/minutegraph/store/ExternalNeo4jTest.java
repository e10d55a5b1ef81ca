package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.cli.MinutegraphCommand;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.GraphState;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.extract.StageClock;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.ingest.PeopleConfig;
import io.minutegraph.people.PeopleSources;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * With {@code minutegraph.neo4j.uri} set, Minutegraph starts no database of its own and uses that server through
 * the same driver code. The server here is the test run's embedded Neo4j, reached over Bolt like any other.
 */
@ExtendWith(EmbeddedGraph.class)
class ExternalNeo4jTest {

    private final ApplicationContext server;

    ExternalNeo4jTest(ApplicationContext server) {
        this.server = server;
    }

    @Test
    void usesTheServerAtTheConfiguredUriAndStartsNoDatabase(@TempDir Path dir) {
        EmbeddedGraph.clear(server);
        String uri = server.getBean(Neo4jConnection.class).boltUri();
        Path unusedDataDir = dir.resolve("data");
        try (ApplicationContext client = ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.uri", uri,
                "minutegraph.neo4j.data-dir", unusedDataDir.toString())).start()) {
            Neo4jConnection connection = client.getBean(Neo4jConnection.class);
            assertThat(connection.isEmbedded()).isFalse();
            assertThat(connection.boltUri()).isEqualTo(uri);
            assertThat(client.getBean(NotesIngest.class).ingest(TestPaths.sampleNotes()).loaded()).isEqualTo(5);
        }
        assertThat(unusedDataDir).doesNotExist();
        long meetings = server.getBean(Neo4jConnection.class).driver()
                .executableQuery("MATCH (m:Meeting) RETURN count(m) AS c").execute().records().get(0).get("c").asLong();
        assertThat(meetings).isEqualTo(5);
    }

    @Test
    void anUnreachableServerIsOneClearLineAndExitStatus1(@TempDir Path dir) throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StringWriter err = new StringWriter();
        int code;
        try (ApplicationContext client = ApplicationContext.builder(Environment.CLI).properties(Map.of(
                "minutegraph.neo4j.uri", "bolt://127.0.0.1:" + closedPort,
                "minutegraph.neo4j.connect-timeout", "2s")).start()) {
            CommandLine cli = MinutegraphCommand.commandLine(client);
            cli.setErr(new PrintWriter(err));
            code = cli.execute("ingest", TestPaths.sampleNotes().toString());
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("minutegraph ingest: cannot use Neo4j at bolt://127.0.0.1:"
                + closedPort + ": Unable to connect").contains("gave up after").doesNotContain("\tat ")
                .doesNotContain("Path Taken");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void serveWaitsForADownServerWithHealthDownThenIngestsWhenItIsBack(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (ApplicationContext service = ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.uri", "bolt://127.0.0.1:" + port,
                "micronaut.server.port", -1)).start()) {
            service.getBean(EmbeddedServer.class).start();
            String base = service.getBean(EmbeddedServer.class).getURL().toString();
            CompletableFuture<IngestSummary> first = service.getBean(LiveNotes.class)
                    .start(TestPaths.sampleNotes(), true, false);

            HttpResponse<String> down = get(base + "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("bolt://127.0.0.1:" + port)
                    .contains("\"state\":\"waiting for Neo4j\"");
            HttpResponse<String> question = get(base + "/api/owners?track=smp");
            assertThat(question.statusCode()).isEqualTo(503);
            assertThat(question.body()).contains("the graph database cannot be reached");
            assertThat(first).isNotDone();

            try (EmbeddedNeo4j back = EmbeddedNeo4j.start(dir.resolve("db"), "127.0.0.1:" + port, "64m", null)) {
                IngestSummary summary = first.get(60, TimeUnit.SECONDS);
                assertThat(summary.loaded()).isEqualTo(5);
                HttpResponse<String> up = get(base + "/health");
                assertThat(up.statusCode()).isEqualTo(200);
                assertThat(up.body()).contains("\"status\":\"UP\"").contains("\"notes\"")
                        .contains("\"state\":\"idle\"").contains("\"loaded\":5");
            }
        }
    }

    @Test
    void aLostConnectionRejectsOnlyTheNotesNotStoredAndTheNextIngestCompletesThem(@TempDir Path dir)
            throws Exception {
        Path notes = dir.resolve("notes");
        GraphState.copyNotes(TestPaths.corpus().resolve("discussions/community"), notes);
        int port = freePort();
        Path db = dir.resolve("db");
        EmbeddedNeo4j server = EmbeddedNeo4j.start(db, "127.0.0.1:" + port, "64m", null);
        Map<String, Map<String, Long>> complete;
        int batch = 2; // notes a transaction: small, so that the cut falls between batches
        try (ApplicationContext client = ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.uri", "bolt://127.0.0.1:" + port,
                "minutegraph.neo4j.retry-time", "1s",
                "minutegraph.ingest.batch-notes", batch)).start()) {
            Driver driver = client.getBean(Neo4jConnection.class).driver();
            NotesIngest ingest = client.getBean(NotesIngest.class);
            int total = ingest.ingest(notes).loaded();
            complete = GraphState.bySource(driver);
            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();

            // The server goes away once a few notes are stored, as the ingest reports them (a note seen in the graph
            // may be in a batch whose commit has not been answered yet): the notes in flight fail, nothing is half
            // written.
            AtomicInteger stored = new AtomicInteger();
            PeopleSources sources = client.getBean(PeopleConfig.class).sources(null, null);
            CompletableFuture<IngestSummary> cut = CompletableFuture.supplyAsync(() -> ingest.ingest(notes, sources,
                    new StageClock(), note -> stored.incrementAndGet()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (stored.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.close();
            IngestSummary summary = cut.get(180, TimeUnit.SECONDS);
            assertThat(summary.loaded()).isBetween(3, total - 1);
            assertThat(summary.rejected()).hasSize(total - summary.loaded())
                    .allSatisfy(r -> assertThat(r.reason()).startsWith("could not be stored: "));

            server = EmbeddedNeo4j.start(db, "127.0.0.1:" + port, "64m", null);
            Map<String, Map<String, Long>> partial = GraphState.bySource(driver);
            // The batch in flight may have committed though its answer was lost: then its notes are whole, and
            // reported as not stored.
            assertThat(partial.size()).isBetween(summary.loaded(), summary.loaded() + batch);
            partial.forEach((source, facts) -> assertThat(facts).as(source).isEqualTo(complete.get(source)));

            IngestSummary again = ingest.ingest(notes);
            assertThat(again.rejected()).isEmpty();
            assertThat(again.unchanged()).isEqualTo(partial.size());
            assertThat(GraphState.bySource(driver)).isEqualTo(complete);
        } finally {
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
