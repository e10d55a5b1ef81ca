package io.minutegraph.facts.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.people.DeclaredPerson;
import io.minutegraph.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ownership from track lists and statements, on lines written as the corpus writes them and tricky ones. */
class OwnershipExtractorTest {

    private static List<String> owners(String body) throws Exception {
        Note note = NoteReader.parse("community/2022-04-21.md", ("""
                ---
                datetime: 2022-04-21T14:00:00+02:00
                teams: [community]
                participants:
                - Marc Rittinghaus
                - Michalis Pappas
                - RăzvanV
                - Vlad Badoiu
                - Dennis
                - Alexandra Pirvulescu
                ---
                """ + body).getBytes(StandardCharsets.UTF_8));
        PeopleDirectory directory = Annotated.directory(List.of(new DeclaredPerson("Răzvan Vîrtan", "razvanvirtan")),
                note);
        return Annotated.meetings(directory, Annotated.releases(note), note).get(0)
                .get(OwnershipExtractor.OWNERSHIP).stream().map(OwnershipExtractorTest::show).toList();
    }

    private static String show(Ownership o) {
        return o.provenance().line() + " " + o.person().id() + " " + o.track()
                + (o.status() == null ? "" : " [" + o.status() + "]") + " " + o.confidence();
    }

    @Test
    void trackListsNameOwnersInParentheses() throws Exception {
        // discussions/community/2022/2022-04-21.md, "Technical tracks"
        assertThat(owners("""
                ## Technical tracks
                * ARM (RăzvanV, Michalis)
                * Rust support (Vlad, Dennis, DanU)
                - plat re-arch (Marc, Michalis?): READY TO START
                * Hackathon (on Saturday)
                * Porting (see PR 42, Marc)
                """)).containsExactly(
                "13 razvan-virtan ARM 1.0", "13 michalis-pappas ARM 1.0",
                "14 vlad-badoiu Rust support 1.0", "14 dennis Rust support 1.0",
                "15 marc-rittinghaus plat re-arch [READY TO START] 1.0",
                "15 michalis-pappas plat re-arch [READY TO START] 0.5",
                "17 marc-rittinghaus Porting 1.0");
    }

    @Test
    void statementsAndSpeakersOwnToo() throws Exception {
        assertThat(owners("""
                ## Discussions
                Michalis will lead the plat re-arch work.
                Alexandra is working on the SSH server.
                MR: I've been moving around the interrupt controller code.
                MR: I'm not sure this works.
                Somebody will lead something.
                MR: I was using generic emulation.
                MR: We're currently using `ukswrand`.
                MR: I'm thinking of starting with `lcpu`.
                RV: For the allocator:
                - I'm working on procfs.
                Work done by Michalis.
                """)).containsExactly(
                "13 michalis-pappas the plat re-arch work 1.0",
                "14 alexandra-pirvulescu the SSH server 0.7",
                "15 marc-rittinghaus moving around the interrupt controller code 0.6",
                "22 razvan-virtan working on procfs 0.6",
                "23 michalis-pappas Work done 0.7");
    }

    @Test
    void aTodoSectionsOwnersAreActionItemsNotOwnership() throws Exception {
        assertThat(owners("""
                ## TODOs
                - Port the scheduler (Marc, Michalis)
                """)).isEmpty();
    }
}
