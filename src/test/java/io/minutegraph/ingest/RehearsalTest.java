package io.minutegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.store.Neo4jConnection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The warm-up of {@code serve --watch} runs the writes of real notes and rolls them back: the graph must be exactly as
 * it was, down to the identity of every relationship (a committed rewrite of the same notes would recreate them).
 */
@ExtendWith(EmbeddedGraph.class)
class RehearsalTest {

    @Test
    void rehearsingTheWritesOfTheLargestNotesLeavesTheGraphUntouched(ApplicationContext context) {
        EmbeddedGraph.clear(context);
        NotesIngest ingest = context.getBean(NotesIngest.class);
        Driver driver = context.getBean(Neo4jConnection.class).driver();
        assertThat(ingest.ingest(TestPaths.sampleNotes()).loaded()).isEqualTo(5);
        List<String> before = relationships(driver);
        var counts = GraphState.counts(driver);

        ingest.rehearseWrites(TestPaths.sampleNotes());

        assertThat(relationships(driver)).isEqualTo(before).hasSizeGreaterThan(100);
        assertThat(GraphState.counts(driver)).isEqualTo(counts);
    }

    private static List<String> relationships(Driver driver) {
        return driver.executableQuery("MATCH ()-[r]->() RETURN elementId(r) + ' ' + type(r) AS r ORDER BY r").execute()
                .records().stream().map(r -> r.get("r").asString()).toList();
    }
}
