package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.cli.MinutegraphCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedNeo4jTest {

    @Test
    void refusesToListenBeyondLoopbackWithoutAuth(@TempDir Path dir) {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(dir, "0.0.0.0:7687", "64m", null))
                .hasMessageContaining("must be a loopback address").hasMessageContaining("0.0.0.0:7687");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void withAPasswordAuthenticationIsOnAndBoltMayListenBeyondLoopback(@TempDir Path dir) {
        String password = "a-long-test-password";
        for (int start = 0; start < 2; start++) { // the second start finds the password already set
            try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dir, "0.0.0.0:0", "64m", password)) {
                String uri = db.boltUri();
                try (Driver open = GraphDatabase.driver(uri, AuthTokens.none())) {
                    assertThatThrownBy(open::verifyConnectivity).isInstanceOf(AuthenticationException.class);
                }
                try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(EmbeddedNeo4j.USER, password))) {
                    assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one")
                            .asInt()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void serveRefusesHttpBeyondLoopbackWithoutAuthBeforeStartingAnything(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code;
        try (ApplicationContext context = ApplicationContext.builder(Environment.CLI).properties(Map.of(
                "micronaut.server.host", "0.0.0.0",
                "minutegraph.neo4j.data-dir", dir.resolve("data").toString())).start()) {
            CommandLine cli = MinutegraphCommand.commandLine(context);
            cli.setErr(new PrintWriter(err));
            code = cli.execute("serve", "--no-ingest");
        }
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("HTTP would listen on '0.0.0.0', beyond loopback, while the embedded"
                + " Neo4j runs without authentication");
        assertThat(dir.resolve("data")).doesNotExist();
        Neo4jConfig external = new Neo4jConfig("bolt://db:7687", "neo4j", null, "data", "127.0.0.1:7687", "64m",
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                java.time.Duration.ofMinutes(1));
        Neo4jConnection.checkListenAddress(external, "HTTP", "0.0.0.0"); // an external server has its own auth
    }

    @Test
    void readsPageCacheSizes() {
        assertThat(EmbeddedNeo4j.bytes("256m")).isEqualTo(256L * 1024 * 1024);
        assertThat(EmbeddedNeo4j.bytes(" 1G ")).isEqualTo(1024L * 1024 * 1024);
        assertThat(EmbeddedNeo4j.bytes("512k")).isEqualTo(512L * 1024);
        assertThat(EmbeddedNeo4j.bytes("4096")).isEqualTo(4096L);
        assertThatThrownBy(() -> EmbeddedNeo4j.bytes("12q")).hasMessageContaining("must end in k, m or g");
    }
}
