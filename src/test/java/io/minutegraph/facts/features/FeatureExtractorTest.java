package io.minutegraph.facts.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.extract.StageClock;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Features from a community's gazetteer, on lines written as the corpus writes them. */
class FeatureExtractorTest {

    private static final FeatureExtractor FEATURES = new FeatureExtractor(Annotated.SAMPLE_FEATURES, new StageClock());

    private static List<String> features(String body) throws Exception {
        var note = Annotated.first(Annotated.parse("t/2024-01-01.md", "---\ndatetime: 2024-01-01\n---\n" + body));
        return note.get(FeatureExtractor.FEATURES).stream().map(FeatureExtractorTest::show).toList();
    }

    private static String show(FeatureMention f) {
        return f.name() + " (" + f.kind() + ") as " + f.written() + " :" + f.provenance().line();
    }

    @Test
    void findsFeaturesHoweverWrittenOncePerNoteAtTheirFirstLine() throws Exception {
        assertThat(features("""
                * Plan for release 0.9: SMP, ukstore, musl + ukthread, VM API on ARM, baremetal
                - plat-re-arch (Marc, Michalis, Simon): READY TO START
                Michalis will lead plat rearchitecting; smp again.
                """)).containsExactly(
                "smp (subsystem) as SMP :4", "ukstore (library) as ukstore :4", "musl (library) as musl :4",
                "ukthread (library) as ukthread :4", "arm64 (architecture) as ARM :4",
                "baremetal (platform) as baremetal :4", "plat re-arch (subsystem) as plat-re-arch :5");
    }

    @Test
    void wordsThatOnlyLookLikeFeaturesAreNot() throws Exception {
        assertThat(features("We go to the museum; let's kraftwerk and smpx.\n")).isEmpty();
        assertThat(features("Running nginx on KVM and Xen.\n")).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("nginx", "kvm", "xen");
    }

    @Test
    void aFolderReadsTheFeaturesItsSettingsNameAndNoneWithoutThem(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("2024-01-30.md"), "# Meeting\n\n- Ana: the scheduler rewrite is on track\n");
        assertThat(featuresOf(folder)).isEmpty();
        Files.writeString(folder.resolve("minutegraph.yml"), "gazetteer: what-we-build.yaml\n");
        Files.writeString(folder.resolve("what-we-build.yaml"),
                "- name: scheduler\n  kind: subsystem\n  aliases: [sched]\n");
        assertThat(featuresOf(folder)).containsExactly("scheduler");
    }

    @Test
    void aGazetteerThatIsNoListOfNamedFeaturesIsRefusedNamingTheFile(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("features.yaml"), "scheduler: subsystem\n");
        assertThatThrownBy(() -> FeatureGazetteer.read(file)).hasMessageContaining(file.toString())
                .hasMessageContaining("must be a list of features");
        Files.writeString(file, "- kind: subsystem\n");
        assertThatThrownBy(() -> FeatureGazetteer.read(file)).hasMessageContaining("every feature needs a name");
        assertThatThrownBy(() -> FeatureGazetteer.read(folder.resolve("missing.yaml")))
                .hasMessageContaining("missing.yaml").hasMessageContaining("cannot be read");
    }

    private static List<String> featuresOf(Path folder) {
        List<String> names = new ArrayList<>();
        new FolderExtraction(PeopleSources.NONE).run(folder, new FolderExtraction.Sink() {
            @Override
            public void extracted(List<NoteGraph> meetings) {
                meetings.forEach(m -> FactKinds.FEATURES.in(m).forEach(f -> names.add(f.name())));
            }

            @Override
            public void rejected(Rejection rejection) {
                throw new AssertionError(rejection.toString());
            }
        });
        return names;
    }
}
