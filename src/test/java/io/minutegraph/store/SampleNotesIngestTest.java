package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.GraphState;
import io.minutegraph.TestPaths;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.people.PeopleSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** The five sample notes in notes/, loaded into a real embedded Neo4j. */
@ExtendWith(EmbeddedGraph.class)
class SampleNotesIngestTest {

    private final ApplicationContext context;
    private final Driver driver;
    private final NotesIngest ingest;

    SampleNotesIngestTest(ApplicationContext context) {
        this.context = context;
        this.driver = context.getBean(Neo4jConnection.class).driver();
        this.ingest = context.getBean(NotesIngest.class);
    }

    @BeforeEach
    void emptyGraph() {
        EmbeddedGraph.clear(context);
    }

    private List<Record> query(String cypher, Map<String, Object> params) {
        return driver.executableQuery(cypher).withParameters(params).execute().records();
    }

    private Map<String, Long> counts() {
        return Map.of(
                "nodes", query("MATCH (n) RETURN count(n) AS c", Map.of()).get(0).get("c").asLong(),
                "relationships", query("MATCH ()-[r]->() RETURN count(r) AS c", Map.of()).get(0).get("c").asLong());
    }

    @Test
    void loadsTheMeetingsTeamsAndAttendanceTheNotesState() {
        IngestSummary summary = ingest.ingest(TestPaths.sampleNotes());
        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.loaded()).isEqualTo(5);
        assertThat(summary.rejected()).isEmpty();

        List<Record> meetings = query("""
                MATCH (m:Meeting)-[:OF_TEAM]->(t:Team)
                RETURN m.id AS id, toString(m.date) AS date, t.name AS team ORDER BY date""", Map.of());
        assertThat(meetings).extracting(r -> r.get("date").asString() + " " + r.get("team").asString()).containsExactly(
                "2022-03-31 community", "2023-01-06 community", "2023-10-25 community", "2024-03-04 maintainers",
                "2025-01-08 toc");

        List<Record> attended = query("""
                MATCH (p:Person)-[a:ATTENDED]->(m:Meeting {date: date('2024-03-04')})
                RETURN a.as AS as, p.id AS id, a.line AS line, a.source AS source ORDER BY line""", Map.of());
        assertThat(attended).extracting(r -> r.get("as").asString())
                .containsExactly("Simon", "Sergiu", "Cezar", "ȘtefanJ", "RăzvanD");
        assertThat(attended.get(0).get("source").asString()).isEqualTo("maintainers-2024-03-04.md");
        assertThat(attended.get(0).get("line").asInt()).isEqualTo(9);

        Record razvan = query("MATCH (p:Person {id: 'razvand'})-[:ATTENDED]->(m) RETURN p.name AS name,"
                + " p.aliases AS aliases, count(m) AS meetings", Map.of()).get(0);
        assertThat(razvan.get("meetings").asLong()).isEqualTo(4);
        assertThat(razvan.get("aliases").asList()).containsExactly("RăzvanD");

