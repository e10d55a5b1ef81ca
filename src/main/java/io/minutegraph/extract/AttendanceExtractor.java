package io.minutegraph.extract;

import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.FrontMatterEntry;
import io.minutegraph.notes.Note;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Person;
import io.minutegraph.people.Resolution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who attended: each front-matter participant entry resolved through the people directory. Every entry is kept
 * with what it resolved to; each resolved person attends once, under the spelling of their first entry.
 */
public final class AttendanceExtractor {

    /** The participations of a note, and the attendances they give. */
    public record Result(List<Participation> participations, List<Attendance> attendances) {
    }

    private final PeopleDirectory directory;

    public AttendanceExtractor(PeopleDirectory directory) {
        this.directory = directory;
    }

    public Result extract(Note note, NoteEvidence evidence) {
        List<Participation> participations = new ArrayList<>();
        List<Attendance> attendances = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FrontMatterEntry entry : note.frontMatter().participants()) {
            Provenance provenance = new Provenance(note.source(), entry.line(), note.line(entry.line()).strip());
            List<String> people = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (Resolution r : directory.resolveEntry(evidence, entry.text())) {
                if (r.resolved()) {
                    people.add(r.person());
                    if (seen.add(r.person())) {
                        attendances.add(new Attendance(ref(directory, r.person()), entry.text(), provenance));
                    }
                } else {
                    unresolved.add(r.mention() + ": " + r.reason());
                }
            }
            participations.add(new Participation(entry.text(), provenance, people, unresolved));
        }
        return new Result(participations, attendances);
    }

    static PersonRef ref(PeopleDirectory directory, String id) {
        Person p = directory.person(id).orElseThrow();
        return new PersonRef(p.id(), p.name(), p.aliases(), p.initials(), p.github());
    }
}
