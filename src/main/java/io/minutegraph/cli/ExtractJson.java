package io.minutegraph.cli;

import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.TeamMembership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of {@code extract --json} (docs/extract-format.md): a note line per note, then a person line per
 * person, gathered across all notes. Plain maps, so the format is spelt out here and nowhere else.
 */
final class ExtractJson {

    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, TreeSet<String>> aliases = new TreeMap<>();

    void add(NoteGraph note) {
        for (Attendance a : note.attendances()) {
            names.putIfAbsent(a.person().id(), a.person().name());
            aliases.computeIfAbsent(a.person().id(), id -> new TreeSet<>()).add(a.as());
        }
    }

    Map<String, Object> note(NoteGraph note) {
        Meeting m = note.meeting();
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("id", m.id());
        meeting.put("title", m.title());
        meeting.put("date", m.date().toString());
        meeting.put("datetime", m.datetime() == null ? null : m.datetime().toString());
        meeting.put("teams", note.teams().stream().map(TeamMembership::team).toList());
        meeting.put("location", m.location());
        meeting.put("sha256", m.sha256());

        List<Map<String, Object>> participants = new ArrayList<>();
        for (Attendance a : note.attendances()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("raw", a.as());
            p.put("person", a.person().id());
            p.put("line", a.provenance().line());
            participants.add(p);
        }
        List<Map<String, Object>> topics = note.topics().stream().map(t -> {
            Map<String, Object> topic = new LinkedHashMap<>();
            topic.put("name", t.name());
            topic.putAll(evidence(t.provenance()));
            return topic;
        }).toList();

        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", "note");
        line.put("source", note.source());
        line.put("meeting", meeting);
        line.put("participants", participants);
        line.put("topics", topics);
        return line;
    }

    List<Map<String, Object>> people() {
        List<Map<String, Object>> people = new ArrayList<>();
        names.forEach((id, name) -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("kind", "person");
            person.put("id", id);
            person.put("name", name);
            person.put("aliases", List.copyOf(aliases.get(id)));
            people.add(person);
        });
        return people;
    }

    static String summary(NoteGraph note) {
        Meeting m = note.meeting();
        return String.format("%s  %s  %s  (%d participants, %d topics)", note.source(), m.date(), m.title(),
                note.attendances().size(), note.topics().size());
    }

    private static Map<String, Object> evidence(Provenance p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("line", p.line());
        map.put("evidence", p.evidence());
        return map;
    }
}
