package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.cli.MinutegraphCommand;
import io.minutegraph.ingest.NotesIngest;
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
                "minutegraph.neo4j.uri", "bolt://127.0.0.1:" + closedPort)).start()) {
            CommandLine cli = MinutegraphCommand.commandLine(client);
            cli.setErr(new PrintWriter(err));
            code = cli.execute("ingest", TestPaths.sampleNotes().toString());
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("minutegraph ingest: cannot use Neo4j at bolt://127.0.0.1:"
                + closedPort + ": Unable to connect").doesNotContain("\tat ").doesNotContain("Path Taken");
        assertThat(Files.list(dir)).isEmpty();
    }
}
