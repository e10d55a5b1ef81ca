package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Record;

/**
 * Other communities' whole corpora ingested, and the saved queries a person would ask of them answering from real
 * notes: a team's meetings, a person's meetings, who attended with whom. The answers were checked by reading the
 * notes (the lines are named in each test).
 */
@ExtendWith(EmbeddedGraph.class)
class ForeignCorpusIngestTest {

    private final ApplicationContext context;
    private final Neo4jConnection neo4j;

    ForeignCorpusIngestTest(ApplicationContext context) {
        this.context = context;
        this.neo4j = context.getBean(Neo4jConnection.class);
    }

    private IngestSummary ingest(String corpus) {
        EmbeddedGraph.clear(context);
        Path folder = TestPaths.projectDir().resolveSibling("shared").resolve("foreign-corpora").resolve(corpus);
        return context.getBean(NotesIngest.class).ingest(folder);
    }

    private List<Record> saved(String query, Map<String, Object> params) {
        return neo4j.query(CypherFile.load("queries/" + query + ".cypher").text(), params);
    }

    private long count(String cypher) {
        return neo4j.query(cypher, Map.of()).get(0).get(0).asLong();
    }

    /** What every corpus's graph holds: one meeting or more per note, stubs held apart and attended by nobody. */
    private void wholeAndConsistent(IngestSummary summary, int files) {
        assertThat(summary.read()).isEqualTo(files);
        assertThat(summary.rejected()).hasSizeLessThanOrEqualTo(1);
        assertThat(count("MATCH (m:Meeting) RETURN count(DISTINCT m.source)")).isEqualTo(summary.loaded());
        assertThat(count("MATCH (m:Meeting) WHERE NOT m.held RETURN count(DISTINCT m.source)"))
                .isEqualTo(summary.stubs());
        assertThat(count("MATCH (m:Meeting) WHERE NOT m.held AND EXISTS { (m)<-[:ATTENDED]-() } RETURN count(m)"))
                .isZero();
        assertThat(count("MATCH (m:Meeting) WHERE NOT EXISTS { (m)-[:OF_TEAM]->() } RETURN count(m)")).isZero();
    }

    @Test
    void theWebAssemblyCommunityGroup() {
        IngestSummary summary = ingest("wasm");
        wholeAndConsistent(summary, 778);
        // A third of the files are agendas whose notes were never added, or cancellations.
        assertThat(summary.stubs()).isGreaterThan(100);
        // main/2023/CG-01-31.md: "### Attendees", lines 40-60: Sam Clegg (line 50), Nick Fitzgerald (49), Alon Zakai
        // (56).
        List<Record> main = saved("team-meetings", Map.of("team", "main"));
        Record january31 = main.stream().filter(r -> r.get("date").asLocalDate().toString().equals("2023-01-31"))
                .findFirst().orElseThrow();
        assertThat(january31.get("attendees").asList()).contains("Sam Clegg", "Nick Fitzgerald", "Alon Zakai");
        assertThat(saved("person-meetings", Map.of("person", "Sam Clegg")))
                .extracting(r -> r.get("date").asLocalDate().toString()).contains("2023-01-31");
        assertThat(saved("met-with", Map.of("person", "Sam Clegg"))).extracting(r -> r.get("with").asString())
                .contains("Nick Fitzgerald", "Alon Zakai");
    }

    @Test
    void theNodeJsTechnicalSteeringCommittee() {
        IngestSummary summary = ingest("node-tsc");
        wholeAndConsistent(summary, 399);
        // meetings/2023-02-01.md, "## Present": Beth Griggs @BethGriggs (line 11), Rich Trott @Trott (line 20).
        Record february1 = saved("team-meetings", Map.of("team", "node-tsc")).stream()
                .filter(r -> r.get("date").asLocalDate().toString().equals("2023-02-01")).findFirst().orElseThrow();
        assertThat(february1.get("attendees").asList()).contains("Beth Griggs @BethGriggs (TSC)",
                "Rich Trott @Trott (TSC)");
        // meetings/io.js/*.md are the io.js TC's own meetings: a team of their own.
        assertThat(saved("team-meetings", Map.of("team", "io.js"))).isNotEmpty();
        assertThat(saved("person-meetings", Map.of("person", "Rich Trott")))
                .extracting(r -> r.get("date").asLocalDate().toString()).contains("2023-02-01");
        // The login the notes give ties the person to the handle written elsewhere.
        assertThat(count("MATCH (p:Person {github: 'Trott'}) RETURN count(p)")).isEqualTo(1);
        assertThat(saved("met-with", Map.of("person", "Joyee Cheung"))).extracting(r -> r.get("with").asString())
                .contains("Rich Trott", "Beth Griggs");
    }

    @Test
    void theRustLanguageTeam() {
        IngestSummary summary = ingest("rust-lang");
        wholeAndConsistent(summary, 170);
        // minutes/2022-05-17.md, "## Attendance": "* Others: Mark, Mara, Urgau, compiler-errors" (line 13).
        assertThat(saved("meeting-attendance", Map.of("date", "2022-05-17")).get(0).get("attendees").asList())
                .contains("compiler-errors", "Urgau");
        assertThat(saved("person-meetings", Map.of("person", "compiler-errors")))
                .extracting(r -> r.get("date").asLocalDate().toString()).contains("2022-05-17", "2022-02-01");
        assertThat(saved("met-with", Map.of("person", "compiler-errors"))).extracting(r -> r.get("with").asString())
                .contains("Urgau", "Lokathor");
    }
}
