package io.minutegraph.extract;

import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.notes.Note;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Resolution;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.ArrayList;
import java.util.List;

/** Speakers: initials prefixing lines of the body ({@code RD: ...}), resolved for this note. */
public final class SpeakerExtractor {

    private final PeopleDirectory directory;

    public SpeakerExtractor(PeopleDirectory directory) {
        this.directory = directory;
    }

    public List<SpeakerMention> extract(Note note, NoteEvidence evidence) {
        List<SpeakerMention> speakers = new ArrayList<>();
        for (int n = note.frontMatter().lastLine() + 1; n <= note.lines().size(); n++) {
            String prefix = SpeakerPrefixes.prefix(note.line(n));
            if (prefix == null) {
                continue;
            }
            List<String> initials = SpeakerPrefixes.tokens(prefix);
            List<PersonRef> people = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (String token : initials) {
                Resolution r = directory.resolveInitials(evidence, token);
                people.add(r.resolved() ? AttendanceExtractor.ref(directory, r.person()) : null);
                if (!r.resolved()) {
                    unresolved.add(token + ": " + r.reason());
                }
            }
            speakers.add(new SpeakerMention(prefix, initials, people, unresolved,
                    new Provenance(note.source(), n, note.line(n).strip())));
        }
        return speakers;
    }
}
