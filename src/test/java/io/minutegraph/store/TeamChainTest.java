package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * The {@code NEXT} chains are relinked only around the dates a batch touched: after any mix of added, moved,
 * re-teamed and removed meetings, written in batches in random order, each team's chain must still run through all
 * its meetings in date order, exactly as a rebuild from scratch would link them.
 */
@ExtendWith(EmbeddedGraph.class)
class TeamChainTest {

    private static final List<String> TEAMS = List.of("alpha", "beta", "gamma");

    private ApplicationContext context;
    private NoteGraphWriter writer;
    private Driver driver;

    @BeforeEach
    void setUp(ApplicationContext context) {
        this.context = context;
        EmbeddedGraph.clear(context);
        writer = context.getBean(NoteGraphWriter.class);
        driver = context.getBean(Neo4jConnection.class).driver();
    }

    @Test
    void chainsStayInDateOrderThroughRandomBatchesOfChanges() {
        Random random = new Random(7);
        // source → the note as last written; the model the graph must match
        Map<String, NoteGraph> notes = new TreeMap<>();
        for (int round = 0; round < 12; round++) {
            List<NoteGraph> batch = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            int changes = 1 + random.nextInt(15);
            for (int i = 0; i < changes; i++) {
                String source = "n" + random.nextInt(40) + ".md";
                if (notes.containsKey(source) && random.nextInt(4) == 0) {
                    removed.add(source);
                    notes.remove(source);
                    batch.removeIf(n -> n.source().equals(source));
                } else if (!removed.contains(source)) {
                    // a new note, or an old one moved to another date, other teams, or both
                    NoteGraph note = note(source, LocalDate.of(2023, 1, 1).plusDays(random.nextInt(60)),
                            TEAMS.stream().filter(t -> random.nextInt(2) == 0).toList());
                    batch.removeIf(n -> n.source().equals(source));
                    batch.add(note);
                    notes.put(source, note);
                }
            }
            writer.retract(removed);
            writer.write(batch, null);
            for (String team : TEAMS) {
                assertThat(chain(team)).as("round %d, team %s", round, team).isEqualTo(expected(notes, team));
            }
        }
        assertThat(notes).hasSizeGreaterThan(10);
    }

    /** The team's chain as the graph links it, from its first meeting; checks that it has no other links. */
    private List<String> chain(String team) {
        Map<String, String> next = new HashMap<>();
        driver.executableQuery("MATCH (a:Meeting)-[:NEXT {team: $team}]->(b:Meeting) RETURN a.id AS a, b.id AS b")
                .withParameters(Map.of("team", team)).execute().records()
                .forEach(r -> assertThat(next.put(r.get("a").asString(), r.get("b").asString())).isNull());
        List<String> members = driver.executableQuery("""
                        MATCH (m:Meeting)-[:OF_TEAM]->(:Team {name: $team})
                        WHERE NOT EXISTS { (:Meeting)-[:NEXT {team: $team}]->(m) }
                        RETURN m.id AS id""")
                .withParameters(Map.of("team", team)).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
        List<String> chain = new ArrayList<>();
        if (!members.isEmpty()) {
            assertThat(members).as("meetings with no predecessor in " + team).hasSize(1);
            for (String id = members.get(0); id != null; id = next.get(id)) {
                chain.add(id);
            }
        }
        assertThat(chain).hasSize(next.size() + (chain.isEmpty() ? 0 : 1));
        return chain;
    }

    private static List<String> expected(Map<String, NoteGraph> notes, String team) {
        return notes.values().stream()
                .filter(n -> n.teams().stream().anyMatch(t -> t.team().equals(team)))
                .map(NoteGraph::meeting)
                .sorted(java.util.Comparator.comparing(Meeting::date).thenComparing(Meeting::id))
                .map(Meeting::id).toList();
    }

    private static NoteGraph note(String source, LocalDate date, List<String> teams) {
        Meeting meeting = new Meeting(source.replace(".md", ""), source, date, null, null, source, "sha", null, true, "day");
        List<TeamMembership> memberships = teams.stream()
                .map(t -> new TeamMembership(t, new Provenance(source, 3, "- " + t))).toList();
        return new NoteGraph(meeting, memberships, List.of(), List.of(), List.of(), Map.of());
    }
}