        Record meeting = query("MATCH (m:Meeting {id: 'community-2023-01-06'}) RETURN m", Map.of()).get(0);
        assertThat(meeting.get("m").asMap()).containsEntry("title", "Community Gathering, January 6, 2023")
                .containsEntry("source", "community-2023-01-06.md").containsKey("sha256").containsKey("datetime");
    }

    @Test
    void chainsATeamsMeetingsInDateOrder() {
        ingest.ingest(TestPaths.sampleNotes());
        List<Record> chain = query("""
                MATCH (a:Meeting)-[:NEXT {team: 'community'}]->(b:Meeting)
                RETURN toString(a.date) + ' -> ' + toString(b.date) AS link ORDER BY link""", Map.of());
        assertThat(chain).extracting(r -> r.get("link").asString())
                .containsExactly("2022-03-31 -> 2023-01-06", "2023-01-06 -> 2023-10-25");
        assertThat(query("MATCH ()-[n:NEXT]->() RETURN count(n) AS c", Map.of()).get(0).get("c").asLong())
                .isEqualTo(2);
    }

    @Test
    void topicsComeFromSectionHeadings() {
        ingest.ingest(TestPaths.sampleNotes());
        List<Record> topics = query("""
                MATCH (:Meeting {id: 'community-2022-03-31'})-[c:COVERS]->(t:Topic)
                RETURN t.name AS name, c.line AS line, c.evidence AS evidence ORDER BY line LIMIT 1""", Map.of());
        assertThat(topics.get(0).get("name").asString()).isEqualTo("Post 0.8 release");
        assertThat(topics.get(0).get("line").asInt()).isEqualTo(30);
        assertThat(topics.get(0).get("evidence").asString()).isEqualTo("### Post 0.8 release");
    }

    @Test
    void ingestingTwiceChangesNothing() {
        ingest.ingest(TestPaths.sampleNotes());
        Map<String, Long> first = counts();
        ingest.ingest(TestPaths.sampleNotes());
        assertThat(counts()).isEqualTo(first);
    }

    @Test
    void reingestingAChangedNoteReplacesExactlyWhatItContributed(@TempDir Path dir) throws IOException {
        GraphState.copyNotes(TestPaths.sampleNotes(), dir);
        ingest.ingest(dir);
        Map<String, Long> before = counts();

        Path note = dir.resolve("maintainers-2024-03-04.md");
        String original = Files.readString(note);
        // Cezar leaves, a newcomer arrives, the meeting moves to the toc team and gets a new section.
        Files.writeString(note, original.replace("- Cezar\n", "- Newcomer\n")
                .replace("- maintainers\n", "- toc\n") + "\n### Brand new topic\n");
        IngestSummary summary = ingest.ingest(dir);
        assertThat(summary.loaded()).isEqualTo(5);

        assertThat(query("MATCH (p:Person)-[:ATTENDED]->(:Meeting {id: 'maintainers-2024-03-04'})"
                + " RETURN collect(p.id) AS ids", Map.of()).get(0).get("ids").asList())
                .containsExactlyInAnyOrder("simon", "sergiu", "newcomer", "stefanj", "razvand");
        // Cezar still attended other meetings, so he stays; the maintainers team had only this meeting, so it goes.
        assertThat(query("MATCH (p:Person {id: 'cezar'}) RETURN count(p) AS c", Map.of()).get(0).get("c").asLong())
                .isEqualTo(1);
        assertThat(query("MATCH (t:Team {name: 'maintainers'}) RETURN count(t) AS c", Map.of()).get(0).get("c")
                .asLong()).isZero();
        assertThat(query("MATCH (a)-[:NEXT {team: 'toc'}]->(b) RETURN a.id AS a, b.id AS b", Map.of()))
                .extracting(r -> r.get("a").asString() + " -> " + r.get("b").asString())
                .containsExactly("maintainers-2024-03-04 -> toc-2025-01-08");

        // Restoring the note restores the graph exactly.
        Files.writeString(note, original);
        ingest.ingest(dir);
        assertThat(counts()).isEqualTo(before);
        assertThat(query("MATCH (p:Person {id: 'newcomer'}) RETURN count(p) AS c", Map.of()).get(0).get("c")
                .asLong()).isZero();
    }

    @Test
    void onlyChangedNotesAreExtractedAndRemovedOnesAreRetracted(@TempDir Path dir) throws IOException {
        GraphState.copyNotes(TestPaths.sampleNotes(), dir);
        assertThat(ingest.ingest(dir).loaded()).isEqualTo(5);
        Map<String, Long> full = counts();

        // Unchanged: nothing extracted again, nothing changed.
        IngestSummary again = ingest.ingest(dir);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.loaded()).isZero();
        assertThat(counts()).isEqualTo(full);

        // One note edited in a way that settles nothing about people or releases: that note only.
        Path edited = dir.resolve("community-2023-10-25.md");
        Files.writeString(edited, Files.readString(edited) + "\nThe notes were reviewed.\n");
        IngestSummary one = ingest.ingest(dir);
        assertThat(one.loaded()).isEqualTo(1);
        assertThat(one.unchanged()).isEqualTo(4);
        assertThat(query("MATCH (m:Meeting {source: 'community-2023-10-25.md'}) RETURN m.sha256 AS h", Map.of())
                .get(0).get("h").asString()).isEqualTo(NoteReader.sha256(Files.readAllBytes(edited)));

        // A note renamed is the same meeting under its new name, not a second one.
        long meetings = query("MATCH (m:Meeting) RETURN count(m) AS c", Map.of()).get(0).get("c").asLong();
        Files.move(dir.resolve("toc-2025-01-08.md"), dir.resolve("toc-2025-01-08-renamed.md"));
        IngestSummary renamed = ingest.ingest(dir);
        assertThat(renamed.removed()).isEqualTo(1);
        assertThat(query("MATCH (m:Meeting) RETURN collect(m.source) AS s", Map.of()).get(0).get("s").asList())
                .hasSize((int) meetings).contains("toc-2025-01-08-renamed.md").doesNotContain("toc-2025-01-08.md");

        // A note deleted takes its facts along; what other notes support stays.
        Files.delete(dir.resolve("toc-2025-01-08-renamed.md"));
        IngestSummary removed = ingest.ingest(dir);
        assertThat(removed.removed()).isEqualTo(1);
        assertThat(removed.describe()).contains("removed: 1");
        assertThat(query("MATCH (m:Meeting) RETURN count(m) AS c", Map.of()).get(0).get("c").asLong())
                .isEqualTo(meetings - 1);
        assertThat(query("MATCH (t:Team {name: 'toc'}) RETURN count(t) AS c", Map.of()).get(0).get("c").asLong())
                .isZero();
    }

    @Test
    void aBrokenNoteIsReportedAndTheOthersLoad(@TempDir Path dir) throws IOException {
        GraphState.copyNotes(TestPaths.sampleNotes(), dir);
        Files.writeString(dir.resolve("broken-2024-05-05.md"), "---\ntitle: [oops\n---\n");
        IngestSummary summary = ingest.ingest(dir);
        assertThat(summary.read()).isEqualTo(6);
        assertThat(summary.loaded()).isEqualTo(5);
        assertThat(summary.exitCode()).isEqualTo(2);
        assertThat(summary.rejected()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("broken-2024-05-05.md");
            assertThat(r.reason()).startsWith("invalid YAML front matter at line 2");
        });
        assertThat(summary.describe()).contains("rejected broken-2024-05-05.md: invalid YAML");
    }

    @Test
    void speakersAndDeclaredMaintainersAreLinkedToThePeopleWhoAttend() {
        Path governance = TestPaths.projectDir().resolveSibling("shared").resolve("governance/teams");
        PeopleSources sources = context.getBean(io.minutegraph.ingest.PeopleConfig.class).sources(governance, null);
        ingest.ingest(TestPaths.sampleNotes(), sources);

        // "SK: Maybe move it out part of re arch." in the maintainers meeting: Simon, listed as "Simon".
        List<Record> spoke = query("""
                MATCH (p:Person)-[s:SPOKE_AT]->(:Meeting {id: 'maintainers-2024-03-04'})
                RETURN p.id AS id, s.as AS as, s.line AS line, s.evidence AS evidence ORDER BY line LIMIT 1""", Map.of());
        assertThat(spoke.get(0).get("id").asString()).isEqualTo("simon-kuenzer");
        assertThat(spoke.get(0).get("as").asString()).isEqualTo("SK");
        assertThat(spoke.get(0).get("evidence").asString()).startsWith("SK: Maybe move it out");
        assertThat(query("MATCH (p:Person {id: 'simon-kuenzer'})-[:ATTENDED]->(m) RETURN count(m) AS c", Map.of())
                .get(0).get("c").asLong()).isPositive();

        // sig-core declares Simon Kuenzer a maintainer and Cezar Craciunoiu a reviewer: the same nodes that attend.
        assertThat(query("""
                MATCH (p:Person)-[r:MAINTAINS|REVIEWS]->(:Team {name: 'sig-core'})
                RETURN p.id + ' ' + type(r) AS role""", Map.of())).extracting(r -> r.get("role").asString())
                .contains("simon-kuenzer MAINTAINS", "razvan-deaconescu MAINTAINS", "cezar-craciunoiu REVIEWS");
        Record cezar = query("MATCH (p:Person {id: 'cezar-craciunoiu'}) RETURN p", Map.of()).get(0);
        assertThat(cezar.get("p").asMap()).containsEntry("github", "craciunoiuc")
                .containsEntry("name", "Cezar Craciunoiu");
        assertThat(query("MATCH (p:Person {id: 'cezar-craciunoiu'})-[:ATTENDED]->(m) RETURN count(m) AS c", Map.of())
                .get(0).get("c").asLong()).isPositive();
    }

    @Test
    void actionItemsAreRecordedAndAssignedWithProvenance() {
        ingest.ingest(TestPaths.sampleNotes());
        // community-2023-01-06.md: "RD/AJ: Post on social media on Unikraft hackathon happening on Saturday, ..."
        List<Record> posted = query("""
                MATCH (:Meeting {id: 'community-2023-01-06'})-[r:RECORDED]->(a:ActionItem)-[as:ASSIGNED_TO]->(p:Person)
                WHERE a.text STARTS WITH 'Post on social media'
                RETURN a.line AS line, a.rawOwner AS raw, r.evidence AS evidence, collect(p.id) AS owners""", Map.of());
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).get("raw").asString()).isEqualTo("RD/AJ");
        assertThat(posted.get(0).get("owners").asList()).containsExactlyInAnyOrder("razvand", "alexj");
        assertThat(posted.get(0).get("evidence").asString()).startsWith("RD/AJ: Post on social media");
        // "All: ..." goes to a group, not to a person.
        assertThat(query("""
                MATCH (:Meeting {id: 'community-2023-01-06'})-[:RECORDED]->(a:ActionItem {group: 'All'})
                RETURN count(a) AS c, count { (a)-[:ASSIGNED_TO]->() } AS assigned""", Map.of()).get(0)
                .get("c").asLong()).isPositive();
        assertThat(query("MATCH (a:ActionItem {group: 'All'})-[:ASSIGNED_TO]->() RETURN count(a) AS c", Map.of())
                .get(0).get("c").asLong()).isZero();
    }

    @Test
    void releasesAreMentionedAndOrdered() {
        ingest.ingest(TestPaths.sampleNotes());
        // maintainers-2024-03-04.md has a "### 0.16.3" section; community-2022-03-31.md plans "release 0.9".
        List<Record> mentioned = query("""
                MATCH (m:Meeting)-[r:MENTIONS]->(release:Release {product: 'unikraft'})
                WHERE release.version IN ['0.16.3', '0.9']
                RETURN m.id + ' ' + release.version + ' @' + r.line AS mention ORDER BY mention""", Map.of());
        assertThat(mentioned).extracting(r -> r.get("mention").asString())
                .contains("maintainers-2024-03-04 0.16.3 @30");
        assertThat(mentioned).extracting(r -> r.get("mention").asString()).anyMatch(m -> m.startsWith(
                "community-2022-03-31 0.9 @"));
        // Each product's releases form one chain, newer FOLLOWS older.
        List<Record> chain = query("""
                MATCH (newer:Release {product: 'unikraft'})-[:FOLLOWS]->(older:Release)
                RETURN older.version + ' < ' + newer.version AS link""", Map.of());
        assertThat(chain).extracting(r -> r.get("link").asString()).contains("0.8 < 0.9", "0.9 < 0.12");
        long releases = query("MATCH (r:Release {product: 'unikraft'}) RETURN count(r) AS c", Map.of()).get(0)
                .get("c").asLong();
        assertThat(chain).hasSize((int) releases - 1);
    }
}
