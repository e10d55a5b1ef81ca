package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import io.minutegraph.annotate.SpeakerLabel.Kind;
import io.minutegraph.people.SpeakerPrefixes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Speaker labels on real lines of four communities' notes (each with the file it comes from, relative to
 * ../shared/foreign-corpora or ../shared/corpus/unikraft-meeting-notes) and on invented tricky lines; then recall and
 * possible noise on the hand-labelled notes of ../shared/eval/foreign.
 */
class SpeakerLabelsTest {

    private static SpeakerLabel label(String line) {
        Optional<SpeakerLabel> label = SpeakerLabels.of(line);
        assertThat(label).as("a label in %s", line).isPresent();
        return label.get();
    }

    private static void assertLabel(String line, String raw, Kind kind, List<String> parts, boolean weak) {
        SpeakerLabel label = label(line);
        assertThat(label.raw()).as("raw of %s", line).isEqualTo(raw);
        assertThat(label.kind()).as("kind of %s", line).isEqualTo(kind);
        assertThat(label.parts()).as("parts of %s", line).isEqualTo(parts);
        assertThat(label.weak()).as("weak of %s", line).isEqualTo(weak);
    }

    @Test
    void readsInitials() {
        // corpus discussions/smp/2023-03-28.md
        assertLabel("SjK: I was test the virtio synchronization.", "SjK", Kind.INITIALS, List.of("SjK"), false);
        // corpus discussions/build/2023-06-13.md
        assertLabel("MSch: We can generate the shell script.", "MSch", Kind.INITIALS, List.of("MSch"), false);
        // wasm stack/2023/stack-2023-02-13.md
        SpeakerLabel ar = label("AR: Is V8 investigating conservative GC for all frames or just C++ frames?");
        assertThat(ar).isEqualTo(new SpeakerLabel("AR", Kind.INITIALS, List.of("AR"), false,
                "Is V8 investigating conservative GC for all frames or just C++ frames?"));
        // invented: bullet, checkbox, indentation, ordered list
        assertLabel("    - [x] RD: Schedule security and USoC meetings.", "RD", Kind.INITIALS, List.of("RD"), false);
        assertLabel("1. CW: agreed", "CW", Kind.INITIALS, List.of("CW"), false);
    }

    @Test
    void readsSeveralPeopleInOneLabel() {
        // corpus discussions/community/2022/2022-06-09.md
        assertLabel("AJ/RD: We will discuss role updates at the maintainers meeting next Monday.", "AJ/RD",
                Kind.INITIALS, List.of("AJ", "RD"), false);
        // wasm simd/2024/SIMD-09-27.md
        assertLabel("YD, AB: fallback _is_ the depreciation process", "YD, AB", Kind.INITIALS, List.of("YD", "AB"),
                false);
        // wasm benchmarking/2024/benchmarking-06-28.md
        assertLabel("BT & DB: Grey portion is the original application execution", "BT & DB", Kind.INITIALS,
                List.of("BT", "DB"), false);
        // wasm main/2017/CG-07.md
        assertLabel("* MH+JF+BN: Don’t allow cross origin globals", "MH+JF+BN", Kind.INITIALS,
                List.of("MH", "JF", "BN"), false);
        // invented: names joined
        assertLabel("Josh/Scott: We do already expose a guarantee here", "Josh/Scott", Kind.NAME,
                List.of("Josh", "Scott"), true);
    }

    @Test
    void readsBoldLabels() {
        // invented: bold initials, colon outside and inside the bold
        assertLabel("**MR**: There is an issue with a stack pointer reset.", "MR", Kind.INITIALS, List.of("MR"), false);
        assertThat(label("- **RD:** Start organizing the community meeting.").said())
                .isEqualTo("Start organizing the community meeting.");
        // wasm wasi/2024/WASI-08-08.md
        SpeakerLabel yosh = label("**Yosh Wuyts**: As planned, we put out a new WASI release last week.");
        assertThat(yosh).isEqualTo(new SpeakerLabel("Yosh Wuyts", Kind.NAME, List.of("Yosh Wuyts"), false,
                "As planned, we put out a new WASI release last week."));
        // wasm wasi/2023/WASI-02-09.md
        SpeakerLabel dan = label("**Dan Gohman:** For quite some time no clear path where it would be.");
        assertThat(dan.raw()).isEqualTo("Dan Gohman");
        assertThat(dan.said()).isEqualTo("For quite some time no clear path where it would be.");
        // wasm wasi/2023/WASI-11-02.md: a bold full name opening a line, no colon
        SpeakerLabel luke = label("**Luke Wagner** That makes sense to have as a discussion in each individual proposal");
        assertThat(luke.raw()).isEqualTo("Luke Wagner");
        assertThat(luke.weak()).isFalse();
        assertThat(luke.said()).startsWith("That makes sense");
        // wasm wasi/2025/WASI-06-26.md: a first name alone could be a word
        assertLabel("**Yosh**: Speaking for myself personally, I am in favor.", "Yosh", Kind.NAME, List.of("Yosh"), true);
        // invented: a bold topic with no colon is not a full name
        assertThat(SpeakerLabels.of("**Vote passes** with no objections")).isEmpty();
        assertThat(SpeakerLabels.of("**Important** this is due Friday")).isEmpty();
    }

