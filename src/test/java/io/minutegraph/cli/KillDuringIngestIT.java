package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.store.Neo4jConnection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * {@code kill -9} in the middle of an ingest: the packaged jar ingests a folder and is killed once a few notes are
 * stored. Restarted, the database holds whole notes only, each exactly as a clean ingest writes it, and the next
 * ingest completes the rest.
 */
class KillDuringIngestIT {

    private static final String LOADED = "BatchedNotesWriter - Loaded ";

    @Test
    void aKilledIngestLeavesWholeNotesAndTheNextIngestCompletesIt(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes");
        GraphState.copyNotes(TestPaths.corpus().resolve("discussions/gsoc"), notes);
        Path data = dir.resolve("data");

        ProcessBuilder builder = ServeJarIT.java("ingest", notes.toString());
        builder.command().add(1, "-Dminutegraph.neo4j.data-dir=" + data);
        builder.command().add(1, "-Dminutegraph.neo4j.bolt-address=127.0.0.1:0");
        builder.command().add(1, "-Dlogger.levels.io.minutegraph.ingest.BatchedNotesWriter=DEBUG");
        builder.command().add(1, "-Dminutegraph.ingest.batch-notes=2"); // the kill falls between transactions
        Process child = builder.start();
        List<String> output = new ArrayList<>();
        int stored = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && stored < 3; line = out.readLine()) {
                output.add(line);
                stored += line.contains(LOADED) ? 1 : 0;
            }
            assertThat(stored).as("notes stored before the kill:\n" + String.join("\n", output)).isEqualTo(3);
            child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the store
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);

        try (ApplicationContext context = ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.data-dir", data.toString(),
                "minutegraph.neo4j.bolt-address", "127.0.0.1:0")).start()) {
            Driver driver = context.getBean(Neo4jConnection.class).driver();
            NotesIngest ingest = context.getBean(NotesIngest.class);
            Map<String, Map<String, Long>> afterKill = GraphState.bySource(driver);

            IngestSummary again = ingest.ingest(notes);
            assertThat(again.rejected()).isEmpty();
            assertThat(again.unchanged()).isEqualTo(afterKill.size());
            assertThat(again.loaded()).isEqualTo(again.read() - afterKill.size()).isPositive();
            Map<String, Map<String, Long>> completed = GraphState.bySource(driver);

            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
            assertThat(ingest.ingest(notes).loaded()).isEqualTo(again.read());
            Map<String, Map<String, Long>> clean = GraphState.bySource(driver);

            assertThat(afterKill.size()).isBetween(stored, again.read() - 1);
            afterKill.forEach((source, facts) -> assertThat(facts).as(source).isEqualTo(clean.get(source)));
            assertThat(completed).isEqualTo(clean);
        }
    }
}
