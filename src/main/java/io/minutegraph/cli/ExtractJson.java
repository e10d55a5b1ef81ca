package io.minutegraph.cli;

import io.minutegraph.facts.Fact;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.people.Person;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code extract --json} (docs/extract-format.md): a note line per note, then a person line per
 * person. Plain maps: the meeting, its participants and speakers are spelt out here, each fact kind's list by the
 * kind ({@link FactKind#json}).
 */
final class ExtractJson {

    private ExtractJson() {
    }

    static Map<String, Object> note(NoteGraph note) {
        Map<String, Object> line = Fields.of("kind", "note", "source", note.source(), "meeting", meeting(note),
                "participants", note.participations().stream().map(ExtractJson::participant).toList(),
                "speakers", note.speakers().stream().map(ExtractJson::speaker).toList());
        for (FactKind<?> kind : FactKinds.ALL) {
            line.put(kind.name(), facts(kind, note));
        }
        return line;
    }

    private static <T extends Fact> List<Map<String, Object>> facts(FactKind<T> kind, NoteGraph note) {
        return kind.in(note).stream().map(kind::json).toList();
    }

    private static Map<String, Object> meeting(NoteGraph note) {
        Meeting m = note.meeting();
        return Fields.of("id", m.id(), "title", m.title(), "date", m.date().toString(),
                "datePrecision", m.datePrecision(), "held", m.held(),
                "datetime", m.datetime() == null ? null : m.datetime().toString(),
                "teams", note.teams().stream().map(TeamMembership::team).toList(), "location", m.location(),
                "sha256", m.sha256(), "lineUrl", m.lineUrl());
    }

    private static Map<String, Object> participant(Participation p) {
        Map<String, Object> entry = Fields.of("raw", p.raw(),
                "person", p.people().isEmpty() ? null : p.people().get(0));
        if (p.people().size() + p.unresolved().size() > 1) {
            entry.put("people", p.people());
        }
        entry.put("line", p.provenance().line());
        if (!p.unresolved().isEmpty()) {
            entry.put("unresolved", p.unresolved());
        }
        return entry;
    }

    private static Map<String, Object> speaker(SpeakerMention s) {
        Map<String, Object> speaker = Fields.of("raw", s.raw(),
                "people", s.people().stream().map(p -> p == null ? null : p.id()).toList(),
                "line", s.provenance().line());
        if (!s.unresolved().isEmpty()) {
            speaker.put("unresolved", s.unresolved());
        }
        return speaker;
    }

    static Map<String, Object> person(Person p) {
        return Fields.of("kind", "person", "id", p.id(), "name", p.name(), "aliases", p.aliases(),
                "initials", p.initials(), "github", p.github());
    }

    static String summary(NoteGraph note) {
        Meeting m = note.meeting();
        return String.format("%s  %s  %s  (%d participants, %d topics)", note.source(), m.date(), m.title(),
                note.attendances().size(), FactKinds.TOPICS.in(note).size());
    }
}
