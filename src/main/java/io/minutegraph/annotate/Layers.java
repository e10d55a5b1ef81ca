package io.minutegraph.annotate;

import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.graph.TeamMembership;
import io.minutegraph.people.NoteEvidence;
import java.util.List;

/** The layers the structural annotators add to a note document; fact kinds add their own. */
public final class Layers {

    /** When the meeting took place. */
    public static final Layer<MeetingDate> DATE = new Layer<>("date");
    /** The teams whose meeting it is. */
    public static final Layer<List<TeamMembership>> TEAMS = new Layer<>("teams");
    /** The meeting's title. */
    public static final Layer<String> TITLE = new Layer<>("title");
    /** Whether the meeting was held, or the file is only its agenda, a template or a cancellation. */
    public static final Layer<Held> HELD = new Layer<>("held");
    /** Who the note lists as present: front matter participants and attendee lists of the body. */
    public static final Layer<List<AttendeeEntry>> ATTENDEES = new Layer<>("attendees");
    /** Lines that start with a speaker label ({@code SC:}, {@code **Yosh Wuyts**:}, {@code * fitzgen:}), unresolved. */
    public static final Layer<List<SpeakerLine>> SPEAKER_LINES = new Layer<>("speaker lines");
    /** What the meeting tells identity resolution: date, teams, attendee entries, initials used. */
    public static final Layer<NoteEvidence> EVIDENCE = new Layer<>("people evidence");
    /** Who is who in this meeting: resolves names and initials written anywhere in it. */
    public static final Layer<NotePeople> PEOPLE = new Layer<>("people");
    /** Every attendee entry with what it resolved to. */
    public static final Layer<List<Participation>> PARTICIPATIONS = new Layer<>("participations");
    /** Each person present once, resolved. */
    public static final Layer<List<Attendance>> ATTENDANCES = new Layer<>("attendances");
    /** Each speaker label, resolved. */
    public static final Layer<List<SpeakerMention>> SPEAKERS = new Layer<>("speakers");
    /** Who speaks at each line: a label's speaker holds until the discussion moves on. */
    public static final Layer<SpeakerTurns> SPEAKER_TURNS = new Layer<>("speaker turns");

    private Layers() {
    }
}
