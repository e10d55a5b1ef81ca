package io.minutegraph.facts.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.FolderSettings;
import io.minutegraph.annotate.MeetingsInFile;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.PeopleAnnotator;
import io.minutegraph.annotate.Pipeline;
import io.minutegraph.annotate.TaskSectionsAnnotator;
import io.minutegraph.extract.NoteGraphBuilder;
import io.minutegraph.facts.decisions.DecisionExtractor;
import io.minutegraph.notes.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proposals and their stages in every community's words: real lines of the four corpora (the comment names the
 * file), and invented lines that look like proposals or stage changes and are none.
 */
class ProposalExtractorTest {

    /** "line key stage outcome", what a reader of the graph would see of a mention. */
    private static String show(ProposalMention p) {
        return p.provenance().line() + " " + p.key() + (p.stage() == null ? "" : " " + p.stage() + " " + p.outcome());
    }

    /**
     * The first note's proposals, every meeting of it, in a folder of exactly these notes, from a pipeline of what
     * proposals read (the first pass, task sections, people, decisions) and the extractor: the full pipeline's
     * language models add nothing to them and cost seconds.
     */
    private static List<ProposalMention> proposals(Note... folder) throws Exception {
        KnownProposals known = Annotated.proposals(folder);
        List<Annotator> annotators = new ArrayList<>(NoteGraphBuilder.firstPass(FolderSettings.NONE, "notes")
                .annotators());
        annotators.addAll(List.of(new TaskSectionsAnnotator(), new PeopleAnnotator(Annotated.directory(folder)),
                new DecisionExtractor(), new ProposalExtractor(known)));
        Pipeline pipeline = new Pipeline(annotators);
        List<ProposalMention> all = new ArrayList<>();
        for (NoteDocument meeting : MeetingsInFile.split(folder[0])) {
            pipeline.annotate(meeting);
            all.addAll(meeting.get(ProposalExtractor.PROPOSALS));
        }
        return all;
    }

    private static List<ProposalMention> invented(String body) throws Exception {
        return proposals(note("notes/2024-05-07.md", body));
    }

    private static Note note(String source, String body) throws Exception {
        return Annotated.parse(source, "# Weekly sync\n\n## Attendees\n\n- Andreas Rossberg\n- Zhi An Ng\n"
                + "- Sam Clegg\n\n## Notes\n\n" + body);
    }

    private static List<String> shown(List<ProposalMention> found) {
        return found.stream().map(ProposalExtractorTest::show).toList();
    }

    // ---- real notes ----

    @Test
    void wasmPollsMoveTheLinkedProposalAndTheAgendaCallsThem() throws Exception {
        // wasm main/2022/CG-04-12.md: the agenda's "Update on [Relaxed SIMD](https://github.com/WebAssembly/
        // relaxed-simd/) (Zhi An Ng) [15 min]" over "Poll for phase 3"; in the notes "**Poll:** Move relaxed-simd to
        // Phase 3" over |SF|F|N|A|SA| / |4|11|10|0|0|, under the heading that links it
        List<ProposalMention> found = proposals(Annotated.foreign("wasm", "main/2022/CG-04-12.md"));
        assertThat(shown(found)).containsExactly(
                "27 WebAssembly/relaxed-simd",
                "28 WebAssembly/relaxed-simd phase 3 null",
                "29 WebAssembly/js-promise-integration",
                "30 WebAssembly/js-promise-integration phase 2 null",
                "241 WebAssembly/relaxed-simd phase 3 passed",
                "255 WebAssembly/js-promise-integration phase 2 passed");
        ProposalMention simd = found.get(0);
        assertThat(simd.title()).isEqualTo("Relaxed SIMD");
        assertThat(simd.url()).isEqualTo("https://github.com/WebAssembly/relaxed-simd/");
        assertThat(simd.champions()).containsExactly("zhi-an-ng");
        assertThat(found.get(5).champions()).containsExactly("francis-mccabe");
    }

    @Test
    void wasmResultsStatedInWordsPassAndAnAnswerOnTheSameLineSettlesTheCall() throws Exception {
        // wasm main/2025/WG-07-23.md: "Memory64 advances to phase 5." under "### Memory64" style items
        assertThat(shown(proposals(Annotated.foreign("wasm", "main/2025/WG-07-23.md"))))
                .contains("81 memory64 phase 5 passed");
        // wasm main/2019/CG-07-09.md: "DS: Any objections to move to phase 1? No objections. [AI: File an issue/...]"
        assertThat(shown(proposals(Annotated.foreign("wasm", "main/2019/CG-07-09.md"))))
                .contains("136 AndrewScheidecker/wasm-extended-name-section phase 1 passed");
    }

