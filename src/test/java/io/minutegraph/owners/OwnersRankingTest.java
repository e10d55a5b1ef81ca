package io.minutegraph.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.graph.Keys;
import io.minutegraph.store.GraphSessions;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ranking of "who owns" (cypher/queries/who-owns.cypher) on invented evidence, one rule at a time: each test
 * writes a small graph and asks the service.
 */
@ExtendWith(EmbeddedGraph.class)
class OwnersRankingTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-03-01");

    private final ApplicationContext context;
    private final OwnersService owners;
    private final GraphSessions neo4j;

    OwnersRankingTest(ApplicationContext context) {
        this.context = context;
        this.owners = context.getBean(OwnersService.class);
        this.neo4j = context.getBean(GraphSessions.class);
    }

    @BeforeEach
    void emptyGraph() {
        EmbeddedGraph.clear(context);
    }

    private static List<String> ranked(OwnersAnswer answer) {
        return answer.owners().stream().map(o -> o.person().id() + " " + o.role() + (o.current() ? "" : " (past)"))
                .toList();
    }

    /** Written through Minutegraph, so that no answer kept from another test is given again. */
    private void given(String cypher, Map<String, Object> params) {
        neo4j.write(tx -> tx.run(cypher, params).consume());
    }

    private static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    /** A statement in notes/PERSON.md that the person owns the track: confidence 1.0 is a lead statement. */
    private void statement(String person, String track, double confidence, String date) {
        given("""
                MERGE (p:Person {id: $person}) ON CREATE SET p.name = toUpper($person)
                MERGE (t:Track {id: $trackId}) ON CREATE SET t.name = $track
                CREATE (p)-[:OWNS {since: date($date), confidence: $confidence, source: 'notes/' + $person + '.md',
                                   line: 10, evidence: $track + ' (' + $person + ')'}]->(t)""",
                params("person", person, "track", track, "trackId", Keys.fold(track), "confidence", confidence,
                        "date", date));
    }

    private void maintains(String person, String team) {
        given("""
                MERGE (p:Person {id: $person}) ON CREATE SET p.name = toUpper($person)
                MERGE (t:Team {name: $team})
                CREATE (p)-[:MAINTAINS {source: $team + '.yaml'}]->(t)""", params("person", person, "team", team));
    }

    private void actionItem(String person, String text, String date) {
        given("""
                MERGE (p:Person {id: $person}) ON CREATE SET p.name = toUpper($person)
                CREATE (m:Meeting {id: 'todo/' + $person + '/' + $date, date: date($date),
                                   source: 'todo/' + $date + '.md'})
                CREATE (m)-[:RECORDED]->(a:ActionItem {id: 'todo/' + $person + '/' + $date + '#5', text: $text,
                                                       lower: toLower($text), source: 'todo/' + $date + '.md', line: 5})
                CREATE (a)-[:ASSIGNED_TO]->(p)""", params("person", person, "text", text, "date", date));
    }

    /** At a meeting of the team on the date: who owns a track of the team's name counts it; anyone sees them. */
    private void attended(String person, String team, String date) {
        given("""
                MERGE (p:Person {id: $person}) ON CREATE SET p.name = toUpper($person)
                MERGE (t:Team {name: $team})
                MERGE (m:Meeting {id: $team + '/' + $date})
                  ON CREATE SET m.date = date($date), m.source = $team + '/' + $date + '.md', m.title = $team
                MERGE (m)-[:OF_TEAM]->(t)
                CREATE (p)-[:ATTENDED {source: m.source, line: 3}]->(m)
                SET p.lastSeen = CASE WHEN p.lastSeen > m.date THEN p.lastSeen ELSE m.date END""",
                params("person", person, "team", team, "date", date));
    }

    private void seen(String person, String date) {
        attended(person, "community", date);
    }

    @Test
    void statementsOutrankDeclarationsOutrankActionItemsOutrankAttendance() {
        attended("attendee", "smp", "2024-02-01");
        attended("attendee", "smp", "2024-01-01");
        attended("attendee", "smp", "2023-12-01");
        actionItem("assignee", "Finish the SMP scheduler patches.", "2024-02-01");
        maintains("maintainer", "sig-smp");
        statement("lead", "SMP", 1, "2023-01-10");
        for (String person : List.of("lead", "maintainer", "assignee")) {
            seen(person, "2024-02-01");
        }
        OwnersAnswer answer = owners.owners("smp", AS_OF);
        assertThat(ranked(answer)).containsExactly("lead lead", "maintainer maintainer", "assignee assignee",
                "attendee contributor");
        // The notes and the declaration disagree, and the answer says so.
        assertThat(answer.remarks()).anyMatch(r -> r.contains("LEAD") && r.contains("MAINTAINER"));
        assertThat(answer.owners().get(0).since()).isEqualTo("2023-01-10");
        assertThat(answer.owners().get(0).evidence()).extracting(OwnersAnswer.Evidence::source)
                .containsExactly("notes/lead.md");
        // Attendance: 0.25 a meeting, halved for every year before the date asked about.
        assertThat(answer.owners().get(3).score()).isCloseTo(0.25 * (Math.pow(0.5, 29 / 365.0)
                + Math.pow(0.5, 60 / 365.0) + Math.pow(0.5, 91 / 365.0)), within(0.001));
    }

    @Test
    void aNewerStatementHandsTheTrackOverAndAbsenceEndsOwnership() {
        statement("old-lead", "SMP", 1, "2022-05-01");
        statement("lead", "SMP", 1, "2023-09-01");
        statement("gone", "SMP", 1, "2023-08-01");
        seen("old-lead", "2022-05-20");
        seen("old-lead", "2024-02-01");
        seen("lead", "2024-02-01");
        seen("gone", "2022-01-01");
        OwnersAnswer answer = owners.owners("smp", AS_OF);
        assertThat(ranked(answer)).containsExactly("lead lead", "gone lead (past)", "old-lead lead (past)");
        assertThat(answer.remarks()).containsExactly("OLD-LEAD was last named as owner on 2022-05-01; newer"
                + " statements (up to 2023-09-01) name others.");
        // As of mid-2022, before the newer statements, the old lead is the owner, seen last on 2022-05-20.
        OwnersAnswer then = owners.owners("smp", LocalDate.parse("2022-06-01"));
        assertThat(ranked(then)).containsExactly("old-lead lead");
        assertThat(then.owners().get(0).lastSeen()).isEqualTo("2022-05-20");
    }

    @Test
    void onlyLeadStatementsHandOver() {
        // "X is working on SMP" (confidence below 1) names a contributor: it neither hands over nor is handed over,
        // and within the tier of statements the score orders people, not their role.
        statement("lead", "SMP", 1, "2023-01-10");
        statement("contributor", "SMP", 0.7, "2022-01-10");
        statement("newcomer", "SMP", 0.7, "2024-01-10");
        for (String person : List.of("lead", "contributor", "newcomer")) {
            seen(person, "2024-02-01");
        }
        assertThat(ranked(owners.owners("smp", AS_OF))).containsExactly("newcomer contributor", "lead lead",
                "contributor contributor");
    }

    @Test
    void olderEvidenceWeighsLessThanNewerOfTheSameKind() {
        statement("old-lead", "SMP", 0.7, "2022-03-01");
        statement("lead", "SMP", 0.7, "2024-01-01");
        seen("old-lead", "2024-02-01");
        seen("lead", "2024-02-01");
        OwnersAnswer answer = owners.owners("smp", AS_OF);
        assertThat(ranked(answer)).containsExactly("lead contributor", "old-lead contributor");
        assertThat(answer.owners().get(0).score()).isGreaterThan(answer.owners().get(1).score() * 2);
    }

    @Test
    void aSpellingCountsAsWholeWordsWhateverTheCaseAndDiacritics() {
        statement("armed", "ARM support", 1, "2024-01-01");
        statement("alarmed", "alarm handling", 1, "2024-01-01");
        statement("networker", "Réseau", 1, "2024-01-01");
        actionItem("porter", "Port the réseau driver to ARM64, then to arm.", "2024-01-15");
        actionItem("bystander", "Silence the alarm of the CI.", "2024-01-15");
        for (String person : List.of("armed", "alarmed", "networker", "porter", "bystander")) {
            seen(person, "2024-02-01");
        }
        assertThat(ranked(owners.owners("ARM", AS_OF))).containsExactly("armed lead", "porter assignee");
        assertThat(ranked(owners.owners("RÉSEAU", AS_OF))).containsExactly("networker lead", "porter assignee");
        // Track names are kept folded; action items are found by a spelling as their text writes it.
        assertThat(ranked(owners.owners("reseau", AS_OF))).containsExactly("networker lead");
    }
}
