package io.minutegraph.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.store.GraphSessions;
import io.minutegraph.store.Neo4jConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * "Who owns" keeps each answer with the graph's version: the same question is answered again without reading the
 * evidence until something is written through Minutegraph, and then it reads the new graph. {@code limit} cuts the
 * answer, not the ranking.
 */
@ExtendWith(EmbeddedGraph.class)
class KeptAnswersTest {

    private static final String NOTE = "maintainers-2024-03-04.md";
    private static final String TODO = "CC: Look into this week: nightly builds.";

    private static List<String> people(OwnersAnswer answer) {
        return answer.owners().stream().map(o -> o.person().id()).toList();
    }

    @Test
    void anAnswerHoldsUntilTheNextWriteAndLimitCutsIt(ApplicationContext context, @TempDir Path folder)
            throws IOException {
        EmbeddedGraph.clear(context);
        for (Path note : Files.list(TestPaths.sampleNotes()).toList()) {
            Files.copy(note, folder.resolve(note.getFileName()));
        }
        NotesIngest ingest = context.getBean(NotesIngest.class);
        OwnersService owners = context.getBean(OwnersService.class);
        GraphSessions neo4j = context.getBean(GraphSessions.class);
        Driver driver = context.getBean(Neo4jConnection.class).driver();
        ingest.ingest(folder);
        // The sample's TODOs give nightly builds to CC (Cezar Craciunoiu).
        OwnersAnswer before = owners.owners("nightly builds", null);
        assertThat(people(before)).hasSize(1);
        String assignee = people(before).get(0);
        String version = neo4j.version();

        // A TODO added to the note, ingested: the next answer reads the new graph.
        Path note = folder.resolve(NOTE);
        Files.writeString(note,
                Files.readString(note).replace(TODO, TODO + "\n\nRD: Run the nightly builds on arm64."));
        ingest.ingest(folder);
        assertThat(neo4j.version()).isNotEqualTo(version);
        OwnersAnswer after = owners.owners("nightly builds", null);
        assertThat(people(after)).hasSize(2).contains(assignee);
        String newcomer = people(after).stream().filter(p -> !p.equals(assignee)).findFirst().orElseThrow();

        // A hand edit that bypasses Minutegraph does not change the version, so the kept answer is given...
        driver.executableQuery("""
                MATCH (a:ActionItem) WHERE a.lower CONTAINS 'nightly builds'
                MATCH (p:Person) WHERE NOT p.id IN $known
                WITH a, p ORDER BY p.id LIMIT 1
                CREATE (a)-[:ASSIGNED_TO]->(p)""").withParameters(Map.of("known", List.of(assignee, newcomer)))
                .execute();
        assertThat(people(owners.owners("nightly builds", null))).isEqualTo(people(after));
        // ... until anything is written through it.
        neo4j.write(tx -> { });
        OwnersAnswer third = owners.owners("nightly builds", null);
        assertThat(third.candidates()).isEqualTo(3);

        // limit: the first owners of the same ranking, and the count of them all.
        OwnersAnswer one = owners.owners("nightly builds", null, 1);
        assertThat(people(one)).isEqualTo(people(third).subList(0, 1));
        assertThat(one.candidates()).isEqualTo(3);
        assertThat(one.remarks()).isEqualTo(third.remarks());
        assertThatThrownBy(() -> owners.owners("nightly builds", null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
