package io.minutegraph.extract;

import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Note;
import io.minutegraph.people.ParticipantResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who attended: each front-matter participant entry, resolved to a person; the same person counted once. */
public final class AttendanceExtractor {

    private final ParticipantResolver resolver;

    public AttendanceExtractor(ParticipantResolver resolver) {
        this.resolver = resolver;
    }

    public List<Attendance> extract(Note note) {
        List<Attendance> attendances = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FrontMatterEntry entry : note.frontMatter().participants()) {
            resolver.resolve(note.source(), entry.text())
                    .filter(person -> seen.add(person.id()))
                    .ifPresent(person -> attendances.add(new Attendance(person, entry.text(),
                            new Provenance(note.source(), entry.line(), note.line(entry.line()).strip()))));
        }
        return attendances;
    }
}
