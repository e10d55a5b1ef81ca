package io.minutegraph.extract;

import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Note;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.SpeakerPrefixes;
import io.minutegraph.graph.TeamMembership;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a note tells identity resolution: its date, teams, participant entries and the initials its text uses. */
public final class PeopleEvidenceReader {

    private final TeamExtractor teams = new TeamExtractor();

    public NoteEvidence read(Note note) {
        LocalDate date = MeetingTime.of(note).map(MeetingTime::date).orElse(null);
        Set<String> initials = new LinkedHashSet<>();
        for (int n = note.frontMatter().lastLine() + 1; n <= note.lines().size(); n++) {
            String prefix = SpeakerPrefixes.prefix(note.line(n));
            if (prefix != null) {
                initials.addAll(SpeakerPrefixes.tokens(prefix));
            }
        }
        return new NoteEvidence(note.source(), date,
                teams.extract(note).stream().map(TeamMembership::team).collect(Collectors.toSet()),
                note.frontMatter().participants().stream().map(FrontMatterEntry::text).toList(), initials);
    }
}
