package io.minutegraph.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Identity resolution on small invented folders that each hold one trap the real notes hold too. */
class PeopleDirectoryTest {

    private static NoteEvidence note(String source, String date, String team, Set<String> initials,
                                     String... participants) {
        return new NoteEvidence(source, LocalDate.parse(date), Set.of(team), List.of(participants), initials);
    }

    private static String person(PeopleDirectory directory, NoteEvidence note, String entry) {
        return directory.resolveEntry(note, entry).get(0).person();
    }

    @Test
    void handlesFullNamesAndLoginsOfOnePersonMeet() {
        NoteEvidence a = note("a.md", "2023-01-01", "community", Set.of(), "AlexJ", "RazvanD", "RAzvanD");
        NoteEvidence b = note("b.md", "2023-01-08", "community", Set.of(), "Alexander Jung", "Alexander Jun", "Simon");
        PeopleDirectory directory = PeopleDirectory.build(List.of(a, b),
                List.of(new DeclaredPerson("Răzvan Deaconescu", "razvand"), new DeclaredPerson("Simon Kuenzer", "skuenzer")));

        assertThat(person(directory, a, "AlexJ")).isEqualTo("alexander-jung");
        assertThat(person(directory, b, "Alexander Jun")).isEqualTo("alexander-jung");
        assertThat(person(directory, a, "RazvanD")).isEqualTo("razvan-deaconescu");
        assertThat(person(directory, a, "RAzvanD")).isEqualTo("razvan-deaconescu");
        assertThat(person(directory, b, "Simon")).isEqualTo("simon-kuenzer");
        Person razvan = directory.person("razvan-deaconescu").orElseThrow();
        assertThat(razvan.name()).isEqualTo("Răzvan Deaconescu");
        assertThat(razvan.github()).isEqualTo("razvand");
        assertThat(razvan.aliases()).containsExactly("RAzvanD", "RazvanD");
        assertThat(razvan.initials()).containsExactly("RD");
    }

    @Test
    void similarNamesOfDifferentPeopleStayApart() {
        NoteEvidence n = note("n.md", "2023-01-01", "t", Set.of(),
                "Sergiu Moga", "Sergio", "Marc Rittinghaus", "Marco", "Dan", "Antoine", "Antoinne", "Teodor", "Teodora");
        PeopleDirectory directory = PeopleDirectory.build(List.of(n), List.of(new DeclaredPerson("Daniel Dincă", null)));
        assertThat(person(directory, n, "Sergio")).isNotEqualTo("sergiu-moga");
        assertThat(person(directory, n, "Marco")).isNotEqualTo("marc-rittinghaus");
        assertThat(person(directory, n, "Dan")).isNotEqualTo("daniel-dinca");
        assertThat(person(directory, n, "Teodora")).isNotEqualTo(person(directory, n, "Teodor"));
        assertThat(person(directory, n, "Antoinne")).isEqualTo(person(directory, n, "Antoine"));
    }

    @Test
    void aHandleTwoPeopleShareIsDecidedPerNoteOrLeftOpen() {
        NoteEvidence both = note("both.md", "2023-01-01", "vmm", Set.of(), "RaduNichita", "Radu Niculae");
        NoteEvidence withNiculae = note("x.md", "2023-02-01", "kraft", Set.of(), "RaduN", "Radu Niculae");
        NoteEvidence alone = note("y.md", "2023-02-01", "docs", Set.of(), "RaduN");
        PeopleDirectory directory = PeopleDirectory.build(List.of(both, withNiculae, alone), List.of());

        assertThat(person(directory, withNiculae, "RaduN")).isEqualTo("radunichita");
        Resolution open = directory.resolveEntry(alone, "RaduN").get(0);
        assertThat(open.resolved()).isFalse();
        assertThat(open.candidates()).containsExactlyInAnyOrder("radunichita", "radu-niculae");
        assertThat(open.reason()).contains("does not say which");
    }