    @Test
    void keepsTheRemarkAfterALabelApartFromThePeopleItNames() {
        // wasm main/2023/CG-01-31.md
        assertLabel("NF<chat>: Sure, but floats \"escape\" at every return", "NF<chat>", Kind.INITIALS, List.of("NF"), false);
        // wasm threads/2026/THREADS-04-28.md
        assertLabel("DS (chat): I think there's potentially a debugability advantage", "DS (chat)", Kind.INITIALS,
                List.of("DS"), false);
        // wasm main/2023/CG-09-26.md
        assertLabel("AB [chat]: Has anyone looked at what it would look like", "AB [chat]", Kind.INITIALS, List.of("AB"),
                false);
        // invented
        SpeakerLabel km = label("KM [on queue]: how does this interact with tail calls?");
        assertThat(km.raw()).isEqualTo("KM [on queue]");
        assertThat(km.parts()).containsExactly("KM");
        assertThat(km.said()).isEqualTo("how does this interact with tail calls?");
        // wasm wasi/2025/WASI-06-26.md: the remark inside the bold
        assertLabel("**Joel (in chat)**: All 4 PRs are posted", "Joel (in chat)", Kind.NAME, List.of("Joel"), true);
        // node-tsc meetings/io.js/2014-10-15.md
        SpeakerLabel rod = label("* Rod (representing the build group): tried Jenkins and BuildBot.");
        assertThat(rod.raw()).isEqualTo("Rod (representing the build group)");
        assertThat(rod.parts()).containsExactly("Rod");
    }

    @Test
    void readsHandles() {
        // rust-lang design-meeting-minutes/2022-02-16-libs-most-wanted.md
        assertLabel("cramertj: don't we have some open issue and/or accepted RFC on inference fallback?", "cramertj",
                Kind.NAME, List.of("cramertj"), false);
        // rust-lang design-meeting-minutes/2021-11-17-named-fn-types.md
        assertLabel("nikomatsakis: I see two problems, first, that you the set of parameters is really complex",
                "nikomatsakis", Kind.NAME, List.of("nikomatsakis"), false);
        // rust-lang design-meeting-minutes/2022-01-05-Design-meeting-minutes.md
        assertLabel("    - josh: I think it probably just needs a clear vision", "josh", Kind.NAME, List.of("josh"),
                false);
        // invented
        assertLabel("the8472: that would need a new lint", "the8472", Kind.NAME, List.of("the8472"), false);
        assertLabel("* fitzgen: we do this in Wasmtime already", "fitzgen", Kind.NAME, List.of("fitzgen"), false);
        assertLabel("m-ou-se: can't you call proc-macros there?", "m-ou-se", Kind.NAME, List.of("m-ou-se"), false);
        // node-tsc meetings/2017-02-09.md: a GitHub mention
        assertLabel("@mikeal: Some projects come in with different licenses and formats.", "mikeal", Kind.NAME,
                List.of("mikeal"), false);
    }

    @Test
    void readsFirstAndFullNames() {
        // node-tsc meetings/2015-10-21.md: a first name could be a word ("Rod"), so it is weak
        assertLabel("Rod: Couple it to `execPath`", "Rod", Kind.NAME, List.of("Rod"), true);
        // node-tsc meetings/2015-08-19.md
        assertLabel("* Michael Dawson: nodeconf.eu, some AIX build work", "Michael Dawson", Kind.NAME,
                List.of("Michael Dawson"), false);
        // rust-lang design-meeting-minutes/2021-10-20-dyn-upcast-and-safety.md
        assertLabel("* Josh Triplett: I don't know if this would be an excessive performance hit", "Josh Triplett",
                Kind.NAME, List.of("Josh Triplett"), false);
        // wasm main/2017/CG-07.md
        assertLabel("* Ben T: Pick should be separate item", "Ben T", Kind.NAME, List.of("Ben T"), false);
        // invented: particles and accents
        assertLabel("Antoine du Hamel: we could land it", "Antoine du Hamel", Kind.NAME, List.of("Antoine du Hamel"),
                false);
        assertLabel("Sébastien Doeraene: we have a toolchain", "Sébastien Doeraene", Kind.NAME,
                List.of("Sébastien Doeraene"), false);
    }

