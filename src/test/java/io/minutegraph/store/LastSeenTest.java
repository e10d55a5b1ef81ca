package io.minutegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Each person's {@code lastSeen} is kept as notes are written, rewritten and removed, so that "who owns" need not read
 * every meeting of every candidate: after any mix of attendances and speakers moving between dates, written in random
 * batches, it must be the newest meeting each person still attends or speaks at.
 */
@ExtendWith(EmbeddedGraph.class)
class LastSeenTest {

    private static final List<String> PEOPLE = List.of("ana", "bo", "cy", "di");

    private Driver driver;
    private NoteGraphWriter writer;

    @BeforeEach
    void setUp(ApplicationContext context) {
        EmbeddedGraph.clear(context);
        writer = context.getBean(NoteGraphWriter.class);
        driver = context.getBean(Neo4jConnection.class).driver();
    }

    @Test
    void lastSeenIsTheNewestMeetingEachPersonStillAttendsOrSpeaksAt() {
        RandomBatches.run(writer, new Random(5), 20, 10, LastSeenTest::note,
                (stored, when) -> assertThat(lastSeen()).as(when).isEqualTo(expected(stored)));
    }

    private Map<String, String> lastSeen() {
        Map<String, String> seen = new HashMap<>();
        driver.executableQuery("MATCH (p:Person) RETURN p.id AS id, toString(p.lastSeen) AS lastSeen").execute()
                .records().forEach(r -> seen.put(r.get("id").asString(), r.get("lastSeen").asString(null)));
        return seen;
    }

    private static Map<String, String> expected(Map<String, NoteGraph> stored) {
        Map<String, String> seen = new HashMap<>();
        for (NoteGraph note : stored.values()) {
            String date = note.meeting().date().toString();
            List<PersonRef> people = new ArrayList<>(note.attendances().stream().map(Attendance::person).toList());
            note.speakers().forEach(s -> people.addAll(s.people()));
            people.forEach(p -> seen.merge(p.id(), date, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        }
        return seen;
    }

    /** A note dated in early 2023 that some of the people attend and some speak at (or both, or neither). */
    private static NoteGraph note(String source, Random random) {
        Meeting meeting = new Meeting(source.replace(".md", ""), source, LocalDate.of(2023, 1, 1 + random.nextInt(28)),
                null, null, source, "sha", null, true, "day");
        List<Attendance> attendances = new ArrayList<>();
        List<SpeakerMention> speakers = new ArrayList<>();
        for (String id : PEOPLE) {
            PersonRef person = new PersonRef(id, id, List.of(), List.of(), null);
            switch (random.nextInt(4)) {
                case 0 -> attendances.add(new Attendance(person, id, new Provenance(source, 5, "- " + id)));
                case 1 -> speakers.add(new SpeakerMention(id.toUpperCase() + ":", List.of(id.toUpperCase()),
                        List.of(person), List.of(), new Provenance(source, 9, id.toUpperCase() + ": hello")));
                case 2 -> {
                    attendances.add(new Attendance(person, id, new Provenance(source, 5, "- " + id)));
                    speakers.add(new SpeakerMention(id.toUpperCase() + ":", List.of(id.toUpperCase()),
                            List.of(person), List.of(), new Provenance(source, 9, id.toUpperCase() + ": hello")));
                }
                default -> {
                }
            }
        }
        return new NoteGraph(meeting, List.of(), List.of(), attendances, speakers, Map.of());
    }
}
