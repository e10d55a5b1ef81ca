package io.minutegraph.facts.actionitems;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import io.minutegraph.annotate.Annotated;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Action items on real notes of the corpus and on invented tricky ones. */
class ActionItemExtractorTest {

    private static List<ActionItem> items(Note... notes) throws Exception {
        return Annotated.first(notes).get(ActionItemExtractor.ACTION_ITEMS);
    }

    private static Note corpus(String source) throws Exception {
        return NoteReader.read(new NoteFile(TestPaths.corpus().resolve(source), source));
    }

    private static Note note(String text) throws Exception {
        return NoteReader.parse("t/2024-01-01.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String show(ActionItem a) {
        return a.provenance().line() + " " + a.kind() + " " + a.rawOwner() + " "
                + a.owners().stream().map(PersonRef::id).toList() + " " + a.group() + " | " + a.text();
    }

    @Test
    void readsTheTodoSectionOfARealCommunityMeeting() throws Exception {
        // discussions/community/2023/2023-01-06.md, "## :wrench: TODOs and Decisions"
        List<ActionItem> items = items(corpus("discussions/community/2023/2023-01-06.md"));
        assertThat(items).extracting(ActionItemExtractorTest::show).contains(
                "175 todo RD/AJ [razvand, alexj] null | Post on social media on Unikraft hackathon happening on"
                        + " Saturday, January 14, 2023.",
                "187 todo All [] All | Work towards the 0.12 release.",
                "191 todo TODO [] null | Find place to post community guidelines / pledge. Probably on the"
                        + " documentation website.");
    }

    @Test
    void splitsAParagraphOfOwnerLinesAndFindsCommitmentsInTheDiscussion() throws Exception {
        // discussions/kraft/2023-02-15.md: "## :wrench: Decisions and TODOs" holds four owner lines in one
        // paragraph; "SJ: I'll keep looking into this" (line 51) is a commitment in the discussion.
        List<ActionItem> items = items(corpus("discussions/kraft/2023-02-15.md"));
        assertThat(items).extracting(a -> a.provenance().line() + " " + a.kind() + " " + a.rawOwner())
                .containsExactly("51 commitment SJ", "64 todo CC", "65 todo Lukas", "66 todo AJ", "67 todo SJ");
        assertThat(items.get(2).owners()).extracting(PersonRef::id).containsExactly("lukas");
        assertThat(items.get(4).text()).isEqualTo("Tinker with the library");
    }

    @Test
    void anOwnerLineOnItsOwnOwnsTheListBelow() throws Exception {
        // discussions/musl-syscall/2023-02-15.md: "PO:" then two bullets
        List<ActionItem> items = items(corpus("discussions/musl-syscall/2023-02-15.md"));
        assertThat(items).filteredOn(a -> a.kind().equals("todo")).extracting(a -> a.provenance().line() + " "
                + a.rawOwner()).contains("108 CV, SJ, TT", "109 CV, SJ, TT", "113 PO", "114 PO")
                .doesNotContain("106 CV, SJ, TT", "111 PO");
    }

    @Test
    void ownersInParenthesesOrByLoginAndLabelsThatAreNotOwners() throws Exception {
        Note n = note("""
                ---
                teams: [kraft]
                participants:
                - Marc Rittinghaus
                - Michalis
                - Simon Kuenzer
                ---

                ### Action items
                - Port the scheduler (Marc, Michalis)
                - Review the PR @skuenzer
                - Note: nobody owns this one
                * [ ] SK: tick the box

                ## Discussion
                MR: I'll look at it next week.
                Then I will send a summary.
                Are there changes that I need to do?
                """);
        PeopleDirectory directory = Annotated.directory(
                List.of(new io.minutegraph.people.DeclaredPerson("Simon Kuenzer", "skuenzer")), n);
        List<ActionItem> items = Annotated.meetings(directory, Annotated.releases(n), n).get(0)
                .get(ActionItemExtractor.ACTION_ITEMS);
        assertThat(items).extracting(ActionItemExtractorTest::show).containsExactly(
                "10 todo Marc, Michalis [marc-rittinghaus, michalis] null | Port the scheduler (Marc, Michalis)",
                "11 todo @skuenzer [simon-kuenzer] null | Review the PR @skuenzer",
                "12 todo null [] null | Note: nobody owns this one",
                "13 todo SK [simon-kuenzer] null | tick the box",
                "16 commitment MR [marc-rittinghaus] null | I'll look at it next week.",
                "17 commitment MR [marc-rittinghaus] null | Then I will send a summary.");
    }

    @Test
    void commitmentsWithoutASubjectOrNamingSomeoneElse() throws Exception {
        Note note = note("""
                ---
                datetime: 2023-05-10
                participants: [Paul Ungureanu, Adina Smeu, Alexander Jung, RăzvanD]
                ---
                ## Discussions
                PU: Could be. Had a similar issue. Will investigate further
                PU: No, will take a look into that
                AJ: Provide token for GitHub for the CI/CD action. Adina to provide the variable name.
                RD: We'll look into rescheduling the calls
                RD: We will be fine.
                PU: Will it work on Xen?
                Nobody to blame here.
                """);
        // discussions/vmm/2023-05-10.md:33,49 and discussions/ide/2022-01-25.md:25, then tricky ones
        assertThat(items(note)).extracting(ActionItemExtractorTest::show).containsExactly(
                "6 commitment PU [paul-ungureanu] null | Could be. Had a similar issue. Will investigate further",
                "7 commitment PU [paul-ungureanu] null | No, will take a look into that",
                "8 commitment Adina [adina-smeu] null | Provide token for GitHub for the CI/CD action. Adina to provide"
                        + " the variable name.",
                "9 commitment RD [razvand] null | We'll look into rescheduling the calls");
    }
}