    @Test
    void readsBracketedNames() {
        // invented
        SpeakerLabel dash = label("[Riaan] - we should test this on arm64 first");
        assertThat(dash.raw()).isEqualTo("Riaan");
        assertThat(dash.said()).isEqualTo("we should test this on arm64 first");
        assertThat(label("* [Riaan]: I will send the patch").said()).isEqualTo("I will send the patch");
        // wasm stack/2023/stack-2023-12-04.md: a link, not a label
        assertThat(SpeakerLabels.of("[Slides](https://wasmfx.dev/_static/talks/stacks-meeting-12-2023.pdf)")).isEmpty();
        // wasm: a link reference definition
        assertThat(SpeakerLabels.of("[phase 4]: https://github.com/WebAssembly/meetings/blob/main/process/phases.md"))
                .isEmpty();
        assertThat(SpeakerLabels.of("[Riaan]: https://github.com/unikraft/unikraft/pull/798")).isEmpty();
    }

    @Test
    void readsNameCommaAndNameDashInListItemsAsWeak() {
        // node-tsc meetings/2024-08-21.md
        SpeakerLabel michael = label("  * Michael, is it really worth it, lets document scheduler.wait() better");
        assertThat(michael).isEqualTo(new SpeakerLabel("Michael", Kind.NAME, List.of("Michael"), true,
                "is it really worth it, lets document scheduler.wait() better"));
        // node-tsc meetings/2024-06-05.md
        assertLabel("  * Richard, no it is experimental, and it has been switched already", "Richard", Kind.NAME,
                List.of("Richard"), true);
        // node-tsc meetings/2016-06-30.md
        assertLabel("* Michael Dawson - first cut at Define “Node.js core” - Mark II", "Michael Dawson", Kind.NAME,
                List.of("Michael Dawson"), true);
        // node-tsc meetings/2024-09-04.md
        assertLabel("    * Gireesh -> If we don’t accept this, what alternative exists?", "Gireesh", Kind.NAME,
                List.of("Gireesh"), true);
        // invented: the same outside a list item is prose
        assertThat(SpeakerLabels.of("Michael, is it SemVer major?")).isEmpty();
        // invented: sentence openers and enumerations
        assertThat(SpeakerLabels.of("* However, this needs a second review")).isEmpty();
        assertThat(SpeakerLabels.of("* so, we agreed to wait")).isEmpty();
        // wasm main/2017/WG-09-15.md: "Surname, Given name"
        assertThat(SpeakerLabels.of("* Ahn, Heejin")).isEmpty();
        // wasm main agendas
        assertThat(SpeakerLabels.of("1. Opening, welcome and roll call")).isEmpty();
    }

    @Test
    void readsAQuestionHeadingAsWeak() {
        // rust-lang design-meeting-minutes/2021-11-17-named-fn-types.md
        assertLabel("## Taylor: what about generic functions?", "Taylor", Kind.NAME, List.of("Taylor"), true);
        // invented: a handle in a heading, a dash in a heading
        assertLabel("### pnkfelix: bikeshed `fn#` vs e.g. `type#`", "pnkfelix", Kind.NAME, List.of("pnkfelix"), true);
        assertThat(label("## Mark - Q: Why not rely on `type Foo = impl Bar`?").raw()).isEqualTo("Mark");
        assertThat(SpeakerLabels.of("## Agenda")).isEmpty();
        assertThat(SpeakerLabels.of("### Discussion: the new lint")).isEmpty();
    }

