package io.minutegraph.annotate;

import io.minutegraph.graph.PersonRef;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Person;
import io.minutegraph.people.Resolution;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.List;
import java.util.Optional;

/**
 * Who is who in one meeting: names and initials written anywhere in it resolved through the folder's people
 * directory with this meeting's evidence (its attendees, its teams and date, the initials it uses). The one place
 * fact annotators turn a written name into a person.
 */
public final class NotePeople {

    private final PeopleDirectory directory;
    private final NoteEvidence evidence;

    public NotePeople(PeopleDirectory directory, NoteEvidence evidence) {
        this.directory = directory;
        this.evidence = evidence;
    }

    public NoteEvidence evidence() {
        return evidence;
    }

    /** Initials written in the meeting ({@code RD}, {@code SjK}). */
    public Resolution initials(String written) {
        return directory.resolveInitials(evidence, written);
    }

    /** A participant entry, one resolution per name it holds. */
    public List<Resolution> entry(String written) {
        return directory.resolveEntry(evidence, written);
    }

    /**
     * A speaker label's name ({@code Rod}, {@code cramertj}); a weak label must name a participant. A weak label of
     * capitals only ({@code SYG}) may be a participant's initials.
     */
    public Resolution speaker(String written, boolean weak) {
        if (weak && written.length() <= 4 && written.chars().allMatch(Character::isUpperCase)) {
            Resolution r = directory.resolveInitials(evidence, written);
            if (r.resolved() && directory.listedIn(evidence, r.person())) {
                return r;
            }
        }
        return directory.resolveSpeaker(evidence, written, weak);
    }

    /**
     * The one person a name or initials written in the text denote ({@code RD}, {@code Lukas}, {@code Simon
     * Kuenzer}), or null: not one name the folder knows, or not settled for this meeting.
     */
    public PersonRef person(String written) {
        Resolution r = resolution(written);
        return r != null && r.resolved() ? ref(r.person()) : null;
    }

    /**
     * What a name or initials written in the text resolve to: null when it is no name the folder knows (a
     * capitalised word such as "Note"), else a resolution, settled or not.
     */
    public Resolution resolution(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        if (!SpeakerPrefixes.tokens(written).isEmpty()) {
            return directory.resolveInitials(evidence, written);
        }
        if (!Character.isUpperCase(written.charAt(0)) || !directory.knowsName(written)) {
            return null;
        }
        List<Resolution> all = directory.resolveEntry(evidence, written);
        return all.size() == 1 ? all.get(0) : null;
    }

    /** Whether a name fits someone of the folder. */
    public boolean knowsName(String name) {
        return directory.knowsName(name);
    }

    public Optional<Person> withLogin(String login) {
        return directory.personWithLogin(login);
    }

    public PersonRef ref(String id) {
        Person p = directory.person(id).orElseThrow();
        return new PersonRef(p.id(), p.name(), p.aliases(), p.initials(), p.github());
    }
}
