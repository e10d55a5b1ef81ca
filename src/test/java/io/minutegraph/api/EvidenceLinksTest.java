package io.minutegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.notes.GitRepository;
import io.minutegraph.store.GraphSessions;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clickable provenance: notes in a git work tree with a GitHub remote give every cited fact in REST and GraphQL
 * answers a {@code url} to its line at the commit ingested; a note edited since gets none until it is committed.
 */
@ExtendWith(EmbeddedGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceLinksTest {

    private static final String REMOTE = "https://github.com/unikraft/meeting-notes";

    private final ApplicationContext context;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;

    @TempDir
    Path dir;

    EvidenceLinksTest(ApplicationContext context) {
        this.context = context;
        this.json = context.getBean(JsonMapper.class);
    }

    @BeforeEach
    void emptyGraphAndServe() {
        EmbeddedGraph.clear(context);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        base = server.getURL().toString();
    }

    /** The sample notes, committed under {@code discussions/} of a repository whose remote is on GitHub. */
    private GitRepository notesRepository() throws IOException {
        GitRepository repo = GitRepository.init(dir.resolve("meeting-notes"));
        repo.git("remote", "add", "origin", REMOTE + ".git");
        try (Stream<Path> notes = Files.list(TestPaths.sampleNotes())) {
            for (Path note : notes.toList()) {
                repo.write("discussions/" + note.getFileName(), Files.readString(note));
            }
        }
        return repo;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCitedFactLinksToItsLineAtTheCommitIngested() throws Exception {
        GitRepository repo = notesRepository();
        String commit = repo.commitAll("notes");
        context.getBean(NotesIngest.class).ingest(repo.root().resolve("discussions"));
        String prefix = REMOTE + "/blob/" + commit + "/discussions/";

        // GraphQL: action items, with the lines they were recorded on.
        List<Map<String, Object>> items = actionItems();
        assertThat(items).isNotEmpty();
        for (Map<String, Object> item : items) {
            assertThat(item.get("url")).isEqualTo(prefix + item.get("source") + "#L" + item.get("line"));
        }
        // REST: who owns, evidence by evidence.
        String track = firstTrack();
        Map<String, Object> owners = getJson("/api/owners?track=" + URLEncoder.encode(track, StandardCharsets.UTF_8));
        List<Map<String, Object>> evidence = evidence(owners);
        assertThat(evidence).isNotEmpty();
        for (Map<String, Object> e : evidence) {
            if (e.get("line") != null) {
                assertThat(e.get("url")).as(e.toString()).isEqualTo(prefix + e.get("source") + "#L" + e.get("line"));
            }
        }
        // What was decided: community-2023-01-06.md, line 167, "Postponed for next meeting"; REST and GraphQL give
        // the same decisions, each linked to its line.
        List<Map<String, Object>> decided = list(getJson("/api/decisions?about=postponed"), "decisions");
        assertThat(decided).extracting(d -> d.get("source") + ":" + d.get("line"))
                .contains("community-2023-01-06.md:167");
        for (Map<String, Object> d : decided) {
            assertThat(d.get("url")).isEqualTo(prefix + d.get("source") + "#L" + d.get("line"));
        }
        assertThat(list((Map<String, Object>) graphql("{ decisions(about: \"postponed\") { decision kind source line"
                + " url votes { vote count } } }").get("data"), "decisions"))
                .extracting(d -> d.get("source") + ":" + d.get("line") + " " + d.get("url"))
                .containsExactlyElementsOf(decided.stream().map(d -> d.get("source") + ":" + d.get("line") + " "
                        + d.get("url")).toList());
        assertThat(getJson("/api/decisions?about=postponed&since=2023-02-01").get("decisions")).asList().isEmpty();
        HttpResponse<String> badDate = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/decisions?about=postponed&since=yesterday")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("since must be a date");
        // The line a link points at is the line the fact cites.
        Map<String, Object> first = items.get(0);
        List<String> lines = Files.readAllLines(repo.root().resolve("discussions").resolve((String) first.get("source")));
        assertThat(lines.get((Integer) first.get("line") - 1)).contains(((String) first.get("text")).split(" ")[0]);
    }

    @Test
    void aNoteEditedSinceTheCommitHasNoLinksUntilItIsCommitted() throws Exception {
        GitRepository repo = notesRepository();
        repo.commitAll("notes");
        Path folder = repo.root().resolve("discussions");
        Path edited = folder.resolve("community-2023-01-06.md");
        Files.writeString(edited, Files.readString(edited) + "\n- one more line\n");
        context.getBean(NotesIngest.class).ingest(folder);
        assertThat(actionItems()).filteredOn(i -> i.get("source").equals("community-2023-01-06.md")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("url")).isNull());
        assertThat(actionItems()).filteredOn(i -> !i.get("source").equals("community-2023-01-06.md")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("url")).isNotNull());

        String commit = repo.commitAll("one more line");
        var summary = context.getBean(NotesIngest.class).ingest(folder);
        assertThat(summary.loaded()).as("only the note that can now be linked is read again").isEqualTo(1);
        assertThat(actionItems()).filteredOn(i -> i.get("source").equals("community-2023-01-06.md"))
                .allSatisfy(i -> assertThat((String) i.get("url")).contains(commit));
    }

    @Test
    void notesOutsideAGitWorkTreeHaveNoLinks() throws Exception {
        // The sample notes lie in this project's work tree, whose clone may have a remote or not: copy them out.
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        try (Stream<Path> notes = Files.list(TestPaths.sampleNotes())) {
            for (Path note : notes.toList()) {
                Files.copy(note, plain.resolve(note.getFileName()));
            }
        }
        context.getBean(NotesIngest.class).ingest(plain);
        assertThat(actionItems()).isNotEmpty().allSatisfy(i -> assertThat(i.get("url")).isNull());
        long linked = context.getBean(GraphSessions.class).query(
                "MATCH (m:Meeting) WHERE m.lineUrl IS NOT NULL RETURN count(m) AS n", Map.of()).get(0).get("n").asLong();
        assertThat(linked).isZero();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> actionItems() throws Exception {
        Map<String, Object> answer = graphql("{ meetings(first: 100) { edges { node { actionItems { text source line"
                + " url } } } } }");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                answer.get("data")).get("meetings")).get("edges");
        return edges.stream().flatMap(e -> ((List<Map<String, Object>>) ((Map<String, Object>) e.get("node"))
                .get("actionItems")).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> answer, String field) {
        return (List<Map<String, Object>>) answer.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evidence(Map<String, Object> owners) {
        return ((List<Map<String, Object>>) owners.get("owners")).stream()
                .flatMap(o -> ((List<Map<String, Object>>) o.get("evidence")).stream()).toList();
    }

    private String firstTrack() {
        return context.getBean(GraphSessions.class).query(
                "MATCH (:Person)-[:OWNS]->(t:Track) RETURN t.name AS name ORDER BY name LIMIT 1", Map.of())
                .get(0).get("name").asString();
    }

    private Map<String, Object> getJson(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    private Map<String, Object> graphql(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, Object> answer = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertThat(answer).as(response.body()).doesNotContainKey("errors");
        return answer;
    }
}
