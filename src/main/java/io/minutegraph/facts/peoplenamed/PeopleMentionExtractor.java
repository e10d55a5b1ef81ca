package io.minutegraph.facts.peoplenamed;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.NotePeople;
import io.minutegraph.annotate.SpeakerTurns;
import io.minutegraph.graph.Provenance;
import io.minutegraph.people.Person;
import io.minutegraph.people.Resolution;
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
public final class PeopleMentionExtractor implements Annotator {

    public static final Layer<List<PersonMention>> MENTIONS = new Layer<>("people mentioned");

    /** One or two capitalised words: a first name, a handle, or a full name. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}@/.-])(\\p{Lu}[\\p{L}'’-]*\\p{L}"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]*\\p{L})?)(?![\\p{L}])");
    private static final Pattern LOGIN = Pattern.compile("(?<![\\w/])@([A-Za-z\\d](?:[A-Za-z\\d-]{0,38}))\\b");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PEOPLE, Layers.SPEAKER_TURNS, Layers.ATTENDEES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(MENTIONS);
    }

    @Override
    public void annotate(NoteDocument note) {
        NotePeople people = note.get(Layers.PEOPLE);
        SpeakerTurns turns = note.get(Layers.SPEAKER_TURNS);
        Set<Integer> attendeeLines = new HashSet<>();
        note.get(Layers.ATTENDEES).forEach(a -> attendeeLines.add(a.line()));
        List<PersonMention> found = new ArrayList<>();
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            if (attendeeLines.contains(n)) {
                continue; // attendance, not a mention
            }
            String line = note.line(n);
            String text = turns.said(n, line);
            Set<String> seen = new HashSet<>();
            Provenance provenance = new Provenance(note.source(), n, line.strip());
            Matcher login = LOGIN.matcher(text);
            while (login.find()) {
                Optional<Person> person = people.withLogin(login.group(1));
                if (person.isPresent() && seen.add(person.get().id())) {
                    found.add(new PersonMention(people.ref(person.get().id()), login.group(), provenance));
                }
            }
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                String written = name.group(1);
                // "Simon Kuenzer" as one name, else "Marc Michalis" as two.
                if (!mention(people, written, provenance, seen, found) && written.contains(" ")) {
                    String[] words = written.split("\\s+");
                    mention(people, words[0], provenance, seen, found);
                    mention(people, words[1], provenance, seen, found);
                }
            }
        }
        note.put(MENTIONS, List.copyOf(found));
    }

    private static boolean mention(NotePeople people, String written, Provenance provenance, Set<String> seen,
                                   List<PersonMention> found) {
        if (!people.knowsName(written)) {
            return false;
        }
        List<Resolution> resolved = people.entry(written);
        if (resolved.size() != 1 || !resolved.get(0).resolved()) {
            return false;
        }
        String id = resolved.get(0).person();
        if (seen.add(id)) {
            found.add(new PersonMention(people.ref(id), written, provenance));
        }
        return true;
    }
}
