package io.minutegraph.extract;

import io.minutegraph.graph.PersonMention;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Note;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.Person;
import io.minutegraph.people.Resolution;
import io.minutegraph.people.SpeakerPrefixes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People named in a note's text: full names, handles and first names the folder knows ({@code Marc},
 * {@code RăzvanD}, {@code Simon Kuenzer}) and GitHub logins ({@code @razvand}), each resolved for the note as its
 * participant entries are (a bare {@code Alex} only where the note's evidence says which Alex). Speaker prefixes
 * are speakers, not mentions. Each person once per line.
 */
public final class PeopleMentionExtractor {

    /** One or two capitalised words: a first name, a handle, or a full name. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}@/.-])(\\p{Lu}[\\p{L}'’-]*\\p{L}"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]*\\p{L})?)(?![\\p{L}])");
    private static final Pattern LOGIN = Pattern.compile("(?<![\\w/])@([A-Za-z\\d](?:[A-Za-z\\d-]{0,38}))\\b");

    private final PeopleDirectory directory;

    public PeopleMentionExtractor(PeopleDirectory directory) {
        this.directory = directory;
    }

    public List<PersonMention> extract(Note note, NoteEvidence evidence) {
        List<PersonMention> found = new ArrayList<>();
        for (int n = note.frontMatter().lastLine() + 1; n <= note.lines().size(); n++) {
            String line = note.line(n);
            String prefix = SpeakerPrefixes.prefix(line);
            String text = prefix == null ? line : line.substring(line.indexOf(':') + 1);
            Set<String> seen = new HashSet<>();
            Provenance provenance = new Provenance(note.source(), n, line.strip());
            Matcher login = LOGIN.matcher(text);
            while (login.find()) {
                Optional<Person> person = directory.personWithLogin(login.group(1));
                if (person.isPresent() && seen.add(person.get().id())) {
                    found.add(new PersonMention(AttendanceExtractor.ref(directory, person.get().id()),
                            login.group(), provenance));
                }
            }
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                String written = name.group(1);
                // "Simon Kuenzer" as one name, else "Marc Michalis" as two.
                if (!mention(evidence, written, provenance, seen, found) && written.contains(" ")) {
                    String[] words = written.split("\\s+");
                    mention(evidence, words[0], provenance, seen, found);
                    mention(evidence, words[1], provenance, seen, found);
                }
            }
        }
        return found;
    }

    private boolean mention(NoteEvidence evidence, String written, Provenance provenance, Set<String> seen,
                            List<PersonMention> found) {
        if (!directory.knowsName(written)) {
            return false;
        }
        List<Resolution> resolved = directory.resolveEntry(evidence, written);
        if (resolved.size() != 1 || !resolved.get(0).resolved()) {
            return false;
        }
        String id = resolved.get(0).person();
        if (seen.add(id)) {
            found.add(new PersonMention(AttendanceExtractor.ref(directory, id), written, provenance));
        }
        return true;
    }
}
