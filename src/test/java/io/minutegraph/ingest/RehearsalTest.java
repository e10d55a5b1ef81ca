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
 * it was, down to the identity of every relationship (a committed rewrite of the same notes would recreate them) and
 * the graph's version.
 */
@ExtendWith(EmbeddedGraph.class)
class RehearsalTest {

    @Test
    void rehearsingTheWritesOfTheLargestNotesLeavesTheGraphUntouched(ApplicationContext context) {
        EmbeddedGraph.clear(context);
        NotesIngest ingest = context.getBean(NotesIngest.class);
        Neo4jConnection neo4j = context.getBean(Neo4jConnection.class);
        Driver driver = neo4j.driver();
        assertThat(ingest.ingest(TestPaths.sampleNotes()).loaded()).isEqualTo(5);
        List<String> before = relationships(driver);
        var counts = GraphState.counts(driver);
        String version = neo4j.version();

        ingest.rehearseWrites(TestPaths.sampleNotes());

        assertThat(relationships(driver)).isEqualTo(before).hasSizeGreaterThan(100);
        assertThat(GraphState.counts(driver)).isEqualTo(counts);
        assertThat(neo4j.version()).as("answers kept by who owns stay valid").isEqualTo(version);
    }

    private static List<String> relationships(Driver driver) {
        return driver.executableQuery("MATCH ()-[r]->() RETURN elementId(r) + ' ' + type(r) AS r ORDER BY r").execute()
                .records().stream().map(r -> r.get("r").asString()).toList();
    }
}
