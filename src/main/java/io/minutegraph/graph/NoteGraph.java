package io.minutegraph.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one note contributes to the graph, as plain values. Writing a NoteGraph replaces whatever the same
 * note contributed before.
 *
 * @param meeting        the meeting the note records
 * @param teams          the teams whose meeting it is
 * @param participations every participant entry with what it resolved to (the attendances are the resolved ones)
 * @param attendances    each person present once
 * @param speakers       speaker prefixes in the text, resolved
 * @param facts          the meeting's facts, per fact kind's name ({@code io.minutegraph.facts.FactKinds})
 */
public record NoteGraph(Meeting meeting, List<TeamMembership> teams, List<Participation> participations,
                        List<Attendance> attendances, List<SpeakerMention> speakers, Map<String, List<?>> facts) {

    public NoteGraph {
        teams = List.copyOf(teams);
        participations = List.copyOf(participations);
        attendances = List.copyOf(attendances);
        speakers = List.copyOf(speakers);
        Map<String, List<?>> copy = new LinkedHashMap<>();
        facts.forEach((kind, list) -> copy.put(kind, List.copyOf(list)));
        facts = Collections.unmodifiableMap(copy);
    }

    public String source() {
        return meeting.source();
    }

    /** The meeting's facts of a kind, by the kind's name; none for a kind it holds nothing of. */
    public List<?> facts(String kind) {
        return facts.getOrDefault(kind, List.of());
    }

    /** The same contribution, its note read on the web at {@code lineUrl} (see {@link Meeting#lineUrl}). */
    public NoteGraph withLineUrl(String lineUrl) {
        return new NoteGraph(meeting.withLineUrl(lineUrl), teams, participations, attendances, speakers, facts);
    }
}