    @Test
    void readsTopicWordsOnlyAsWeak() {
        // invented: a capitalised topic could be a first name; the resolver decides
        assertLabel("Wasm: the proposal moves to phase 2", "Wasm", Kind.NAME, List.of("Wasm"), true);
        // wasm main/2023/CG-10.md: three capitals are not initials by the initials rule
        assertLabel("SYG: original sin is that JS cannot share code", "SYG", Kind.NAME, List.of("SYG"), true);
        // rust-lang design-meeting-minutes/2020-03-16-ffi-unwind.md: a lower-case English word
        assertThat(label("- exception: “forced unwind”, so long as there are no dtors").weak()).isTrue();
        // invented: lower-case full names
        assertThat(label("tucker taft: we added contracts to Ada in 2012.").weak()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Note: the call is recorded", "Notes:", "**Note**: see above", "NOTE: this is a draft", "Update: landed",
        "Action item: Luke to start an email thread", "**Action item**: Luke to start an email thread",
        "ACTION: Derek to file an issue", "AI: Conrad to write the spec text", "Poll: advance to phase 3",
        "Proposal: rename the flag", "Consensus: go ahead", "Decision: defer", "Conclusion: no change",
        "Resolved: yes", "Summary: all good", "Question: why?", "Q: does it trap?", "A: yes", "Answer: no",
        "TODO: write tests", "* [ ] TODO: write tests", "Agenda: see below", "Result: passed", "Outcome: unanimous",
        "Status: done", "Example: foo", "Link: https://example.org", "Links:", "Slides: https://example.org/s.pdf",
        "Issue: #123", "PR: #456", "Edit: fixed a typo", "Context: last week", "Background: the old design",
        "Problem: it is slow", "Goal: ship it", "Next steps: write it down", "Owner: Deepti", "Champion: Andreas",
        "Date: 2022-03-01", "Time: 16:00 UTC", "Where: zoom.us", "When: Tuesday", "Location: online",
        "Recording: none", "Present: Rod, Bert", "Attendees:", "* Team members: nikomatsakis, pnkfelix",
        "Others: Lokathor", "Lang: yes", "Libs: no", "Scribe: Derek", "Note-taker: Ben", "Meeting date: 2022-05-17",
        "Pros: faster", "Cons: slower", "Re: the earlier point", "FYI: the CI is red", "Bonus: fewer bytes",
        "Aside: it was sunny", "Also: remember the deadline", "Comment: nice", "Reply: thanks", "Vote: 5 in favour",
        "Votes: 12", "Motion: adopt", "Topic: SIMD", "Presenter: Thomas", "Speaker: Luke", "Overview: short",
        "Reminder: fill in the doc", "Plan: as usual", "Options:", "Option 1: keep it", "NB: unchanged",
        "PRs: run checkpatch", "SF: 9", "* SA: 0", "10:30 - 11:00 Introductions", "12: twelve",
        "https://github.com/WebAssembly/meetings/blob/main/process/phases.md", "`wasm-opt`: runs the optimiser",
        "This is a whole sentence: not a label", "We talked about this for a long time: no outcome",
        "so basically: we agreed", "e.g.: the first case", "| AR | Andreas Rossberg | Google |",
        "> AR: quoted from the issue", "tokio::spawn(async move {", "* node:master",
        // node-tsc meetings/2018-05-16.md: an issue title with its subsystem
        "* doc: add documentation on porting from Buffer(arg) usage [#19827](https://github.com/nodejs/node/issues/19827)",
        // rust-lang minutes: an FCP disposition
        "    - merge: [**target_feature 1.1 (rust-lang/rfcs#2396)**](https://github.com/rust-lang/rfcs/issues/2396)",
        "", "   ", ":tada:", "_Submit a PR to add your announcement here_"})
    void readsNoLabelIn(String line) {
        assertThat(SpeakerLabels.of(line)).as(line).isEmpty();
    }

    @Test
    void keepsTheInitialsRuleOfSpeakerPrefixes() {
        for (String word : List.of("RD", "SK", "SjK", "MdS", "MSch", "ATtr", "RaduN", "OK", "PR", "CI", "ID", "TODO",
                "SMP", "ARM", "Rod", "A", "rd", "R2", "ABCDEF", "AbCdEf", "macOS")) {
            boolean prefixes = SpeakerPrefixes.tokens(word).equals(List.of(word));
            assertThat(SpeakerLabels.isInitials(word)).as(word).isEqualTo(prefixes);
        }
    }

    // --- recall and possible noise on the hand-labelled notes of three communities

    private static final Path SHARED = TestPaths.projectDir().resolve("../shared").normalize();
    private static final Pattern KEY_SEPARATOR = Pattern.compile("\\s*[/,&+]\\s*|\\s+and\\s+");
    private static final Pattern KEY_REMARK = Pattern.compile("\\s*(?:\\([^()]*\\)|<[^<>]*>|\\[[^\\[\\]]*])\\s*$");

    /** Recall and noise on one corpus's keyed notes. */
    private record Figures(String corpus, int keyed, int found, int nonWeak, int unlisted, List<String> misses,
                           List<String> noise) {

        double recall() {
            return found / (double) keyed;
        }
    }

