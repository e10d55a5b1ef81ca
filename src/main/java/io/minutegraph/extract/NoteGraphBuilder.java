package io.minutegraph.extract;

import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.people.ParticipantResolver;

/** Runs every extractor over a parsed note and gathers what they find into the note's {@link NoteGraph}. */
public final class NoteGraphBuilder {

    private final MeetingExtractor meetings = new MeetingExtractor();
    private final TeamExtractor teams = new TeamExtractor();
    private final TopicExtractor topics = new TopicExtractor();
    private final AttendanceExtractor attendances;

    public NoteGraphBuilder(ParticipantResolver people) {
        this.attendances = new AttendanceExtractor(people);
    }

    public NoteGraph build(Note note) throws NoteRejectedException {
        return new NoteGraph(meetings.extract(note), teams.extract(note), attendances.extract(note),
                topics.extract(note));
    }
}