    @Test
    void rustRfcsAndIssuesTakeTheirOwnerFromTheLinksAndAnFcpMergeIsProposed() throws Exception {
        // rust-lang minutes/2021-11-16.md: ### "Constrained Naked Functions" rfcs#2972 / **Link:**
        // https://github.com/rust-lang/rfcs/pull/2972; ### "negative impls integrated into coherence" lang-team#96
        List<ProposalMention> found = proposals(Annotated.foreign("rust-lang", "minutes/2021-11-16.md"));
        ProposalMention naked = found.stream().filter(p -> p.key().equals("rust-lang/rfcs#2972")).findFirst()
                .orElseThrow();
        assertThat(naked.title()).isEqualTo("Constrained Naked Functions");
        assertThat(naked.url()).isEqualTo("https://github.com/rust-lang/rfcs/pull/2972");
        assertThat(naked.provenance().line()).isEqualTo(141);
        assertThat(found).extracting(ProposalMention::key).contains("rust-lang/lang-team#96", "rust-lang/lang-team#118")
                .doesNotHaveDuplicates();
        // rust-lang minutes/2021-05-04.md: ### "Stabilize "RangeFrom" patterns" rust#83918 ... "* scottmcm proposed
        // fcp merge"; above it "* Action item: scottmcm to read into it and propose FCP if it seems appropriate"
        assertThat(shown(proposals(Annotated.foreign("rust-lang", "minutes/2021-05-04.md"))))
                .contains("96 rust-lang/rust#83918 fcp merge null")
                .noneMatch(s -> s.startsWith("88 "));
    }

    @Test
    void nodeAgendaItemsEndingInANumberAreIssuesOfTheRepositoryTheirHeadingNames() throws Exception {
        // node-tsc meetings/2015-06-10.md: "### nodejs/io.js" / "* Add working group state per Project Lifecycle.
        // #1880"; the "## Links" section's "**GitHub Issue**: <https://github.com/nodejs/node-convergence-archive/
        // issues/53>" is the meeting's own issue
        List<ProposalMention> found = proposals(Annotated.foreign("node-tsc", "meetings/2015-06-10.md"));
        assertThat(found).filteredOn(p -> p.key().equals("nodejs/io.js#1880")).singleElement()
                .satisfies(p -> {
                    assertThat(p.title()).isEqualTo("Add working group state per Project Lifecycle");
                    assertThat(p.provenance().line()).isEqualTo(15);
                });
        assertThat(found).extracting(ProposalMention::key)
                .doesNotContain("nodejs/node-convergence-archive#53");
        // node-tsc meetings/2019-11-06.md: "* CPC Update" / "  * CoC PR to move to Stage 3 (adoption) ..."
        assertThat(shown(proposals(Annotated.foreign("node-tsc", "meetings/2019-11-06.md"))))
                .contains("37 coc pr stage 3 null");
    }

    @Test
    void unikraftPullRequestLinksAreProposalsAndProfilesAreNot() throws Exception {
        // unikraft discussions/community/2023/2023-03-13.md: "MR: https://github.com/unikraft/unikraft/pull/790, ..."
        List<ProposalMention> found = proposals(Annotated.corpus("discussions/community/2023/2023-03-13.md"));
        assertThat(found).extracting(ProposalMention::key).contains("unikraft/unikraft#790")
                .allMatch(k -> k.startsWith("unikraft/"));
        assertThat(found).allMatch(p -> p.stage() == null);
    }

    // ---- invented lines ----

    @Test
    void aLinkIsAProposalOnlyWhenItIsARepositoryOrAnIssueOnAForge() throws Exception {
        List<ProposalMention> found = invented("""
                - Sam's profile: https://github.com/sbc100 and [Andreas](https://github.com/rossberg)
                - Docs: https://github.com/WebAssembly/spec/blob/main/document/README.md
                - Recording: https://www.youtube.com/watch?v=abc and https://zoom.us/j/123 and https://discord.gg/x
                - Board: https://github.com/orgs/unikraft/projects/3 and ![logo](https://github.com/a/b/raw/x.png)
                - [Extended const](https://github.com/WebAssembly/extended-const) (Sam Clegg)
                - github.com/nodejs/node/pull/45993 and nodejs/node#45993 again
                - https://gitlab.com/group/sub/project/-/merge_requests/12 and
                  https://codeberg.org/forgejo/forgejo/issues/7
                """);
        assertThat(shown(found)).containsExactly("15 WebAssembly/extended-const", "16 nodejs/node#45993",
                "17 group/sub/project!12", "18 forgejo/forgejo#7");
        assertThat(found.get(0).title()).isEqualTo("Extended const");
        assertThat(found.get(0).champions()).containsExactly("sam-clegg");
        assertThat(found.get(1).url()).isEqualTo("https://github.com/nodejs/node/pull/45993");
    }

