package io.minutegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.store.Neo4jConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * An ingest into a new embedded database extracts the notes while the database starts: the graph it leaves is the one
 * an ingest into a running database leaves, and a database that cannot start is reported as the ingest's error.
 */
class NewDatabaseIngestTest {

    private static ApplicationContext context(Path dataDir) {
        return ApplicationContext.builder(Environment.TEST).properties(Map.of(
                "minutegraph.neo4j.data-dir", dataDir.toString(),
                "minutegraph.neo4j.bolt-address", "127.0.0.1:0")).start();
    }

    @Test
    void theGraphIsTheOneAnIngestIntoARunningDatabaseLeaves(@TempDir Path dir) {
        Path data = dir.resolve("data");
        try (ApplicationContext context = context(data)) {
            NotesIngest ingest = context.getBean(NotesIngest.class);
            assertThat(data).as("the database starts with the ingest, not with the service").doesNotExist();
            IngestSummary summary = ingest.ingest(TestPaths.sampleNotes());
            assertThat(summary.loaded()).isEqualTo(5);
            Driver driver = context.getBean(Neo4jConnection.class).driver();
            Map<String, Map<String, Long>> whileStarting = GraphState.bySource(driver);
            Map<String, Long> counts = GraphState.counts(driver);

            driver.executableQuery("MATCH (n) DETACH DELETE n").execute();
            assertThat(ingest.ingest(TestPaths.sampleNotes()).loaded()).isEqualTo(5);
            assertThat(whileStarting).hasSize(5).isEqualTo(GraphState.bySource(driver));
            assertThat(counts).isEqualTo(GraphState.counts(driver));
        }
    }

    @Test
    void aDatabaseThatCannotStartIsTheIngestsError(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("data"), "not a database");
        try (ApplicationContext context = context(notAFolder)) {
            NotesIngest ingest = context.getBean(NotesIngest.class);
            assertThatThrownBy(() -> ingest.ingest(TestPaths.sampleNotes()))
                    .hasMessageContaining(notAFolder.toString());
        }
        assertThat(Files.readString(notAFolder)).isEqualTo("not a database");
    }
}
