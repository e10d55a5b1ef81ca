package io.minutegraph.facts.actionitems;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.graph.PersonRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action items in the conventions of other communities than Unikraft: lines copied from the notes in
 * ../shared/foreign-corpora (a comment names each file), set in notes that list the people they name, and invented
 * lines that must not be items or must be read with care.
 */
class ActionItemConventionsTest {

    private static final String PEOPLE = """
            ---
            date: 2024-01-01
            participants: [Luke Wagner, Ben Smith, JF Bastien, Brad Nelson, Derek Schuff, Paolo Severini,
              Thomas Lively, Andrew Brown, Trevor Norris, Bert Belder, Rich Trott, Matteo Collina, Josh Triplett,
              Niko Matsakis, Rafael Gonzaga, Paolo Insogna, Eric Holk, Mary Marchini, Arno Ranieri, James Zern]
            ---
            """;

    private static List<ActionItem> items(String body) throws Exception {
        return Annotated.first(Annotated.parse("t/2024-01-01.md", PEOPLE + body))
                .get(ActionItemExtractor.ACTION_ITEMS);
    }

    /** "line kind owners group done | text", the line counted in the body, front matter left out. */
    private static String show(ActionItem a) {
        return (a.provenance().line() - 6) + " " + a.kind() + " "
                + a.owners().stream().map(PersonRef::name).toList() + " " + a.group() + " " + a.done() + " | "
                + a.text();
    }

    @Test
    void markersNameTheirItemAndItsOwner() throws Exception {
        List<ActionItem> items = items("""
                ## Discussion

                **Action item**: Luke to start an email thread, loop in Domenic.

                * ACTION: Trevor to email summary of potential security concern to <mailto:security@nodejs.org>.

                * Action item: Josh to ping person who pitched it and see what their story is

                AI: Ben will put something on the CG agenda.

                [TODO(thomas): link to slides]

                * DS -> Action item to prepare some kind of summary of how we are doing

                Arno → update the download page

                Next steps: Josh and Niko to build a template roadmap.
                """);
        // wasm main/2017/CG-07.md:313, node-tsc meetings/2015-06-17.md:102,
        // rust-lang design-meeting-minutes/2021-02-03-Planning-Meeting.md:73, wasm debugging/2019/debugging-09-19.md:148,
        // wasm gc/2020/GC-09-08.md:132, wasm debugging/2020/debugging-07-23.md:48,
        // rust-lang design-meeting-minutes/2022-02-02-planning.md:177
        assertThat(items).extracting(ActionItemConventionsTest::show).containsExactly(
                "3 todo [Luke Wagner] null false | Luke to start an email thread, loop in Domenic.",
                "5 todo [Trevor Norris] null false | Trevor to email summary of potential security concern to"
                        + " <mailto:security@nodejs.org>.",
                "7 todo [Josh Triplett] null false | Josh to ping person who pitched it and see what their story is",
                "9 todo [Ben Smith] null false | Ben will put something on the CG agenda.",
                "11 todo [Thomas Lively] null false | link to slides",
                "13 todo [Derek Schuff] null false | Action item to prepare some kind of summary of how we are doing",
                "15 todo [Arno Ranieri] null false | update the download page",
                "17 todo [Josh Triplett, Niko Matsakis] null false | Josh and Niko to build a template roadmap.");
    }

    @Test
    void anOwnerAMarkerNamesIsKeptUnresolvedWhenNobodyIsKnownSo() throws Exception {
        // wasm main/2018/CG-08-21.md:34
        List<ActionItem> items = items("""
                ## Discussion

                1. AI(dtig@): collect previous CG notes about SIMD into GH issue
                """);
        assertThat(items).singleElement().satisfies(a -> {
            assertThat(a.owners()).isEmpty();
            assertThat(a.unresolved()).singleElement().asString().startsWith("dtig:");
            assertThat(a.text()).isEqualTo("collect previous CG notes about SIMD into GH issue");
        });
    }

    @Test
    void someoneNamedTakingSomethingOnInTheMinutes() throws Exception {
        List<ActionItem> items = items("""
                ## h1 bounty program

                * Rich will reach out to some involved parties on the team to discuss winding it down.
                * Matteo has volunteered to create the repo tomorrow morning
                * Bert to review list and see if there’s any contributors that seem we should not add.
                * Other TC members can review list this week.
                * Rafael has talked to Paolo who will write up more background.
                * binary naming: Ben currently taking care of renaming, Bert will help out with a solution
                * group agreed to leave it out.
                """);
        // node-tsc meetings/2020-10-29.md:71, meetings/2018-09-05.md:95, meetings/io.js/2015-01-07.md:97, 98 and 129,
        // meetings/2023-02-01.md:50 (Paolo is written as a participant who is no one else); "group agreed" decides.
        assertThat(items).extracting(ActionItemConventionsTest::show).containsExactly(
                "3 commitment [Rich Trott] null false | Rich will reach out to some involved parties on the team to"
                        + " discuss winding it down.",
                "4 commitment [Matteo Collina] null false | Matteo has volunteered to create the repo tomorrow morning",
                "5 commitment [Bert Belder] null false | Bert to review list and see if there’s any contributors that"
                        + " seem we should not add.",
                "6 commitment [] Other TC members false | Other TC members can review list this week.",
                "7 commitment [] null false | Rafael has talked to Paolo who will write up more background.",
                "8 commitment [Bert Belder] null false | Ben currently taking care of renaming, Bert will help out"
                        + " with a solution");
        assertThat(items.get(4).unresolved()).anyMatch(u -> u.startsWith("Paolo:"));
    }

