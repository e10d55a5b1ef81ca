package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.notes.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** The whole shared corpus (282 real notes) in a real embedded Neo4j, and every Cypher file run against it. */
@ExtendWith(EmbeddedGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusIngestTest {

    private static final Pattern PARAM = Pattern.compile("^//\\s*@param\\s+(\\w+):\\s*(.+)$", Pattern.MULTILINE);

    private final ApplicationContext context;
    private final Driver driver;
    private IngestSummary first;

    CorpusIngestTest(ApplicationContext context) {
        this.context = context;
        this.driver = context.getBean(Neo4jConnection.class).driver();
    }

    @BeforeAll
    void ingestCorpus() {
        EmbeddedGraph.clear(context);
        first = context.getBean(NotesIngest.class).ingest(TestPaths.corpus());
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @Test
    void everyDatedNoteBecomesAMeeting() throws IOException {
        assertThat(first.read()).isEqualTo(282);
        // A list of topics with no date in its front matter, path, title or text: no meeting.
        assertThat(first.rejected()).extracting(Rejection::source)
                .containsExactly("discussions/maintainers/2022/topics.md");
        assertThat(first.rejected().get(0).reason()).startsWith("no meeting date");
        assertThat(first.loaded()).isEqualTo(281);

        long withFrontMatter;
        try (Stream<Path> files = Files.walk(TestPaths.corpus())) {
            withFrontMatter = files.filter(f -> f.toString().endsWith(".md")).filter(f -> {
                try {
                    return Files.readString(f).startsWith("---\n");
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).count();
        }
        assertThat(count("MATCH (m:Meeting) RETURN count(m)")).isEqualTo(withFrontMatter).isEqualTo(281);
        assertThat(count("MATCH (m:Meeting) WHERE m.date IS NULL OR m.source IS NULL OR m.sha256 IS NULL"
                + " RETURN count(m)")).isZero();
        // Every attendance keeps its provenance.
        assertThat(count("MATCH ()-[a:ATTENDED]->() WHERE a.source IS NULL OR a.line IS NULL OR a.evidence IS NULL"
                + " RETURN count(a)")).isZero();
        // A team of n meetings has n - 1 NEXT links.
        assertThat(count("""
                MATCH (t:Team)<-[:OF_TEAM]-(m:Meeting)
                WITH t, count(m) AS meetings
                OPTIONAL MATCH (:Meeting)-[n:NEXT {team: t.name}]->(:Meeting)
                WITH t, meetings, count(n) AS links WHERE links <> meetings - 1
                RETURN count(t)""")).isZero();
        assertThat(count("MATCH (t:Team) RETURN count(t)")).isGreaterThan(20);
    }

    @Test
    void aSecondIngestChangesNoCounts() {
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        IngestSummary second = context.getBean(NotesIngest.class).ingest(TestPaths.corpus());
        // Nothing changed: no note is extracted again.
        assertThat(second.unchanged()).isEqualTo(first.loaded());
        assertThat(second.loaded()).isZero();
        assertThat(second.removed()).isZero();
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }

    @Test
    void everyCypherFileRunsAgainstTheCorpus() throws IOException {
        Path cypherDir = TestPaths.projectDir().resolve("cypher");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cypherDir)) {
            files = walk.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        JsonMapper json = context.getBean(JsonMapper.class);
        for (Path file : files) {
            String text = Files.readString(file);
            String name = cypherDir.relativize(file).toString();
            assertThat(text).as(name + " says what it is for").startsWith("//");
            Map<String, Object> params = new LinkedHashMap<>();
            Matcher m = PARAM.matcher(text);
            while (m.find()) {
                // A saved query's parameters are what its guide slide runs, `:param name => value`: Cypher values.
                params.put(m.group(1), name.startsWith("queries/")
                        ? driver.executableQuery("RETURN " + m.group(2) + " AS value").execute().records().get(0)
                                .get("value").asObject()
                        : json.readValue(m.group(2), Argument.of(Object.class)));
            }
            // Run each file, statement by statement, in a transaction that is rolled back: files that write
            // (the store's) leave the corpus graph as it was.
            try (var session = driver.session(); var tx = session.beginTransaction()) {
                List<Record> rows = List.of();
                for (String statement : new CypherFile(name, text).statements()) {
                    rows = tx.run(statement, params).list();
                }
                if (name.startsWith("queries/")) {
                    assertThat(rows).as(name + " answers something on the corpus").isNotEmpty();
                }
                tx.rollback();
            }
        }
    }

    @Test
    void savedQueriesGiveKnownAnswers() {
        // discussions/community/2023/2023-01-06.md lists 13 participants, AlexJ first. 27 notes name the vmm team.
        CypherFile attendance = CypherFile.load("queries/meeting-attendance.cypher");
        Record day = driver.executableQuery(attendance.text())
                .withParameters(Map.of("date", "2023-01-06")).execute().records().get(0);
        assertThat(day.get("source").asString()).isEqualTo("discussions/community/2023/2023-01-06.md");
        assertThat(day.get("attendees").asList()).hasSize(13).first().isEqualTo("AlexJ");
        assertThat(day.get("unresolved").asList()).isEmpty();
        // discussions/baremetal/2023-12-13.md lists "RaduN": Radu Nichita or Radu Niculae, the note does not say.
        Record open = driver.executableQuery(attendance.text())
                .withParameters(Map.of("date", "2023-12-13")).execute().records().get(0);
        assertThat(open.get("unresolved").asList()).containsExactly("RaduN");
        assertThat(open.get("attendees").asList()).doesNotContain("RaduN");

        // discussions/community/2022/2022-03-31.md plans hackathons in Lyon (May 14-15, 2022) and Aachen.
        List<Record> events = driver.executableQuery(CypherFile.load("queries/events-by-year.cypher").text())
                .withParameters(Map.of("year", "2022")).execute().records();
        assertThat(events).extracting(r -> r.get("event").asString()).contains("Lyon hackathon", "Aachen hackathon",
                "GSoC", "FOSDEM");
        assertThat(events).filteredOn(r -> r.get("event").asString().equals("Lyon hackathon")).singleElement()
                .satisfies(r -> assertThat(r.get("date").asString()).isEqualTo("2022-05-14"));
        // discussions/community/2022/2022-04-21.md: "* ARM (RăzvanV, Michalis)" among the technical tracks.
        List<Record> arm = driver.executableQuery(CypherFile.load("queries/track-owners.cypher").text())
                .withParameters(Map.of("track", "arm")).execute().records();
        assertThat(arm).extracting(r -> r.get("owner").asString()).contains("RăzvanV");
        assertThat(arm).filteredOn(r -> r.get("owner").asString().equals("RăzvanV")).first()
                .satisfies(r -> assertThat(r.get("evidence").asList()).anyMatch(e ->
                        e.equals("discussions/community/2022/2022-04-21.md:27")));
        // The track is asked for folded as track ids are: case, punctuation and diacritics aside.
        assertThat(driver.executableQuery(CypherFile.load("queries/track-owners.cypher").text())
                .withParameters(Map.of("track", " Ârm.")).execute().records())
                .extracting(r -> r.get("track").asString() + " " + r.get("owner").asString())
                .containsExactlyInAnyOrderElementsOf(arm.stream().map(r -> r.get("track").asString() + " "
                        + r.get("owner").asString()).toList());
        // Releases in version order, Unikraft's and KraftKit's apart.
        List<Record> releases = driver.executableQuery(CypherFile.load("queries/releases.cypher").text())
                .execute().records();
        assertThat(releases).extracting(r -> r.get("product").asString() + " " + r.get("version").asString())
                .containsSubsequence("unikraft 0.9", "unikraft 0.10", "unikraft 0.12", "unikraft 1.0")
                .contains("kraftkit 0.4").doesNotContain("unikraft 0.4", "unikraft 7.0.11", "unikraft 20.4");

        // discussions/community/2023/2023-02-10.md:48-56: "### Plans for Release 0.13", "Release 0.13 will happen on
        // Monday, May 1, 2023.", then the items; 2023-05-15.md:34 moves it to the day of that meeting.
        Record plans = driver.executableQuery(CypherFile.load("queries/release-plans.cypher").text())
                .withParameters(Map.of("version", "0.13")).execute().records().get(0);
        assertThat(plans.get("items").asList(v -> v.get("item").asString())).contains("ukfdtab", "uksignal");
        assertThat(plans.get("items").asList(v -> v.get("source").asString() + ":" + v.get("line").asInt()))
                .contains("discussions/community/2023/2023-02-10.md:54");
        assertThat(plans.get("dates").asList(v -> v.get("date").asString())).contains("2023-05-01", "2023-05-15");
        // discussions/community/2023/2023-06-05.md:32: "- plat re-arch (Marc, Michalis, Simon, ...): READY TO START"
        List<Record> status = driver.executableQuery(CypherFile.load("queries/track-status.cypher").text())
                .withParameters(Map.of("track", "plat re-arch")).execute().records();
        assertThat(status).extracting(r -> r.get("status").asString() + " " + r.get("evidence").asString())
                .contains("READY TO START discussions/community/2023/2023-06-05.md:32");

        // "Who owns plat re-arch" as Browser asks it, with its evidence: the status list of
        // discussions/community/2023/2023-06-05.md:32 names Marc and Michalis.
        Map<String, Object> platReArch = Map.of("tracks", List.of(Map.of("track", "plat re-arch",
                "terms", List.of("Plat re-arch", "plat rearch"))), "asOf", "2024-03-25");
        List<Record> owners = rows("who-owns", platReArch);
        assertThat(owners).extracting(r -> r.get("person").asString()).first()
                .isIn("michalis-pappas", "marc-rittinghaus");
        assertThat(owners).filteredOn(r -> r.get("person").asString().equals("marc-rittinghaus")).singleElement()
                .satisfies(r -> assertThat(r.get("evidence").asList(e -> e.get("source").asString() + ":"
                        + e.get("line").asInt())).contains("discussions/community/2023/2023-06-05.md:32"));
        assertThat(rows("tracks", Map.of("asOf", "2024-03-25"))).filteredOn(r -> r.get("id").asString()
                .equals("plat re arch")).singleElement().satisfies(r -> assertThat(r.get("lastActivity").asString())
                        .isEqualTo("2023-06-05"));
        // Simon Kuenzer attends from 2021 to 2024; the latest meeting of the corpus is 2024-03-25.
        Record simon = rows("person-profile", Map.of("person", "simon-kuenzer")).get(0);
        assertThat(simon.get("meetings").asInt()).isGreaterThan(50);
        assertThat(simon.get("firstSeen").asString()).startsWith("2021");
        assertThat(rows("people-last-seen", Map.of("people", List.of("simon-kuenzer"), "asOf", "2024-12-31")))
                .singleElement().satisfies(r -> assertThat(r.get("lastSeen").asString()).startsWith("2024"));
        assertThat(rows("latest-meeting", Map.of()).get(0).get("latest").asString()).isEqualTo("2024-03-25");
        assertThat(rows("track-names", Map.of())).extracting(r -> r.get("name").asString()).contains("SMP", "smp");
        assertThat(rows("timeline", Map.of("terms", List.of("smp")))).extracting(r -> r.get("month").asString())
                .contains("2023-01", "2023-05");
        // The quarter's leader is mentioned by as many meetings of that quarter as a direct count says, and the
        // five of a quarter come in order.
        List<Record> quarter = rows("topics-per-quarter", Map.of()).stream()
                .filter(r -> r.get("quarter").asString().equals("2023-Q1")).toList();
        assertThat(quarter).hasSize(5).extracting(r -> r.get("meetings").asInt())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(driver.executableQuery("MATCH (m:Meeting)-[:MENTIONS]->(:Feature {name: $name})"
                        + " WHERE date('2023-01-01') <= m.date < date('2023-04-01') RETURN count(DISTINCT m)")
                .withParameters(Map.of("name", quarter.get(0).get("feature").asString())).execute().records().get(0)
                .get(0).asLong()).isEqualTo(quarter.get(0).get("meetings").asLong());
        // discussions/community/2023/2023-01-06.md records action items; as of 2023-02-10 they are still open, and
        // nothing open is older than two months or newer than that day.
        List<Record> openItems = rows("open-action-items", Map.of("asOf", "2023-02-10"));
        assertThat(openItems).flatExtracting(r -> r.get("items").asList(v -> v.get("source").asString()))
                .contains("discussions/community/2023/2023-01-06.md");
        assertThat(openItems).flatExtracting(r -> r.get("items").asList(v -> v.get("date").asString()))
                .allSatisfy(d -> assertThat(d).isBetween("2022-12-10", "2023-02-10"));

        // The older saved queries: the corpus's 281 meetings; RăzvanD is listed on line 9 of
        // discussions/community/2023/2023-06-28.md and owns items there; the vmm team met 27 times, in date order;
        // the most covered topic is covered by as many meetings as a direct count says.
        assertThat(rows("graph-overview", Map.of())).filteredOn(r -> r.get("label").asString().equals("Meeting"))
                .singleElement().satisfies(r -> assertThat(r.get("nodes").asLong()).isEqualTo(281));
        assertThat(rows("person-meetings", Map.of("person", "RăzvanD")))
                .extracting(r -> r.get("source").asString() + ":" + r.get("line").asInt())
                .contains("discussions/community/2023/2023-06-28.md:9");
        assertThat(rows("person-action-items", Map.of("person", "RăzvanD"))).extracting(r -> r.get("source").asString())
                .contains("discussions/community/2023/2023-06-28.md");
        List<Record> vmmMeetings = rows("team-meetings", Map.of("team", "vmm"));
        assertThat(vmmMeetings).hasSize(27).extracting(r -> r.get("date").asLocalDate())
                .isSortedAccordingTo(Comparator.naturalOrder());
        Record topTopic = rows("topics-by-meetings", Map.of()).get(0);
        assertThat(driver.executableQuery("MATCH (m:Meeting)-[:COVERS]->(:Topic {name: $name}) RETURN count(m)")
                .withParameters(Map.of("name", topTopic.get("topic").asString())).execute().records().get(0).get(0)
                .asLong()).isEqualTo(topTopic.get("meetings").asLong());

        List<Record> vmm = driver.executableQuery(CypherFile.load("queries/team-activity.cypher").text())
                .execute().records();
        assertThat(vmm).filteredOn(r -> r.get("team").asString().equals("vmm")).singleElement()
                .satisfies(r -> assertThat(r.get("meetings").asLong()).isEqualTo(27));
    }

    private List<Record> rows(String query, Map<String, Object> params) {
        return driver.executableQuery(CypherFile.load("queries/" + query + ".cypher").text()).withParameters(params)
                .execute().records();
    }
}
