package io.minutegraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.store.Neo4jConnection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The warm-up {@code serve} runs once the notes are in: it asks every root field and every relationship but the four
 * that can read a large part of the graph at once (the meetings of a team, a feature, a release and an event), and
 * writes nothing.
 */
@ExtendWith(EmbeddedGraph.class)
class GraphQLWarmUpTest {

    private static final Set<String> LEFT_COLD = Set.of("Team.meetings", "Feature.meetings", "Release.meetings",
            "Event.meetings");

    @Test
    void asksEveryFieldButTheHeavyRelationshipsAndChangesNothing(ApplicationContext context) {
        EmbeddedGraph.clear(context);
        assertThat(context.getBean(NotesIngest.class).ingest(TestPaths.sampleNotes()).loaded()).isEqualTo(5);
        Neo4jConnection neo4j = context.getBean(Neo4jConnection.class);
        GraphData data = context.getBean(GraphData.class);
        var counts = GraphState.counts(neo4j.driver());
        String version = neo4j.version();
        Map<String, Long> before = data.statementsByField();

        assertThat(context.getBean(GraphQLWarmUp.class).run()).isTrue();

        Map<String, Long> after = data.statementsByField();
        Set<String> asked = new TreeSet<>();
        after.forEach((field, count) -> {
            if (count > before.getOrDefault(field, 0L)) {
                asked.add(field);
            }
        });
        Set<String> expected = new TreeSet<>(data.relationFields());
        expected.removeAll(LEFT_COLD);
        expected.addAll(Set.of("Query.meetings", "Query.people", "Query.person", "Query.track", "Query.search",
                "Query.releases", "Query.events"));
        assertThat(asked).isEqualTo(expected);
        assertThat(GraphState.counts(neo4j.driver())).isEqualTo(counts);
        assertThat(neo4j.version()).isEqualTo(version);
    }
}
