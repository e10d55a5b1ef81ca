package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import java.nio.file.Path;
import java.util.HashMap;
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
    private final GraphSessions neo4j;

    ForeignCorpusIngestTest(ApplicationContext context) {
        this.context = context;
        this.neo4j = context.getBean(GraphSessions.class);
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
        // wasi/2023/WASI-11-30.md, line 280: "### Vote: advance wasi-http to Phase 3", its table SF 15, F 8, N 0, A 0,
        // SA 0 below, then "Pat Hickey: The vote passes."
        Record http = decision("wasi-http", "2023-01-01", "wasi/2023/WASI-11-30.md", 280);
        assertThat(http.get("kind").asString()).isEqualTo("poll");
        assertThat(http.get("outcome").asString()).isEqualTo("passed");
        assertThat(http.get("votes").asList(v -> v.get("vote").asString() + " " + v.get("count").asInt()))
                .containsExactly("SF 15", "F 8", "N 0", "A 0", "SA 0");
        assertThat(saved("decisions-about", params("about", "wasi-http", "since", "2024-01-01")))
                .noneMatch(r -> r.get("date").asString().startsWith("2023"));
        // The same poll in wasi-http's history: its stage change and the decision, cited at the same line.
        assertThat(history("wasi-http")).contains("2023-11-30 stage phase 3 passed wasi/2023/WASI-11-30.md:280",
                "2023-11-30 poll - passed wasi/2023/WASI-11-30.md:280");
        // main/2025/CG-01-28.md, line 136: "PD: I'll do a diagram and post it in the repo." (Paul Dennis)
        assertThat(open("Paul Dennis")).contains("main/2025/CG-01-28.md:136");
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
        // meetings/2021-12-16.md, under "* Managing feature requests #41113": "No objections from those to closing
        // after 6 months." (line 41)
        Record requests = decision("feature requests", null, "meetings/2021-12-16.md", 41);
        assertThat(requests.get("kind").asString()).isEqualTo("consensus");
        assertThat(requests.get("about").asString()).contains("Managing feature requests");
        // Its proposal's history: the issue linked on line 38, the decision on line 41.
        assertThat(history("nodejs/node#41113")).contains("2021-12-16 discussed - - meetings/2021-12-16.md:38",
                "2021-12-16 consensus - - meetings/2021-12-16.md:41");
        // meetings/2023-07-19.md, line 64: "Rich will open issue in CPC repo with the request."; newest first.
        List<String> rich = open("Rich Trott");
        assertThat(rich).contains("meetings/2023-07-19.md:64", "meetings/2022-02-03.md:44");
        assertThat(rich.indexOf("meetings/2023-07-19.md:64")).isLessThan(rich.indexOf("meetings/2022-02-03.md:44"));
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
        // minutes/2021-06-15.md, line 151: "* Consensus:" over "Allow matching exact target triple", under the
        // agenda item of "RFC: Add target configuration" rfcs#2991; minutes/2021-06-22.md, line 114, a week later.
        assertThat(decision("rfcs#2991", null, "minutes/2021-06-15.md", 151).get("kind").asString())
                .isEqualTo("consensus");
        assertThat(saved("decisions-about", params("about", "rfcs#2991", "since", "2021-06-20")))
                .extracting(r -> r.get("source").asString() + ":" + r.get("line").asInt())
                .contains("minutes/2021-06-22.md:114").doesNotContain("minutes/2021-06-15.md:151");
        // RFC 2991's history: linked on line 127 of minutes/2021-06-15.md, decided on there and a week later.
        assertThat(history("rfcs#2991")).contains("2021-06-15 discussed - - minutes/2021-06-15.md:127",
                "2021-06-15 consensus - - minutes/2021-06-15.md:151", "2021-06-22 decision - - minutes/2021-06-22.md:114");
        // minutes/2022-08-16.md: "ACTION ITEM: nikomatsakis to add comment (done)" (line 497) is done; "ACTION ITEM:
        // nikomatsakis to do the above." (line 517) is not.
        assertThat(open("niko")).contains("minutes/2022-08-16.md:517").doesNotContain("minutes/2022-08-16.md:497");
    }

    /** The decision recorded at this line, among those about the words asked (since a date, or null). */
    private Record decision(String about, String since, String source, int line) {
        return saved("decisions-about", params("about", about, "since", since)).stream()
                .filter(r -> r.get("source").asString().equals(source) && r.get("line").asInt() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no decision about " + about + " at " + source
                        + ":" + line));
    }

    /** A proposal's history, oldest first: date, what, stage, outcome and file:line of each row. */
    private List<String> history(String proposal) {
        return saved("proposal-history", Map.of("proposal", proposal)).stream()
                .map(r -> r.get("date").asString() + " " + r.get("what").asString() + " "
                        + r.get("stage").asString("-") + " " + r.get("outcome").asString("-") + " "
                        + r.get("source").asString() + ":" + r.get("line").asInt()).toList();
    }

    /** A person's open action items, newest first, as file:line. */
    private List<String> open(String person) {
        return saved("person-open-action-items", Map.of("person", person)).stream()
                .map(r -> r.get("source").asString() + ":" + r.get("line").asInt()).toList();
    }

    private static Map<String, Object> params(String... keysAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }
}
