package io.minutegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.store.CypherFile;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * Each error the API answers, over HTTP: its status, its headers and its whole JSON body. A service (its own context,
 * on the test run's database, questions waiting at most a second for writes) serves a copy of the sample notes with
 * a token; services on a database that is not there answer the rest.
 */
@ExtendWith(EmbeddedGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorResponsesTest {

    private static final String TOKEN = "error-responses-token";

    private final ApplicationContext shared;
    private final Driver driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ApplicationContext service;
    private JsonMapper json;
    private String base;
    private Path folder;

    ErrorResponsesTest(ApplicationContext shared) {
        this.shared = shared;
        this.driver = shared.getBean(Neo4jConnection.class).driver();
    }

    @BeforeAll
    void serve(@TempDir Path dir) throws Exception {
        folder = dir;
        GraphState.copyNotes(TestPaths.sampleNotes(), folder);
        service = start(shared.getBean(Neo4jConnection.class).boltUri(), TOKEN);
        service.getBean(LiveNotes.class).start(folder, true, false).get(120, TimeUnit.SECONDS);
        base = service.getBean(EmbeddedServer.class).getURL().toString();
        json = service.getBean(JsonMapper.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    /** A service on {@code boltUri} that waits for writes one second before it answers 503. */
    private static ApplicationContext start(String boltUri, String token) {
        return EmbeddedGraph.serve(boltUri, token, Map.of("minutegraph.neo4j.retry-time", "1s"));
    }


    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(base, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> post(String at, String token, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(at + "/api/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(at, request);
    }

    private HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(base, HttpRequest.newBuilder(URI.create(base + "/api/notes/" + path)).DELETE()
                .header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> send(String at, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The response's status and its JSON body, whole. */
    private void assertError(HttpResponse<String> response, int status, Map<String, Object> body) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json.readValue(response.body(), Argument.mapOf(String.class, Object.class))).isEqualTo(body);
    }

    @Test
    void parametersThatCannotBeReadAre400WithWhatTheyMustBe() throws Exception {
        assertError(get("/api/owners?track=SMP&asOf=yesterday"), 400,
                Map.of("error", "asOf must be a date, yyyy-mm-dd: yesterday"));
        assertError(get("/api/owners?track=SMP&limit=many"), 400,
                Map.of("error", "limit must be a whole number, at least 1: many"));
        assertError(get("/api/owners?track=SMP&limit=0"), 400,
                Map.of("error", "limit must be a whole number, at least 1: 0"));
        assertError(get("/api/tracks?asOf=2024-13-01"), 400,
                Map.of("error", "asOf must be a date, yyyy-mm-dd: 2024-13-01"));
        assertError(get("/api/decisions?about=%20"), 400,
                Map.of("error", "about must name what the decisions are about"));
        assertError(get("/api/decisions?about=release&since=soon"), 400,
                Map.of("error", "since must be a date, yyyy-mm-dd: soon"));
    }

    @Test
    void anUnknownTrackIs404WithTheClosestNames() throws Exception {
        HttpResponse<String> missing = get("/api/owners?track=smpx");
        Map<String, Object> body = json.readValue(missing.body(), Argument.mapOf(String.class, Object.class));
        assertThat(body.get("closest")).asList().isNotEmpty();
        assertError(missing, 404, Map.of("error", "no track, feature or team matches \"smpx\"",
                "closest", body.get("closest")));
    }

    @Test
    void anUnknownPersonIs404() throws Exception {
        assertError(get("/api/people/nobody-at-all"), 404, Map.of("error", "no person with id nobody-at-all"));
    }

    @Test
    void writingNeedsTheToken() throws Exception {
        Map<String, Object> note = Map.of("path", "community/2024-06-03.md", "content", "---\ntitle: x\n---\n");
        HttpResponse<String> none = post(base, null, note);
        assertError(none, 401, Map.of("error", "a valid token is needed: Authorization: Bearer <token>"));
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        HttpResponse<String> wrong = delete("community-2022-03-31.md", "wrong");
        assertError(wrong, 401, Map.of("error", "a valid token is needed: Authorization: Bearer <token>"));
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(folder.resolve("community-2022-03-31.md")).exists();
    }

    @Test
    void writeRequestsThatCannotBeDoneSayWhy() throws Exception {
        assertError(post(base, TOKEN, Map.of("path", "community/2024-06-03.md")), 400,
                Map.of("error", "the body needs both \"path\" and \"content\""));
        assertError(post(base, TOKEN, Map.of("path", "../2024-06-03.md", "content", "---\ntitle: x\n---\n")), 400,
                Map.of("error", "note path '../2024-06-03.md' must not have empty, '.' or '..' parts"));
        assertError(post(base, TOKEN, Map.of("path", "community/2024-06-03.md", "content", "---\ntitle: [oops\n")),
                422, Map.of("error", "note rejected: front matter opened on line 1 is never closed with a '---' line",
                        "path", "community/2024-06-03.md"));
        assertError(delete("community/2099-01-01.md", TOKEN), 404,
                Map.of("error", "the notes folder has no note community/2099-01-01.md"));
    }

    @Test
    void aQuestionThatWaitedForWritesTooLongIs503WithWhenToAskAgain() throws Exception {
        // A write's mark left by a process that stopped mid-write, within its lease: questions wait for it.
        driver.executableQuery(CypherFile.load("store/begin-write.cypher").text()).execute();
        try {
            HttpResponse<String> busy = get("/api/owners?track=SMP");
            assertError(busy, 503,
                    Map.of("error", "notes were being written for the whole 1 s a question waits; ask again"));
            assertThat(busy.headers().firstValue("Retry-After"))
                    .contains(Integer.toString(GraphBusyHandler.RETRY_AFTER_SECONDS));
        } finally {
            driver.executableQuery(CypherFile.load("store/end-write.cypher").text()).execute();
        }
        assertThat(get("/api/owners?track=SMP").statusCode()).isEqualTo(200);
    }

    @Test
    void withoutADatabaseQuestionsAre503AndWithoutAFolderWritesAre503() throws Exception {
        try (ApplicationContext down = start("bolt://127.0.0.1:" + freePort(), TOKEN)) {
            String at = down.getBean(EmbeddedServer.class).getURL().toString();
            HttpResponse<String> question = send(at, HttpRequest.newBuilder(URI.create(at + "/api/people/anyone")));
            assertThat(question.statusCode()).as(question.body()).isEqualTo(503);
            Map<String, Object> body = json.readValue(question.body(), Argument.mapOf(String.class, Object.class));
            assertThat(body).containsOnlyKeys("error");
            assertThat((String) body.get("error")).startsWith("the graph database cannot be reached: ");

            assertError(post(at, TOKEN, Map.of("path", "community/2024-06-03.md", "content", "---\ntitle: x\n---\n")),
                    503, Map.of("error", "no notes folder is being served"));
        }
    }

    @Test
    void withNoTokenConfiguredWritingIs403() throws Exception {
        try (ApplicationContext open = start(shared.getBean(Neo4jConnection.class).boltUri(), null)) {
            String at = open.getBean(EmbeddedServer.class).getURL().toString();
            assertError(post(at, TOKEN, Map.of("path", "community/2024-06-03.md", "content", "x")), 403,
                    Map.of("error", "writing notes over HTTP is disabled: set minutegraph.api.token"
                            + " (MINUTEGRAPH_API_TOKEN) to enable it"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