    @Test
    void aBareFirstNameFollowsTheNotesOwnEvidence() {
        List<NoteEvidence> notes = new ArrayList<>();
        // Dragos Petre attends docs; Dragoș Argint is declared and named by "DA:" lines in app-compat notes.
        for (int i = 1; i <= 4; i++) {
            notes.add(note("docs-" + i + ".md", "2023-0" + i + "-01", "docs", Set.of(), "Dragos Petre", "Delia"));
        }
        NoteEvidence byInitials = note("ac-1.md", "2023-03-01", "app-compat", Set.of("DA", "SK"), "Dragoș", "SimonK");
        NoteEvidence again = note("ac-2.md", "2023-03-08", "app-compat", Set.of("DA"), "Dragoș");
        NoteEvidence elsewhere = note("other.md", "2023-03-08", "gsoc", Set.of(), "Dragoș");
        notes.addAll(List.of(byInitials, again, elsewhere));
        PeopleDirectory directory = PeopleDirectory.build(notes, List.of(new DeclaredPerson("Dragoș Argint", "dragosargint")));

        assertThat(person(directory, byInitials, "Dragoș")).isEqualTo("dragos-argint");
        // gsoc: neither attends it, and in the period they are about as active (4 and 2 meetings): left open.
        Resolution open = directory.resolveEntry(elsewhere, "Dragoș").get(0);
        assertThat(open.resolved()).isFalse();
        assertThat(open.candidates()).containsExactlyInAnyOrder("dragos-argint", "dragos-petre");
        // Once one is far more active around then (18 meetings to 4), the period decides.
        for (int i = 10; i <= 25; i++) {
            notes.add(note("ac-x" + i + ".md", "2023-04-" + i, "app-compat", Set.of("DA"), "Dragoș"));
        }
        PeopleDirectory busier = PeopleDirectory.build(notes, List.of(new DeclaredPerson("Dragoș Argint", "dragosargint")));
        assertThat(person(busier, elsewhere, "Dragoș")).isEqualTo("dragos-argint");
        assertThat(person(directory, notes.get(0), "Dragos Petre")).isEqualTo("dragos-petre");
    }

    @Test
    void initialsResolveToParticipantsFirstAndNeverToOneOfTwo() {
        NoteEvidence onlySimon = note("a.md", "2023-01-01", "kraft", Set.of("SK"), "Simon Kuenzer", "Cezar");
        NoteEvidence both = note("b.md", "2023-01-08", "smp", Set.of("SK"), "Simon Kuenzer", "Sairaj Kodilkar (SK)");
        NoteEvidence sairajTeam = note("c.md", "2023-01-15", "smp", Set.of(), "Sairaj", "Cezar");
        List<NoteEvidence> notes = new ArrayList<>(List.of(onlySimon, both, sairajTeam));
        for (int i = 1; i <= 4; i++) {
            notes.add(note("smp-" + i + ".md", "2023-02-0" + i, "smp", Set.of(), "Sairaj"));
        }
        NoteEvidence absentSpeaker = note("d.md", "2023-03-01", "smp", Set.of("SK"), "Cezar");
        notes.add(absentSpeaker);
        PeopleDirectory directory = PeopleDirectory.build(notes, List.of());

        assertThat(directory.resolveInitials(onlySimon, "SK").person()).isEqualTo("simon-kuenzer");
        Resolution clash = directory.resolveInitials(both, "SK");
        assertThat(clash.resolved()).isFalse();
        assertThat(clash.reason()).contains("fit several participants");
        // Not a participant: the SK who attends smp around then.
        assertThat(directory.resolveInitials(absentSpeaker, "Sk").person()).isEqualTo("sairaj-kodilkar");
        assertThat(directory.resolveInitials(absentSpeaker, "ZZ").resolved()).isFalse();
    }

    @Test
    void conflictingEvidenceLeavesAMentionOpen() {
        List<NoteEvidence> notes = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            notes.add(note("c" + i + ".md", "2023-0" + i + "-01", "community", Set.of(), "AlexJ"));
        }
        notes.add(note("s.md", "2023-02-01", "security", Set.of(), "AlexA"));
        // The text names AA as an owner, but the Alex at community meetings is Alex J.
        NoteEvidence conflicted = note("x.md", "2023-06-01", "community", Set.of("AA"), "Alex");
        NoteEvidence plain = note("y.md", "2023-06-08", "community", Set.of(), "Alex");
        notes.addAll(List.of(conflicted, plain));
        PeopleDirectory directory = PeopleDirectory.build(notes, List.of());

