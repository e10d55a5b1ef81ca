package io.minutegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.Rejection;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * Every kind of broken note from issue 6, in one folder beside the sample notes, through a real ingest: each one is
 * loaded or rejected with its file and reason, the good notes load, and what the graph held stays as it was.
 */
@ExtendWith(EmbeddedGraph.class)
class BadInputIngestTest {

    private static final String HEAD = "---\ndatetime: 2024-05-02T10:00:00+02:00\ntitle: Fine\nteams:\n  - community\n"
            + "participants:\n  - Ana Pop\n  - Bob Ionescu\n---\n";
    private static final String BODY = "\n## Agenda\n\n- release 0.17 status\n";

    private final ApplicationContext context;
    private final Driver driver;
    private final NotesIngest ingest;

    BadInputIngestTest(ApplicationContext context) {
        this.context = context;
        this.driver = context.getBean(Neo4jConnection.class).driver();
        this.ingest = context.getBean(NotesIngest.class);
    }

    /** Notes that must be rejected, with the start of the reason the summary gives. */
    private static Map<String, byte[]> rejected() {
        Map<String, byte[]> notes = new LinkedHashMap<>();
        notes.put("unterminated-2024-05-03.md", utf8("---\ntitle: never closed\n\n## Agenda\n"));
        notes.put("invalid-yaml-2024-05-03.md", utf8("---\ntitle: [oops\n---\n"));
        notes.put("not-a-map-2024-05-03.md", utf8("---\n- a\n- list\n---\n"));
        notes.put("no-date.md", utf8("---\ntitle: When?\nparticipants: Ana Pop\n---\n" + BODY));
        notes.put("impossible-date.md", utf8("---\ndatetime: 2023-02-30\ntitle: Never\n---\n" + BODY));
        notes.put("empty.md", new byte[0]);
        notes.put("binary.md", new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3});
        byte[] latin1 = ("---\ndatetime: 2024-05-03\ntitle: Caf\u00e9\n---\n").getBytes(StandardCharsets.ISO_8859_1);
        notes.put("latin1-2024-05-03.md", latin1);
        StringBuilder bomb = new StringBuilder("---\ndatetime: 2024-05-03\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append("]\n");
        }
        notes.put("alias-bomb-2024-05-03.md", utf8(bomb.append("participants: *z\n---\n").toString()));
        notes.put("type-tag-2024-05-03.md", utf8("---\ndatetime: 2024-05-03\ntitle: !!javax.script.ScriptEngineManager"
                + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n---\n"));
        notes.put("deep-yaml-2024-05-03.md", utf8("---\ndatetime: 2024-05-03\ntags: " + "[".repeat(5_000)
                + "]".repeat(5_000) + "\n---\n"));
        notes.put("deep-quotes-2024-05-03.md", utf8(HEAD + BODY + ">".repeat(5_000) + " deep\n"));
        notes.put("deep-list-2024-05-03.md", utf8(HEAD + BODY + nestedList(1_000)));
        notes.put("too-large-2024-05-03.md", utf8(HEAD + "x".repeat(NoteReader.MAX_BYTES)));
        return notes;
    }

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("unterminated-2024-05-03.md", "front matter opened on line 1 is never closed"),
            Map.entry("invalid-yaml-2024-05-03.md", "invalid YAML front matter at line 2"),
            Map.entry("not-a-map-2024-05-03.md", "front matter is not a map"),
            Map.entry("no-date.md", "no meeting date"),
            Map.entry("impossible-date.md", "meeting date '2023-02-30' (line 2) is not a valid date"),
            Map.entry("empty.md", "file is empty"),
            Map.entry("binary.md", "binary file"),
            Map.entry("latin1-2024-05-03.md", "not valid UTF-8"),
            Map.entry("alias-bomb-2024-05-03.md", "invalid YAML front matter"),
            Map.entry("type-tag-2024-05-03.md", "invalid YAML front matter at line 3: Global tag is not allowed"),
            Map.entry("deep-yaml-2024-05-03.md", "invalid YAML front matter"),
            Map.entry("deep-quotes-2024-05-03.md", "Markdown blocks nested more than 100 levels deep (line 14)"),
            Map.entry("deep-list-2024-05-03.md", "Markdown blocks nested more than 100 levels deep"),
            Map.entry("too-large-2024-05-03.md", "file is " + (utf8(HEAD).length + NoteReader.MAX_BYTES) + " bytes"));

    /** Notes that look odd but must load. */
    private static Map<String, byte[]> accepted() {
        Map<String, byte[]> notes = new LinkedHashMap<>();
        notes.put("bom-crlf.md", utf8(("\uFEFF" + HEAD + BODY).replace("\n", "\r\n")));
        // No front matter: dated by its name; an agenda alone, so a meeting that was not held.
        notes.put("no-front-matter-2024-05-03.md", utf8("## Agenda\n\n- just a list\n"));
        notes.put("scalar-participants.md", utf8(HEAD.replace("  - Ana Pop\n  - Bob Ionescu\n", "")
                .replace("participants:\n", "participants: Ana Pop, Bob Ionescu\n") + BODY));
        notes.put("community/2024-05-04.md", utf8("---\ntitle: Date from the name\nparticipants:\n  - Ana Pop\n---\n"
                + BODY));
        notes.put("impossible-date-2024-05-05.md", utf8(HEAD.replace("2024-05-02T10:00:00+02:00", "2023-02-30")
                + BODY));
        notes.put("long-line.md", utf8(HEAD + BODY + "- " + "word ".repeat(300_000) + "\n"));
        notes.put("nested-markdown.md", utf8(HEAD + BODY + ">".repeat(20) + " quoted\n\n" + nestedList(20)));
        return notes;
    }

    private static String nestedList(int depth) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            list.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        return list.toString();
    }

    @Test
    void eachBrokenNoteIsRejectedWithItsFileAndReasonAndNothingElseChanges(@TempDir Path dir) throws IOException {
        EmbeddedGraph.clear(context);
        GraphState.copyNotes(TestPaths.sampleNotes(), dir);
        assertThat(ingest.ingest(dir).loaded()).isEqualTo(5);
        Map<String, Map<String, Long>> before = GraphState.bySource(driver);
        Map<String, Long> counts = GraphState.counts(driver);

        for (Map.Entry<String, byte[]> note : rejected().entrySet()) {
            Files.createDirectories(dir.resolve(note.getKey()).getParent());
            Files.write(dir.resolve(note.getKey()), note.getValue());
        }
        // Not notes: skipped, not counted, not rejected.
        Files.writeString(dir.resolve("agenda.txt"), "not markdown");
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        Files.createSymbolicLink(dir.resolve("loop"), dir);

        IngestSummary summary = ingest.ingest(dir);

        Map<String, String> reasons = summary.rejected().stream()
                .collect(Collectors.toMap(Rejection::source, Rejection::reason));
        assertThat(reasons).containsOnlyKeys(REASONS.keySet());
        REASONS.forEach((source, reason) -> assertThat(reasons.get(source)).as(source).contains(reason));
        assertThat(summary.read()).isEqualTo(5 + REASONS.size());
        assertThat(summary.loaded()).as(summary.describe()).isZero();
        assertThat(summary.unchanged()).isEqualTo(5);
        assertThat(summary.removed()).isZero();
        assertThat(summary.exitCode()).isEqualTo(2);
        assertThat(summary.describe()).contains("rejected no-date.md: ");
        assertThat(GraphState.bySource(driver)).isEqualTo(before);
        assertThat(GraphState.counts(driver)).isEqualTo(counts);
    }

    @Test
    void aNoteBrokenByAnEditKeepsTheVersionTheGraphHolds(@TempDir Path dir) throws IOException {
        EmbeddedGraph.clear(context);
        GraphState.copyNotes(TestPaths.sampleNotes(), dir);
        ingest.ingest(dir);
        Path note;
        try (var files = Files.list(dir)) {
            note = files.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        String source = dir.relativize(note).toString();
        Map<String, Long> held = GraphState.bySource(driver).get(source);
        String sha = NoteReader.sha256(Files.readAllBytes(note));
        Files.writeString(note, "---\ntitle: [broken by an edit\n---\n");

        IngestSummary summary = ingest.ingest(dir);

        assertThat(summary.rejected()).extracting(Rejection::source).containsExactly(source);
        assertThat(summary.removed()).isZero();
        assertThat(GraphState.bySource(driver).get(source)).isEqualTo(held);
        assertThat(driver.executableQuery("MATCH (m:Meeting {source: $s}) RETURN m.sha256 AS sha")
                .withParameters(Map.of("s", source)).execute().records().get(0).get("sha").asString()).isEqualTo(sha);
    }

    @Test
    void oddButValidNotesLoad(@TempDir Path dir) throws IOException {
        EmbeddedGraph.clear(context);
        for (Map.Entry<String, byte[]> note : accepted().entrySet()) {
            Files.createDirectories(dir.resolve(note.getKey()).getParent());
            Files.write(dir.resolve(note.getKey()), note.getValue());
        }
        IngestSummary summary = ingest.ingest(dir);
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.loaded()).isEqualTo(accepted().size());
        assertThat(summary.exitCode()).isZero();
        assertThat(summary.stubs()).isEqualTo(1);
        var rows = driver.executableQuery("""
                MATCH (m:Meeting) WHERE m.held
                RETURN m.source AS source, toString(m.date) AS date,
                       COUNT { (m)<-[:ATTENDED]-() } AS attendees""").execute().records();
        var stub = driver.executableQuery("MATCH (m:Meeting) WHERE NOT m.held RETURN m.source AS source, "
                + "toString(m.date) AS date").execute().records();
        assertThat(stub).extracting(r -> r.get("source").asString() + " " + r.get("date").asString())
                .containsExactly("no-front-matter-2024-05-03.md 2024-05-03");
        Map<String, String> dates = rows.stream().collect(Collectors.toMap(r -> r.get("source").asString(),
                r -> r.get("date").asString()));
        assertThat(dates).containsEntry("community/2024-05-04.md", "2024-05-04")
                .containsEntry("impossible-date-2024-05-05.md", "2024-05-05")
                .containsEntry("bom-crlf.md", "2024-05-02");
        rows.forEach(r -> assertThat(r.get("attendees").asLong()).as(r.get("source").asString()).isIn(1L, 2L));
        assertThat(rows.stream().filter(r -> r.get("source").asString().equals("scalar-participants.md"))
                .findFirst().orElseThrow().get("attendees").asLong()).isEqualTo(2);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
