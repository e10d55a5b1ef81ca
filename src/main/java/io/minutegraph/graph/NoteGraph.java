package io.minutegraph.graph;

import java.util.List;

/**
 * Everything one note contributes to the graph, as plain values. Writing a NoteGraph replaces whatever the same
 * note contributed before.
 *
 * @param participations every participant entry with what it resolved to (the attendances are the resolved ones)
 * @param speakers       speaker prefixes in the text, resolved
 * @param actionItems    what the meeting recorded to be done, with owners
 * @param releases       releases the note mentions, each once
 * @param events         events the note mentions, each edition once
 * @param ownership      who owns which track, as the note says
 * @param features       features and subsystems the note mentions, each once
 * @param plans          items the note plans for releases
 * @param schedules      dates the note gives for releases
 * @param statuses       statuses the note reports for tracks
 * @param mentions       people its text names
 * @param decisions      what the meeting decided or concluded
 * @param proposals      proposals the meeting discusses, and the stages it moves them to
 */
public record NoteGraph(Meeting meeting, List<TeamMembership> teams, List<Participation> participations,
                        List<Attendance> attendances, List<SpeakerMention> speakers, List<TopicMention> topics,
                        List<ActionItem> actionItems, List<ReleaseMention> releases, List<EventMention> events,
                        List<Ownership> ownership, List<FeatureMention> features, List<ReleasePlan> plans,
                        List<ReleaseSchedule> schedules, List<TrackStatus> statuses, List<PersonMention> mentions,
                        List<Decision> decisions, List<ProposalMention> proposals) {

    public NoteGraph {
        teams = List.copyOf(teams);
        participations = List.copyOf(participations);
        attendances = List.copyOf(attendances);
        speakers = List.copyOf(speakers);
        topics = List.copyOf(topics);
        actionItems = List.copyOf(actionItems);
        releases = List.copyOf(releases);
        events = List.copyOf(events);
        ownership = List.copyOf(ownership);
        features = List.copyOf(features);
        plans = List.copyOf(plans);
        schedules = List.copyOf(schedules);
        statuses = List.copyOf(statuses);
        mentions = List.copyOf(mentions);
        decisions = List.copyOf(decisions);
        proposals = List.copyOf(proposals);
    }

    public String source() {
        return meeting.source();
    }

    /** The same contribution, its note read on the web at {@code lineUrl} (see {@link Meeting#lineUrl}). */
    public NoteGraph withLineUrl(String lineUrl) {
        return new NoteGraph(meeting.withLineUrl(lineUrl), teams, participations, attendances, speakers, topics,
                actionItems, releases, events, ownership, features, plans, schedules, statuses, mentions, decisions, proposals);
    }
}
