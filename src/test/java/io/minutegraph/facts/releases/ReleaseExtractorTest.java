package io.minutegraph.facts.releases;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Release versions in their contexts: real lines from the corpus and invented tricky ones. */
class ReleaseExtractorTest {

    private static List<String> releases(String line) {
        return VersionMentions.find(line).stream()
                .filter(m -> m.isProjectRelease() && m.context() == VersionMentions.Context.STRONG)
                .map(m -> m.product() + " " + m.version()).toList();
    }

    /** The releases a note speaks of, in a folder of exactly these notes. */
    private static List<ReleaseMention> releasesOf(Note note, Note... folder) throws Exception {
        return Annotated.meetings(Annotated.directory(folder), Annotated.releases(folder), note).get(0)
                .get(ReleaseExtractor.RELEASES);
    }

    private static Note note(String source, String date, String team, String body) throws Exception {
        return NoteReader.parse(source, ("---\ndatetime: " + date + "\nteams: [" + team + "]\n---\n" + body)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsReleasesInTheirContextsOnRealLines() {
        assertThat(releases("* Plan for release 0.9: SMP, ukstore, musl + ukthread, VM API on ARM, baremetal"))
                .containsExactly("unikraft 0.9");
        assertThat(releases("### Post 0.8 release")).containsExactly("unikraft 0.8");
        assertThat(releases("Ultimate deadline: release 1.0 - late January 2024")).containsExactly("unikraft 1.0");
        assertThat(releases("AS: Aim to get the IDE release by our 0.7 scheduled release (Monday, January 31, 2022)."))
                .containsExactly("unikraft 0.7");
        assertThat(releases("### 0.16.3")).containsExactly("unikraft 0.16.3");
        assertThat(releases("AJ: v0.13.0 is out, with the new build system")).containsExactly("unikraft 0.13");
        // Inside a path a number may be anyone's: https://github.com/unikraft/unikraft/releases/tag/v0.13.0
        assertThat(releases("Download from https://github.com/other/project/releases/tag/v0.13.0")).isEmpty();
        assertThat(releases("The last release of KraftKit 0.6.7.")).containsExactly("kraftkit 0.6.7");
        assertThat(releases("AlexJ: Kraftkit 0.4 release, a lot of bug fixes.")).containsExactly("kraftkit 0.4");
    }

    @Test
    void otherSoftwareNumbersAndUnitsAreNotReleases() {
        assertThat(releases("`lib-redis` PR for version 7.0.11 of Redis released last week")).isEmpty();
        assertThat(releases("Installing `gcc-12` for Ubuntu 20.04 release is still broken")).isEmpty();
        assertThat(releases("prctl() syscall on glibc 2.31 since its release")).isEmpty();
        assertThat(releases("virtio 1.1 support, released upstream")).isEmpty();
        assertThat(releases("The release is 1.5x faster and boots in 0.5 ms")).isEmpty();
        assertThat(releases("Released the image at 127.0.0.1:8080 and 10.0.2.15")).isEmpty();
    }

    @Test
    void weakMentionsCountForVersionsTheFolderKnowsAsReleases() throws Exception {
        Note planning = note("a/2022-03-31.md", "2022-03-31", "community", "* Plan for release 0.9\n");
        Note later = note("b/2022-04-07.md", "2022-04-07", "app-compat",
                "We want to have it in 0.9.\nI tested on 7.0.11.\nMay be moved to 0.15.\n");
        List<ReleaseMention> found = releasesOf(later, planning, later);
        assertThat(found).extracting(r -> r.product() + " " + r.version() + " @" + r.provenance().line())
                .containsExactly("unikraft 0.9 @5");
    }

    @Test
    void releasesOnlyGoUpSoAnOldNumberLaterIsTheToolsOrNobodys() throws Exception {
        Note early = note("c/2022-01-05.md", "2022-01-05", "community", "Plan the 0.12 release\n");
        Note toolTeam = note("kraft/2023-02-08.md", "2023-02-08", "kraft", "Wait for 0.4 release before testing.\n");
        Note spec = note("m/2024-01-08.md", "2024-01-08", "maintainers", "spec: v0.6\n");
        Note kraftkitTeam = note("k/2023-02-15.md", "2023-02-15", "kraftkit team", "- 0.4.0 Release\n");
        Note[] folder = {early, toolTeam, spec, kraftkitTeam};
        assertThat(releasesOf(toolTeam, folder)).extracting(r -> r.product() + " " + r.version())
                .containsExactly("kraftkit 0.4");
        assertThat(releasesOf(spec, folder)).isEmpty();
        assertThat(releasesOf(kraftkitTeam, folder)).extracting(r -> r.product() + " " + r.version())
                .containsExactly("kraftkit 0.4");
        assertThat(ReleaseExtractor.compare("0.9", "0.10")).isNegative();
        assertThat(ReleaseExtractor.compare("0.16.3", "1.0")).isNegative();
        assertThat(ReleaseExtractor.compare("0.13", "0.13.0")).isZero();
    }
}