    /** A label compared as the people it names, lower-case, without remarks and markup: "Joel (in chat)" = "joel". */
    private static List<String> people(String label) {
        String bare = KEY_REMARK.matcher(label).replaceFirst("").replaceAll("[*_@\\[\\]]", "").strip();
        return Stream.of(KEY_SEPARATOR.split(bare)).map(p -> p.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The lines of a note's body as a caller reads them: no front matter, no fenced code (left blank). */
    private static List<String> body(List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        if (!body.isEmpty() && body.get(0).strip().equals("---")) {
            for (int i = 1; i < body.size(); i++) {
                boolean end = body.get(i).strip().equals("---");
                body.set(i, "");
                if (end) {
                    break;
                }
            }
            body.set(0, "");
        }
        boolean fenced = false;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i).strip();
            boolean fence = line.startsWith("```") || line.startsWith("~~~");
            if (fenced || fence) {
                body.set(i, "");
            }
            if (fence) {
                fenced = !fenced;
            }
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Figures measure(String corpus) throws IOException {
        Path keys = SHARED.resolve("eval/foreign").resolve(corpus);
        Path notes = SHARED.resolve("foreign-corpora").resolve(corpus);
        assertThat(keys).as("the labelled notes beside the repository").isDirectory();
        int keyed = 0;
        int found = 0;
        int nonWeak = 0;
        int unlisted = 0;
        List<String> misses = new ArrayList<>();
        List<String> noise = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(keys)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            Map<String, Object> key = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            List<String> lines = body(Files.readAllLines(notes.resolve((String) key.get("source"))));
            List<Map<String, Object>> speakers = (List<Map<String, Object>>) key.get("speakers");
            Set<List<String>> listed = new HashSet<>();
            for (Map<String, Object> speaker : speakers == null ? List.<Map<String, Object>>of() : speakers) {
                String expected = String.valueOf(speaker.get("label"));
                int line = (Integer) speaker.get("first_line");
                listed.add(people(expected));
                keyed++;
                Optional<SpeakerLabel> got = SpeakerLabels.of(lines.get(line - 1));
                if (got.isPresent() && people(got.get().raw()).equals(people(expected))) {
                    found++;
                } else {
                    misses.add(file.getFileName() + ":" + line + " " + expected);
                }
            }
            Set<List<String>> unlistedHere = new HashSet<>();
            for (int n = 0; n < lines.size(); n++) {
                Optional<SpeakerLabel> got = SpeakerLabels.of(lines.get(n));
                if (got.isEmpty() || got.get().weak()) {
                    continue;
                }
                nonWeak++;
                if (!listed.contains(people(got.get().raw())) && unlistedHere.add(people(got.get().raw()))) {
                    unlisted++;
                    noise.add(file.getFileName() + ":" + (n + 1) + " " + got.get().raw());
                }
            }
        }
        return new Figures(corpus, keyed, found, nonWeak, unlisted, misses, noise);
    }

    /**
     * Every key label should be read on its first line; a non-weak label no key of the note lists is possible noise
     * (or a label the key left out). Floors sit a little under the figures measured when this was written: wasm
     * 147/152, node-tsc 55/69 (its misses are "Topic (Name):", "Topic - Name", bare names and names without
     * punctuation, which no general rule reads safely), rust-lang 77/77; 3 unlisted non-weak labels in each.
     */
    @Test
    void findsTheLabelledSpeakersOfThreeCommunities() throws IOException {
        Map<String, Double> recallFloor = Map.of("wasm", 0.95, "node-tsc", 0.76, "rust-lang", 0.97);
        Map<String, Integer> unlistedCeiling = Map.of("wasm", 6, "node-tsc", 6, "rust-lang", 6);
        for (String corpus : List.of("wasm", "node-tsc", "rust-lang")) {
            Figures f = measure(corpus);
            System.out.printf("speaker labels %-9s recall %d/%d = %.3f; non-weak labels %d, of which %d in no key%n",
                    corpus, f.found(), f.keyed(), f.recall(), f.nonWeak(), f.unlisted());
            f.misses().forEach(m -> System.out.println("  missed   " + m));
            f.noise().forEach(m -> System.out.println("  unlisted " + m));
            assertThat(f.recall()).as("recall on %s", corpus).isGreaterThanOrEqualTo(recallFloor.get(corpus));
            assertThat(f.unlisted()).as("non-weak labels in no key on %s", corpus)
                    .isLessThanOrEqualTo(unlistedCeiling.get(corpus));
        }
    }
}
