package io.minutegraph.facts.peoplenamed;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.people.DeclaredPerson;
import io.minutegraph.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named in the text, resolved as participants are. */
class PeopleMentionExtractorTest {

    private static Note note(String source, String participants, String body) throws Exception {
        return NoteReader.parse(source, ("---\ndatetime: 2023-06-05\nteams: [community]\nparticipants: ["
                + participants + "]\n---\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesInTheTextLinkToThePeopleTheyDenote() throws Exception {
        Note other = note("a.md", "Marc Rittinghaus, Michalis Pappas, Simon Kuenzer, AlexJ, AlexA", "");
        Note note = note("b.md", "Marc, Michalis", """
                Thanks to Marc, Michalis and Simon for the plat re-arch work.
                RD: ask @razvand and Simon Kuenzer.
                Alex will follow up. May the Force be with SMP.
                """);
        PeopleDirectory directory = Annotated.directory(List.of(new DeclaredPerson("Răzvan Deaconescu", "razvand")),
                other, note);
        List<String> found = Annotated.meetings(directory, Annotated.releases(note), note).get(0)
                .get(PeopleMentionExtractor.MENTIONS).stream()
                .map(m -> m.provenance().line() + " " + m.written() + " " + m.person().id()).toList();
        // The speaker RD is a speaker, not a mention; "Alex" could be Alex J or Alex A: not guessed.
        assertThat(found).containsExactly("6 Marc marc-rittinghaus", "6 Michalis michalis-pappas",
                "6 Simon simon-kuenzer", "7 @razvand razvan-deaconescu", "7 Simon Kuenzer simon-kuenzer");
    }
}
