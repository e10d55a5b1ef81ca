package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.graph.FeatureMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Features from the gazetteer through CoreNLP's RegexNER, on lines written as the corpus writes them. */
class FeatureExtractorTest {

    private static final FeatureExtractor FEATURES = new FeatureExtractor();

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
}
