package io.minutegraph.graph;

import java.util.List;

/**
 * Everything one note contributes to the graph, as plain values. Writing a NoteGraph replaces whatever the same
 * note contributed before.
 */
public record NoteGraph(Meeting meeting, List<TeamMembership> teams, List<Attendance> attendances,
                        List<TopicMention> topics) {

    public NoteGraph {
        teams = List.copyOf(teams);
        attendances = List.copyOf(attendances);
        topics = List.copyOf(topics);
    }

    public String source() {
        return meeting.source();
    }
}
