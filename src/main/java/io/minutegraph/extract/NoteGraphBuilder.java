package io.minutegraph.extract;

import io.minutegraph.graph.Meeting;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.ReleaseMention;
import io.minutegraph.nlp.DateAndPlaceFinder;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import java.util.List;

/** Runs every extractor over a parsed note and gathers what they find into the note's {@link NoteGraph}. */
public final class NoteGraphBuilder {

    private final MeetingExtractor meetings = new MeetingExtractor();
    private final TeamExtractor teams = new TeamExtractor();
    private final TopicExtractor topics = new TopicExtractor();
    private final PeopleEvidenceReader evidence = new PeopleEvidenceReader();
    private final AttendanceExtractor attendances;
    private final SpeakerExtractor speakers;
    private final ActionItemExtractor actionItems;
    private final OwnershipExtractor ownership;

    private final ReleaseExtractor releases;
    private final EventExtractor events;
    private final FeatureExtractor features;
    private final ReleasePlanExtractor plans;
    private final TrackStatusExtractor statuses = new TrackStatusExtractor();
    private final PeopleMentionExtractor mentions;

    public NoteGraphBuilder(PeopleDirectory people) {
        this(people, new ReleaseExtractor.KnownReleases(), new StageClock());
    }

    /**
     * @param knownReleases versions the folder speaks of as releases, so weak mentions of them count too
     * @param clock         where the time spent in NLP is added
     */
    public NoteGraphBuilder(PeopleDirectory people, ReleaseExtractor.KnownReleases knownReleases, StageClock clock) {
        DateAndPlaceFinder shared = DateAndPlaceFinder.shared();
        DateAndPlaceFinder nlp = (lines, date) -> clock.time(StageClock.Stage.NLP, () -> shared.read(lines, date));
        this.features = new FeatureExtractor(clock);
        this.events = new EventExtractor(nlp);
        this.releases = new ReleaseExtractor(knownReleases);
        this.attendances = new AttendanceExtractor(people);
        this.speakers = new SpeakerExtractor(people);
        this.actionItems = new ActionItemExtractor(people);
        this.ownership = new OwnershipExtractor(people);
        this.plans = new ReleasePlanExtractor(features, nlp);
        this.mentions = new PeopleMentionExtractor(people);
    }

    public NoteGraph build(Note note) throws NoteRejectedException {
        Meeting meeting = meetings.extract(note);
        NoteEvidence about = evidence.read(note);
        AttendanceExtractor.Result attended = attendances.extract(note, about);
        // Release mentions are read once: each release's first for the note, all of them for its plans and dates.
        List<ReleaseMention> releaseMentions = releases.everyMention(note);
        ReleasePlanExtractor.Result planned = plans.extract(note, releaseMentions, meeting.date());
        return new NoteGraph(meeting, teams.extract(note), attended.participations(),
                attended.attendances(), speakers.extract(note, about), topics.extract(note),
                actionItems.extract(note, about), ReleaseExtractor.firstOfEach(releaseMentions),
                events.extract(note, meeting.date()),
                ownership.extract(note, about), features.extract(note), planned.plans(), planned.schedules(),
                statuses.extract(note), mentions.extract(note, about));
    }
}