    @Test
    void shortFormsTakeTheirRepositoryFromWhatTheNoteLinksOrAreLeftOut() throws Exception {
        // The note links rust-lang/rfcs: "RFC 3324" and "rfcs#3324" are that repository's
        assertThat(shown(invented("""
                - [RFC 2229](https://github.com/rust-lang/rfcs/pull/2229) was merged
                - RFC 3324 and RFC #3325 and rfcs#3326
                """))).containsExactly("11 rust-lang/rfcs#2229", "12 rust-lang/rfcs#3324", "12 rust-lang/rfcs#3325",
                "12 rust-lang/rfcs#3326");
        // Nothing links an rfcs repository: "RFC 2119" is most likely IETF's and left out; "rfcs#3324" stays as
        // written; "issue#76" is issue 76 of nothing known, and "#3 on the board" no issue at all
        assertThat(shown(invented("""
                - Keywords as in RFC 2119; see rfcs#3324
                - issue#76 and task #3 on the board
                """))).containsExactly("11 rfcs#3324");
        // A bare "PR #291" is the note's repository when most of its issue links are of one
        assertThat(shown(invented("""
                - https://github.com/unikraft/unikraft/pull/290 landed
                - RD: What is the point of PR #291?
                """))).containsExactly("11 unikraft/unikraft#290", "12 unikraft/unikraft#291");
    }

    @Test
    void aStageNamedIsNoChangeAndAQuestionAskingWhetherIsNoProposal() throws Exception {
        // Decided: a question that asks whether ("should we move to phase 3?") records nothing; one put as a poll
        // or an item ("Poll: move X to phase 2?") proposes the stage, outcome null.
        List<ProposalMention> found = invented("""
                ### [Memory64](https://github.com/WebAssembly/memory64)

                - In the next phase of the project we will add tests.
                - We are not technically in phase 4 yet.
                - The entry requirement for phase 2 is an overview.
                - Should we move to phase 3?
                - SC: maybe we should postpone the Phase 4 vote
                - Sam to propose a poll for phase 4 next meeting
                - Poll: move Memory64 to phase 2?
                """);
        assertThat(shown(found)).containsExactly("11 WebAssembly/memory64",
                "19 WebAssembly/memory64 phase 2 null");
    }

    @Test
    void resultsPassOrFailAndANamedMaturityLevelMovesWithAnArrow() throws Exception {
        List<ProposalMention> found = invented("""
                ### Proposals

                - POLL: Phase 2 for gc-js-customization - passes
                - Vote to advance Tail Call, Extended Constant Expressions, and Branch Hinting to Phase 5.
                  Passed unanimously.
                - Flexible vectors to phase 3: the poll failed
                - Project Atlas - Sandbox → Incubating
                - Champions: Andreas Rossberg, Someone Unknown
                """);
        assertThat(shown(found)).containsExactly(
                "13 gc js customization", "13 gc js customization phase 2 passed",
                "14 tail call", "14 extended constant expressions", "14 branch hinting",
                "14 tail call phase 5 passed", "14 extended constant expressions phase 5 passed",
                "14 branch hinting phase 5 passed",
                "16 flexible vectors", "16 flexible vectors phase 3 failed",
                "17 project atlas", "17 project atlas incubating passed");
    }

    @Test
    void championsAreThePeopleAChampionsLineUnderTheProposalNamesWhenTheyResolve() throws Exception {
        List<ProposalMention> found = invented("""
                ### [Extended const](https://github.com/WebAssembly/extended-const)

                Champions: Andreas Rossberg and Someone Unknown
                """);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("WebAssembly/extended-const");
            assertThat(p.champions()).containsExactly("andreas-rossberg");
        });
    }

    @Test
    void subjectsTheTeamsMeetingsKeepComingBackToAreProposalsAndTheLayoutIsNot() throws Exception {
        List<Note> folder = new ArrayList<>();
        for (int week = 1; week <= 8; week++) {
            StringBuilder body = new StringBuilder("### Opening\n\nHello.\n\n### Attendees\n\n- Sam Clegg\n\n");
            if (week <= 3) {
                body.append("### Memory ballooning\n\nSC: still in progress.\n\n");
            }
            if (week == 4) {
                body.append("### Tracing\n\nSC: once only.\n\n");
            }
            body.append("### Action items\n\n- SC: write it up\n");
            folder.add(Annotated.parse(String.format("notes/2024-05-%02d.md", week), "# Sync\n\n" + body));
        }
        List<ProposalMention> first = proposals(folder.toArray(Note[]::new));
        assertThat(first).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("memory ballooning");
            assertThat(p.title()).isEqualTo("Memory ballooning");
            assertThat(p.stage()).isNull();
        });
        folder.add(0, folder.remove(3)); // the meeting that speaks of tracing once
        assertThat(proposals(folder.toArray(Note[]::new))).isEmpty();
    }

    @Test
    void aMeetingNotHeldDiscussedNothing() throws Exception {
        assertThat(proposals(Annotated.parse("notes/2024-05-07.md", """
                # Weekly sync

                This meeting is cancelled.

                - https://github.com/WebAssembly/extended-const
                """))).isEmpty();
    }
}