        assertThat(person(directory, plain, "Alex")).isEqualTo("alexj");
        Resolution open = directory.resolveEntry(conflicted, "Alex").get(0);
        assertThat(open.resolved()).isFalse();
        assertThat(open.reason()).contains("initials point to AlexA").contains("teams and date to AlexJ");
    }

    @Test
    void aRegistryOverridesTheAutomaticResolution() {
        NoteEvidence n = note("n.md", "2023-01-01", "t", Set.of("MK"), "Maria", "MariaS", "MariaP", "Martin");
        PeopleRegistry.Entry maria = new PeopleRegistry.Entry(null, "Maria Sfîrăială", List.of("Maria", "MariaS"),
                List.of("MS"), null);
        PeopleRegistry.Entry martin = new PeopleRegistry.Entry("martin-k", "Martin K.", List.of("Martin"), List.of("MK"),
                "martink");
        PeopleDirectory automatic = PeopleDirectory.build(List.of(n), List.of());
        PeopleDirectory registered = PeopleDirectory.build(List.of(n), List.of(), List.of(maria, martin));

        assertThat(automatic.resolveEntry(n, "Maria").get(0).resolved()).isFalse();
        assertThat(person(registered, n, "Maria")).isEqualTo("maria-sfiraiala");
        assertThat(person(registered, n, "MariaS")).isEqualTo("maria-sfiraiala");
        assertThat(person(registered, n, "MariaP")).isNotEqualTo("maria-sfiraiala");
        assertThat(registered.resolveInitials(n, "MK").person()).isEqualTo("martin-k");
        Person martinK = registered.person("martin-k").orElseThrow();
        assertThat(martinK.name()).isEqualTo("Martin K.");
        assertThat(martinK.github()).isEqualTo("martink");
    }

    @Test
    void initialsTheNotesNeverSpellOutAreLearntFromWhoIsThere() {
        List<NoteEvidence> notes = new ArrayList<>();
        // Martin has no surname anywhere; the rust notes he attends use "MK:" which nobody else there explains.
        for (int i = 1; i <= 3; i++) {
            notes.add(note("rust-" + i + ".md", "2023-0" + i + "-01", "rust", Set.of("MK", "RD"), "Martin", "RăzvanD",
                    "Marc Rittinghaus"));
        }
        // An absent owner's initials ("SJ") never teach the one participant who already has initials.
        notes.add(note("c.md", "2023-04-01", "community", Set.of("SJ"), "Simon Kuenzer"));
        notes.add(note("d.md", "2023-04-08", "community", Set.of("SJ"), "Simon Kuenzer"));
        PeopleDirectory directory = PeopleDirectory.build(notes, List.of());

        assertThat(directory.person("martin").orElseThrow().initials()).containsExactly("MK");
        assertThat(directory.resolveInitials(notes.get(0), "MK").person()).isEqualTo("martin");
        assertThat(directory.person("simon-kuenzer").orElseThrow().initials()).containsExactly("SK");
    }

    @Test
    void initialsMayBeAParticipantKnownByFirstNameOnly() {
        List<NoteEvidence> notes = new ArrayList<>();
        // Florin Pop goes by FP and attends community meetings every week; Fabian and Sahil are only ever first names.
        for (int i = 1; i <= 6; i++) {
            notes.add(note("c-" + i + ".md", "2023-0" + i + "-01", "community", Set.of(), "Florin Pop", "Sergiu Moga"));
        }
        NoteEvidence rust = note("rust.md", "2023-06-07", "rust", Set.of("FP"), "Fabian", "Dennis Kobert");
        NoteEvidence community = note("c.md", "2023-06-14", "community", Set.of("SM"), "Sahil", "Fabian");
        NoteEvidence twoGs = note("t.md", "2023-06-21", "rust", Set.of("GP"), "Gabi", "Gustav", "Fabian");
        NoteEvidence absent = note("a.md", "2023-06-28", "rust", Set.of("FP"), "Dennis Kobert");
        notes.addAll(List.of(rust, community, twoGs, absent));
        PeopleDirectory directory = PeopleDirectory.build(notes, List.of());

        // Florin is not seen at rust meetings: the FP at one Fabian attends is Fabian.
        assertThat(directory.resolveInitials(rust, "FP").person()).isEqualTo("fabian");
        // At community meetings Sergiu Moga, absent this time, is far more active than Sahil: SM is still Sergiu.
        assertThat(directory.resolveInitials(community, "SM").person()).isEqualTo("sergiu-moga");
        // Gabi and Gustav may both be GP: neither is guessed.
        Resolution open = directory.resolveInitials(twoGs, "GP");
        assertThat(open.resolved()).isFalse();
        assertThat(open.candidates()).containsExactlyInAnyOrder("gabi", "gustav");
        // Nobody may be FP in that note but Florin, the only person known by FP; Fabian attended rust meetings then,
        // so he may be the absent owner as much as Florin.
        Resolution absentOwner = directory.resolveInitials(absent, "FP");
        assertThat(absentOwner.resolved()).isFalse();
        assertThat(absentOwner.reason()).contains("Florin Pop").contains("Fabian");
        // The lower-case letters of longer initials are checked against the first name: Sj is not Sahil.
        assertThat(directory.resolveInitials(community, "SjK").resolved()).isFalse();
    }
}
