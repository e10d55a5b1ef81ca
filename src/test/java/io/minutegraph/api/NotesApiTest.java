package io.minutegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.LiveNotes;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * {@code POST /api/notes} and {@code DELETE /api/notes/{path}}: a service (its own context, on the test run's
 * database) serving a copy of the sample notes, with a token.
 */
@ExtendWith(EmbeddedGraph.class)
class NotesApiTest {

    private static final String TOKEN = "s3cret-token-for-tests";
    private static final String NOTE = """
            ---
            datetime: 2024-06-03T10:00:00+02:00
            title: Pushed by a tool
            teams:
              - community
            participants:
              - Ana Pop
            ---

            ## TODOs and Decisions

            - AP: Publish the release notes of 0.17.
            """;

    private final ApplicationContext shared;
    private final Driver driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ApplicationContext service;
    private String base;
    private Path folder;

    NotesApiTest(ApplicationContext shared) {
        this.shared = shared;
        this.driver = shared.getBean(Neo4jConnection.class).driver();
    }

    @BeforeEach
    void serve(@TempDir Path dir) throws Exception {
        EmbeddedGraph.clear(shared);
        folder = dir;
        GraphState.copyNotes(TestPaths.sampleNotes(), folder);
        service = start(TOKEN);
        service.getBean(LiveNotes.class).start(folder, true, false).get(120, TimeUnit.SECONDS);
        base = service.getBean(EmbeddedServer.class).getURL().toString();
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private ApplicationContext start(String token) {
        return EmbeddedGraph.serve(shared.getBean(Neo4jConnection.class).boltUri(), token, Map.of());
    }


    private HttpResponse<String> post(String base, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/notes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String path, String content) throws IOException, InterruptedException {
        return post(base, TOKEN, json(Map.of("path", path, "content", content)));
    }

    private HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/notes/" + path)).DELETE()
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String json(Object value) throws IOException {
        return service.getBean(JsonMapper.class).writeValueAsString(value);
    }

    private String title(String source) {
        var records = driver.executableQuery("MATCH (m:Meeting {source: $s}) RETURN m.title AS t")
                .withParameters(Map.of("s", source)).execute().records();
        return records.isEmpty() ? null : records.get(0).get("t").asString();
    }

    @Test
    void anUploadIsWrittenIntoTheFolderAndIngestedAndAReplacementReplacesIt() throws Exception {
        HttpResponse<String> created = upload("community/2024-06-03.md", NOTE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"path\":\"community/2024-06-03.md\"").contains("\"loaded\":");
        assertThat(Files.readString(folder.resolve("community/2024-06-03.md"))).isEqualTo(NOTE);
        assertThat(title("community/2024-06-03.md")).isEqualTo("Pushed by a tool");
        assertThat(GraphState.meetings(driver)).isEqualTo(6);

        HttpResponse<String> replaced = upload("community/2024-06-03.md", NOTE.replace("Pushed by", "Edited by"));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(title("community/2024-06-03.md")).isEqualTo("Edited by a tool");
        assertThat(GraphState.meetings(driver)).isEqualTo(6);
    }

    @Test
    void aRejectedUploadChangesNeitherTheFolderNorTheGraph() throws Exception {
        upload("community/pushed.md", NOTE);
        Map<String, Map<String, Long>> before = GraphState.bySource(driver);

        HttpResponse<String> broken = upload("community/pushed.md", "---\ntitle: [oops\n---\n");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("note rejected: invalid YAML front matter at line 2")
                .contains("\"path\":\"community/pushed.md\"");
        // Readable, but rejected by the ingest (no date in it or in its name): the folder gets its old file back.
        HttpResponse<String> undated = upload("community/pushed.md", "---\ntitle: When\n---\n");
        assertThat(undated.statusCode()).isEqualTo(422);
        assertThat(undated.body()).contains("no meeting date");
        assertThat(upload("undated.md", "---\ntitle: When\n---\n").statusCode()).isEqualTo(422);

        assertThat(Files.readString(folder.resolve("community/pushed.md"))).isEqualTo(NOTE);
        assertThat(folder.resolve("undated.md")).doesNotExist();
        assertThat(GraphState.bySource(driver)).isEqualTo(before);
    }

    @Test
    void pathsOutsideTheFolderOrNotNotesAreRefused() throws Exception {
        Map<String, Map<String, Long>> before = GraphState.bySource(driver);
        for (String path : new String[] {"../escape-2024-06-03.md", "/etc/escape-2024-06-03.md",
                "a/../../escape-2024-06-03.md", ".hidden/2024-06-03.md", "notes.txt", "README.md", "a//b.md", ""}) {
            HttpResponse<String> r = upload(path, NOTE);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body()).as(path).contains("note path");
        }
        Files.createSymbolicLink(folder.resolve("outside"), folder.getParent());
        HttpResponse<String> linked = upload("outside/escape-2024-06-03.md", NOTE);
        assertThat(linked.statusCode()).isEqualTo(400);
        assertThat(linked.body()).contains("leads out of the notes folder");
        assertThat(folder.getParent().resolve("escape-2024-06-03.md")).doesNotExist();
        assertThat(GraphState.bySource(driver)).isEqualTo(before);
    }

    @Test
    void aDeletedNoteIsRemovedWithItsFacts() throws Exception {
        upload("community/2024-06-03.md", NOTE);
        HttpResponse<String> deleted = delete("community/2024-06-03.md", TOKEN);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.body()).contains("\"removed\":1");
        assertThat(folder.resolve("community/2024-06-03.md")).doesNotExist();
        assertThat(title("community/2024-06-03.md")).isNull();
        assertThat(GraphState.bySource(driver)).doesNotContainKey("community/2024-06-03.md");
        assertThat(delete("community/2024-06-03.md", TOKEN).statusCode()).isEqualTo(404);
        assertThat(delete("../notes/x.md", TOKEN).statusCode()).isIn(400, 404);
    }

    @Test
    void writingNeedsTheTokenAndIsOffWithoutOne() throws Exception {
        String body = json(Map.of("path", "community/2024-06-03.md", "content", NOTE));
        HttpResponse<String> none = post(base, null, body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(post(base, "wrong", body).statusCode()).isEqualTo(401);
        assertThat(post(base, TOKEN + "x", body).statusCode()).isEqualTo(401);
        assertThat(delete("community-2022-03-31.md", "wrong").statusCode()).isEqualTo(401);
        try (ApplicationContext open = start(null)) {
            open.getBean(LiveNotes.class).start(folder, false, false).get(60, TimeUnit.SECONDS);
            String openBase = open.getBean(EmbeddedServer.class).getURL().toString();
            HttpResponse<String> disabled = post(openBase, TOKEN, body);
            assertThat(disabled.statusCode()).isEqualTo(403);
            assertThat(disabled.body()).contains("disabled").contains("minutegraph.api.token");
        }
        assertThat(folder.resolve("community/2024-06-03.md")).doesNotExist();
        assertThat(GraphState.meetings(driver)).isEqualTo(5);
    }

    @Test
    void requestsOverTheSizeLimitAreRefused() throws Exception {
        HttpResponse<String> huge = upload("community/2024-06-03.md", NOTE + "x".repeat(6 * 1024 * 1024));
        assertThat(huge.statusCode()).isEqualTo(413);
        HttpResponse<String> large = upload("community/2024-06-03.md", NOTE + "x".repeat(3 * 1024 * 1024));
        assertThat(large.statusCode()).isEqualTo(422);
        assertThat(large.body()).contains("over the 2097152-byte limit for a note");
        assertThat(folder.resolve("community/2024-06-03.md")).doesNotExist();
    }
}