    @Test
    void speakersCommitmentsAndOrdersButNotWhatTheySayInTheMeeting() throws Exception {
        List<ActionItem> items = items("""
                ## Discussion

                TL: Sounds like we have agreement. I will make a PR to the overview.

                AB: Let me talk with Nick and Johnnie and we will let you know

                DS: Send the measurements to Discord

                TL: We should take an action item to explore and document this design space more.

                LW: I will push back a bit on the JIT aspect.

                LW: I want to point out we can’t ship an MVP with GC without a plan for concurrency.

                TL: that’s what I want to measure, to make sure we know what is helping performance.

                AB: I’ll start an email thread with a few folks.

                * **Action item**: Andrew to start an email thread, loop in Domenic.
                """);
        // wasm threads/2024/THREADS-12-10.md:130, benchmarking/2024/benchmarking-02-09.md:106,
        // threads/2024/THREADS-02-20.md:206; what speaks in the meeting: main/2017/CG-07.md:1087,
        // gc/2020/GC-09-08.md:176, main/2020/CG-09-29.md:162; a promise the minutes then record: CG-07.md:309, 313.
        assertThat(items).extracting(ActionItemConventionsTest::show).containsExactly(
                "3 commitment [Thomas Lively] null false | Sounds like we have agreement. I will make a PR to the"
                        + " overview.",
                "5 commitment [Andrew Brown] null false | Let me talk with Nick and Johnnie and we will let you know",
                "7 commitment [Derek Schuff] null false | Send the measurements to Discord",
                "9 commitment [] we false | We should take an action item to explore and document this design space"
                        + " more.",
                "19 todo [Andrew Brown] null false | Andrew to start an email thread, loop in Domenic.");
    }

    @Test
    void sectionsAndTitledListsOfThingsToDo() throws Exception {
        List<ActionItem> items = items("""
                ## Action items

                * [ ] niko to post summary comment on turbofish RFC and postpone
                    * update: thought about it, didn't act yet because pondering
                * [ ] mem::zeroed/uninit: panic on types that do not permit zero-initialization #66059
                    * Josh to write a comment
                - ~~Niko to schedule with Ralf a design meeting on arc-drop~~
                - [x] Eric: update the release notes
                - scott to post comment on the RFC (done)

                ## Action item review

                * [Action items list](https://hackmd.io/gstfhtXYTHa3Jv-P_2RK7A)

                ## Administration of GitHub

                **Action items**

                * Google toolchain folks: Gather data on where tail call would be used.
                * JZ / BN: Try contacting MIPS / POWER folks to perform measurements.

                ### Next steps

                - Start FCP on "TAIT defining scope options".
                - Has met technical requirements for phase 3, how does the CG feel about moving forward?
                """);
        // rust-lang minutes/2019-12-12.md:10, minutes/2020-01-02.md:11, minutes/2020-01-16.md:13,
        // minutes/2021-08-31.md:31; wasm main/2017/CG-07.md:1265-1267, 515 and 704;
        // rust-lang design-meeting-minutes/2023-05-31-TAIT-stabilization.md:459; wasm main/2022/CG-03-01.md:119
        assertThat(items).extracting(ActionItemConventionsTest::show).containsExactly(
                "3 todo [Niko Matsakis] null false | niko to post summary comment on turbofish RFC and postpone",
                "5 todo [Josh Triplett] null false | mem::zeroed/uninit: panic on types that do not permit"
                        + " zero-initialization #66059",
                "7 todo [Niko Matsakis] null true | Niko to schedule with Ralf a design meeting on arc-drop",
                "8 todo [Eric Holk] null true | update the release notes",
                "9 todo [] null true | scott to post comment on the RFC (done)",
                "19 todo [] Google toolchain folks false | Gather data on where tail call would be used.",
                "20 todo [James Zern, Brad Nelson] null false | Try contacting MIPS / POWER folks to perform"
                        + " measurements.",
                "24 todo [] null false | Start FCP on \"TAIT defining scope options\".");
    }

    @Test
    void whatIsNoActionItem() throws Exception {
        List<ActionItem> items = items("""
                ## Agenda

                - [x] Release planning
                - [ ] Travel fund

                ## Updates

                * Anatoli is working to reinstate the flag.
                * The streams PR landed last week; Colin's fix was merged.
                * Should Mary write the blog post?
                * Rich will review the PR?
                * Luke will be at the summit next week.
                * Mary will be there.
                * Joyee - Snapshots - PRs still open to make snapshots work, please take a look
                * Michael -> we should look at topics and consider for later in the year.
                * Dec 15 planning another meeting for Matteo/Vladimir to give everybody some tips
                * Hard to triage them all, let alone fix them.
                > Obviously, we need to bring the documentation and the implementation into agreement. @eholk plans to
                > investigate whether to extend the impl.
                """);
        // Invented, except: node-tsc meetings/2024-02-21.md:56 (an appeal), meetings/2021-12-02.md:55,
        // meetings/2024-09-04.md:71 and the arrow of meetings/2021-03-03.md; a quote: rust-lang minutes/2022-07-12.md:288
        assertThat(items).isEmpty();
    }

    @Test
    void aGroupOwnsWhatItIsGivenAndANameNobodyIsKnownByOwnsNothing() throws Exception {
        List<ActionItem> items = items("""
                ## Action items

                - Everyone: review the charter draft.
                - Xavier to file the bug upstream.
                """);
        assertThat(items).extracting(ActionItemConventionsTest::show).containsExactly(
                "3 todo [] Everyone false | review the charter draft.",
                "4 todo [] null false | Xavier to file the bug upstream.");
    }
}
