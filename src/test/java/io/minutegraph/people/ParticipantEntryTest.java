package io.minutegraph.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.people.NameForm.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Participant entries as the corpus writes them, and a few invented ones. */
class ParticipantEntryTest {

    private static List<String> kinds(String raw) {
        return ParticipantEntry.parse(raw).names().stream().map(f -> f.kind() + ":" + f.text()).toList();
    }

    @Test
    void splitsJoinedEntries() {
        assertThat(kinds("Simon, Felipe, Dragos")).containsExactly("FIRST:Simon", "FIRST:Felipe", "FIRST:Dragos");
        assertThat(kinds("FH, SK, DA, FP, RD")).containsExactly("INITIALS:FH", "INITIALS:SK", "INITIALS:DA",
                "INITIALS:FP", "INITIALS:RD");
        assertThat(kinds("Ana & Bob and Carol; Dan")).hasSize(4);
    }

    @Test
    void dropsRemarksAndKeepsAnnotationsThatCarryIdentity() {
        NameForm carol = ParticipantEntry.parse("Carol Bontas (came later)").names().get(0);
        assertThat(carol).isEqualTo(new NameForm("Carol Bontas", Kind.FULL, "carol", "bontas", java.util.Set.of("CB"), null));
        assertThat(ParticipantEntry.parse("Sairaj Kodilkar (SK)").names().get(0).initials()).containsExactly("SK");
        assertThat(ParticipantEntry.parse("Marin (`adminy`)").names().get(0).login()).isEqualTo("adminy");
        assertThat(ParticipantEntry.parse("Cristian Vijelie (CV)").names().get(0).initials()).containsExactly("CV");
    }

    @Test
    void readsHandlesFullNamesAndLogins() {
        NameForm handle = ParticipantEntry.parse("RăzvanD").names().get(0);
        assertThat(handle.kind()).isEqualTo(Kind.HANDLE);
        assertThat(handle.first()).isEqualTo("razvan");
        assertThat(handle.surname()).isEqualTo("d");
        assertThat(handle.initials()).containsExactly("RD");
        assertThat(ParticipantEntry.parse("RaduNichita").names().get(0).surname()).isEqualTo("nichita");
        assertThat(kinds("Razvan V")).containsExactly("HANDLE:Razvan V");
        NameForm vlad = ParticipantEntry.parse("Vlad-Andrei Bădoiu").names().get(0);
        assertThat(vlad.first()).isEqualTo("vlad");
        assertThat(vlad.surname()).isEqualTo("badoiu");
        // A joined first name gives its parts' initials too: Vlad-Andrei B is VB and VAB.
        assertThat(vlad.initials()).containsExactlyInAnyOrder("VB", "VAB");
        assertThat(kinds("adminy")).containsExactly("LOGIN:adminy");
        assertThat(ParticipantEntry.parse("ȘtefanJ").names().get(0).initials()).containsExactly("SJ");
    }

    @Test
    void placeholdersNameNobody() {
        for (String placeholder : new String[] {"TODO", "TO FILL", "None", "n/a", " ", "TBD"}) {
            assertThat(ParticipantEntry.parse(placeholder).isPlaceholder()).as(placeholder).isTrue();
        }
        assertThat(ParticipantEntry.parse("Todor").isPlaceholder()).isFalse();
    }

    @Test
    void speakerPrefixesAreInitialsNotWords() {
        assertThat(SpeakerPrefixes.prefix("RD: Create a GitHub project 0.16.3.")).isEqualTo("RD");
        assertThat(SpeakerPrefixes.prefix("* AJ/RD: talk to the FOSDEM organisers")).isEqualTo("AJ/RD");
        assertThat(SpeakerPrefixes.tokens("RD, SK")).containsExactly("RD", "SK");
        assertThat(SpeakerPrefixes.prefix("- SjK: look into it")).isEqualTo("SjK");
        assertThat(SpeakerPrefixes.prefix("TODO: nobody's")).isNull();
        assertThat(SpeakerPrefixes.prefix("SMP: still broken")).isNull();
        assertThat(SpeakerPrefixes.prefix("PR: https://github.com/unikraft/unikraft/pull/1")).isNull();
        assertThat(SpeakerPrefixes.prefix("Note: this is prose")).isNull();
        assertThat(SpeakerPrefixes.prefix("RD said: no colon prefix")).isNull();
    }
}
