package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.releaseplans.ReleasePlan;
import io.minutegraph.facts.releases.ReleaseMention;
import io.minutegraph.facts.releaseschedules.ReleaseSchedule;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Releases are ordered again only when a batch may have added or removed one: after any mix of notes that mention,
 * plan and schedule releases, stop speaking of them or go, written in batches in random order, the graph must hold
 * exactly the releases some note mentions (a plan or schedule alone does not make a release), chained newer
 * {@code FOLLOWS} older in version order.
 */
@ExtendWith(EmbeddedGraph.class)
class ReleaseChainTest {

    private static final List<String> VERSIONS = List.of("0.9", "0.10", "0.12", "0.14.1", "0.16.3", "1.0");

    private Driver driver;
    private NoteGraphWriter writer;

    @BeforeEach
    void setUp(ApplicationContext context) {
        EmbeddedGraph.clear(context);
        writer = context.getBean(NoteGraphWriter.class);
        driver = context.getBean(Neo4jConnection.class).driver();
    }

    @Test
    void releasesAndTheirOrderFollowTheNotesThroughRandomBatches() {
        RandomBatches.run(writer, new Random(11), 20, 12, ReleaseChainTest::note, this::check);
    }

    private void check(Map<String, NoteGraph> stored, String when) {
        List<String> expected = stored.values().stream().flatMap(n -> FactKinds.RELEASES.in(n).stream())
                .map(ReleaseMention::version).distinct().sorted(Comparator.comparingInt(VERSIONS::indexOf)).toList();
        assertThat(releases()).as(when).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(chain()).as(when).isEqualTo(IntStream.range(1, expected.size())
                .mapToObj(i -> expected.get(i - 1) + " < " + expected.get(i)).toList());
    }

    private List<String> releases() {
        return driver.executableQuery("MATCH (r:Release) RETURN r.version AS v").execute().records().stream()
                .map(r -> r.get("v").asString()).toList();
    }

    private List<String> chain() {
        return driver.executableQuery("""
                        MATCH (newer:Release)-[:FOLLOWS]->(older:Release)
                        RETURN older.version + ' < ' + newer.version AS link""").execute().records().stream()
                .map(r -> r.get("link").asString())
                .sorted(Comparator.comparingInt(link -> VERSIONS.indexOf(link.substring(0, link.indexOf(' ')))))
                .toList();
    }

    /** A note that mentions, plans or schedules up to two releases, or none. */
    private static NoteGraph note(String source, Random random) {
        Meeting meeting = new Meeting(source.replace(".md", ""), source, LocalDate.of(2023, 1, 1 + random.nextInt(28)),
                null, null, source, "sha", null, true, "day");
        Provenance line = new Provenance(source, 7, "- release");
        List<ReleaseMention> mentions = new ArrayList<>();
        List<ReleasePlan> plans = new ArrayList<>();
        List<ReleaseSchedule> schedules = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String version = VERSIONS.get(random.nextInt(VERSIONS.size()));
            switch (random.nextInt(3)) {
                case 0 -> mentions.add(new ReleaseMention("unikraft", version, line));
                case 1 -> plans.add(new ReleasePlan("unikraft", version, "SMP", List.of("SMP"), line));
                default -> schedules.add(new ReleaseSchedule("unikraft", version, "2023-03-01", line));
            }
        }
        return new NoteGraph(meeting, List.of(new TeamMembership("alpha", new Provenance(source, 3, "- alpha"))),
                List.of(), List.of(), List.of(), Map.of(FactKinds.RELEASES.name(), mentions,
                        FactKinds.RELEASE_PLANS.name(), plans, FactKinds.RELEASE_SCHEDULES.name(), schedules));
    }
}
