package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * Names, titles and text written to attack the database or a page: stored as the text they are, served back as
 * JSON strings, and nothing else in the graph changes.
 */
@ExtendWith(EmbeddedGraph.class)
class HostileInputTest {

    private static final String TITLE = "x'}) MATCH (n) DETACH DELETE n //<script>alert('title')</script>";
    private static final String NAME = "Robert\"}) MATCH (n) SET n.pwned = true //";
    private static final String NOTE = """
            ---
            datetime: 2024-06-05T10:00:00+02:00
            title: "%s"
            teams:
              - "community` DETACH DELETE n //"
            participants:
              - '%s'
              - "<img src=x onerror=alert(1)>"
              - "${jndi:ldap://127.0.0.1:1/a}"
            tags: ["{{7*7}}", "'; DROP TABLE notes; --"]
            ---

            ## <script>alert('agenda')</script>

            - RD: MATCH (n) SET n.pwned = true RETURN n
            - Release 0.17 `CALL dbms.killQueries()`
            """.formatted(TITLE, NAME);

    private final ApplicationContext context;
    private final Driver driver;

    HostileInputTest(ApplicationContext context) {
        this.context = context;
        this.driver = context.getBean(Neo4jConnection.class).driver();
    }

    @Test
    void hostileTextIsStoredAndServedAsPlainTextAndChangesNothingElse(@TempDir Path dir) throws Exception {
        EmbeddedGraph.clear(context);
        GraphState.copyNotes(TestPaths.sampleNotes(), dir);
        NotesIngest ingest = context.getBean(NotesIngest.class);
        ingest.ingest(dir);
        Map<String, Map<String, Long>> before = GraphState.bySource(driver);

        Files.writeString(dir.resolve("hostile-2024-06-05.md"), NOTE);
        IngestSummary summary = ingest.ingest(dir);

        assertThat(summary.rejected()).isEmpty();
        Map<String, Map<String, Long>> after = GraphState.bySource(driver);
        Map<String, Long> hostile = after.remove("hostile-2024-06-05.md");
        assertThat(hostile).containsKeys("Meeting", "ATTENDED");
        assertThat(after).isEqualTo(before);
        long pwned = driver.executableQuery("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS c").execute()
                .records().get(0).get("c").asLong();
        assertThat(pwned).isZero();
        String stored = driver.executableQuery("MATCH (m:Meeting {source: 'hostile-2024-06-05.md'}) RETURN m.title AS t")
                .execute().records().get(0).get("t").asString();
        assertThat(stored).isEqualTo(TITLE);
        List<String> evidence = driver.executableQuery("""
                MATCH (:Meeting {source: 'hostile-2024-06-05.md'})<-[a:ATTENDED]-() RETURN a.evidence AS e""")
                .execute().records().stream().map(r -> r.get("e").asString()).toList();
        assertThat(String.join("\n", evidence)).contains("<img src=x onerror=alert(1)>").contains("n.pwned = true");

        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        String query = "{\"query\": \"{ meetings(from: \\\"2024-06-05\\\", to: \\\"2024-06-05\\\") "
                + "{ edges { node { title attendees { name } } } } }\"}";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.getURL() + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<String, Object> body = context.getBean(JsonMapper.class).readValue(answer.body(),
                Argument.mapOf(String.class, Object.class));
        assertThat(body.toString()).contains(TITLE).doesNotContainIgnoringCase("errors");
    }
}
