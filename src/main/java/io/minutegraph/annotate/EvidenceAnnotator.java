package io.minutegraph.annotate;

import io.minutegraph.graph.TeamMembership;
import io.minutegraph.people.NoteEvidence;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the meeting tells identity resolution, folder-wide and for itself: its date, teams, attendee entries (each in
 * the form resolution reads: {@code Sam Clegg (SC)}, {@code Beth Griggs (@BethGriggs)}), the initials its speaker
 * labels use, and the names its other labels write out ({@code Tucker Taft:}, {@code cramertj:}), which a weak
 * label ("Name, text") never adds: it may be no name at all.
 */
public final class EvidenceAnnotator implements Annotator {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE, Layers.TEAMS, Layers.ATTENDEES, Layers.SPEAKER_LINES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.EVIDENCE);
    }

    @Override
    public void annotate(NoteDocument note) {
        Set<String> initials = new LinkedHashSet<>();
        Map<String, Integer> speakers = new LinkedHashMap<>();
        for (SpeakerLine line : note.get(Layers.SPEAKER_LINES)) {
            if (line.label().kind() == SpeakerLabel.Kind.INITIALS) {
                initials.addAll(line.label().parts());
            } else if (!line.label().weak()) {
                line.label().parts().forEach(part -> speakers.merge(part, 1, Integer::sum));
            }
        }
        String source = note.meetingsInFile() == 1 ? note.source() : note.source() + "#" + (note.index() + 1);
        note.put(Layers.EVIDENCE, new NoteEvidence(source, note.get(Layers.DATE).date(),
                note.get(Layers.TEAMS).stream().map(TeamMembership::team).collect(Collectors.toSet()),
                note.get(Layers.ATTENDEES).stream().map(EvidenceAnnotator::written).toList(), initials, speakers));
    }

    /** An attendee entry as resolution reads it: the name, with the initials and login the note gives. */
    static String written(AttendeeEntry entry) {
        return entry.name() + (entry.initials() == null ? "" : " (" + entry.initials() + ")")
                + (entry.login() == null ? "" : " (@" + entry.login() + ")");
    }

    static List<String> written(List<AttendeeEntry> entries) {
        return entries.stream().map(EvidenceAnnotator::written).toList();
    }
}
