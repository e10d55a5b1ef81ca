package io.minutegraph.annotate;

import io.minutegraph.graph.Attendance;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Resolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the meeting's people through the folder's directory: each attendee entry (every entry kept with what it
 * resolved to; each person attends once, as their first entry writes them), and each speaker label, initials first
 * among the attendees, names against the attendees first, weak labels against the attendees only. Adds who speaks at
 * each line for the fact annotators.
 */
public final class PeopleAnnotator implements Annotator {

    private final PeopleDirectory directory;

    public PeopleAnnotator(PeopleDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.EVIDENCE, Layers.ATTENDEES, Layers.SPEAKER_LINES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layers.PEOPLE, Layers.PARTICIPATIONS, Layers.ATTENDANCES, Layers.SPEAKERS,
                Layers.SPEAKER_TURNS);
    }

    @Override
    public void annotate(NoteDocument note) {
        NotePeople people = new NotePeople(directory, note.get(Layers.EVIDENCE));
        note.put(Layers.PEOPLE, people);
        attendance(note, people);
        List<SpeakerMention> speakers = new ArrayList<>();
        Map<Integer, SpeakerMention> byLine = new HashMap<>();
        Map<String, String> shortFor = shortForms(note.get(Layers.SPEAKER_LINES));
        Map<Integer, String> said = new HashMap<>();
        for (SpeakerLine line : note.get(Layers.SPEAKER_LINES)) {
            said.put(line.line(), line.label().said());
            SpeakerMention mention = speaker(note, people, line, shortFor);
            if (mention != null) {
                speakers.add(mention);
                byLine.put(line.line(), mention);
            }
        }
        note.put(Layers.SPEAKERS, List.copyOf(speakers));
        note.put(Layers.SPEAKER_TURNS, SpeakerTurns.of(note.blocks(), byLine, said));
    }

    private static void attendance(NoteDocument note, NotePeople people) {
        List<Participation> participations = new ArrayList<>();
        List<Attendance> attendances = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AttendeeEntry entry : note.get(Layers.ATTENDEES)) {
            Provenance provenance = new Provenance(note.source(), entry.line(), note.line(entry.line()).strip());
            List<String> resolved = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (Resolution r : people.entry(EvidenceAnnotator.written(entry))) {
                if (r.resolved()) {
                    resolved.add(r.person());
                    if (seen.add(r.person())) {
                        attendances.add(new Attendance(people.ref(r.person()), entry.raw(), provenance));
                    }
                } else {
                    unresolved.add(r.mention() + ": " + r.reason());
                }
            }
            participations.add(new Participation(entry.raw(), provenance, resolved, unresolved));
        }
        note.put(Layers.PARTICIPATIONS, List.copyOf(participations));
        note.put(Layers.ATTENDANCES, List.copyOf(attendances));
    }

    /**
     * The labels of a meeting that are short for another of its labels: {@code niko} for {@code nikomatsakis},
     * {@code Rod} for {@code rod chapman}, when exactly one longer label begins so. The note's own writing ties them.
     */
    private static Map<String, String> shortForms(List<SpeakerLine> lines) {
        Map<String, String> names = new HashMap<>();
        for (SpeakerLine line : lines) {
            if (line.label().kind() == SpeakerLabel.Kind.NAME) {
                line.label().parts().forEach(part -> names.putIfAbsent(fold(part), part));
            }
        }
        Map<String, String> shortFor = new HashMap<>();
        for (String brief : names.keySet()) {
            List<String> longer = names.keySet().stream().filter(other -> !other.equals(brief)
                    && (other.startsWith(brief + " ") || brief.length() >= 4 && !brief.contains(" ")
                    && other.replace(" ", "").startsWith(brief))).toList();
            if (longer.size() == 1) {
                shortFor.put(brief, names.get(longer.get(0)));
            }
        }
        return shortFor;
    }

    private static String fold(String written) {
        return io.minutegraph.graph.Keys.fold(written);
    }

    /**
     * A label resolved part by part; null when it names nobody: a weak label that names no participant ("Yes, that
     * works"), a name label that names nobody the folder knows ("Wasm: ...").
     */
    private static SpeakerMention speaker(NoteDocument note, NotePeople people, SpeakerLine line,
                                          Map<String, String> shortFor) {
        SpeakerLabel label = line.label();
        List<PersonRef> persons = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String part : label.parts()) {
            Resolution r = label.kind() == SpeakerLabel.Kind.INITIALS ? people.initials(part) : null;
            if (r == null && shortFor.containsKey(fold(part))) {
                Resolution longer = people.speaker(shortFor.get(fold(part)), false);
                r = longer.resolved() ? longer : null;
            }
            if (r == null) {
                r = people.speaker(part, label.weak());
            }
            persons.add(r.resolved() ? people.ref(r.person()) : null);
            if (!r.resolved()) {
                unresolved.add(part + ": " + r.reason());
            }
        }
        boolean nobody = persons.stream().allMatch(java.util.Objects::isNull);
        if (nobody && (label.weak() || label.kind() == SpeakerLabel.Kind.NAME
                && label.parts().stream().noneMatch(people::knowsName))) {
            return null; // a word before a colon, or "Yes, that works": not a speaker
        }
        return new SpeakerMention(label.raw(), label.parts(), persons, unresolved,
                new Provenance(note.source(), line.line(), note.line(line.line()).strip()));
    }
}
