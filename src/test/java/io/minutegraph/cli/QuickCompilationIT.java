package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code extract} over a small folder, from the packaged jar in a JVM of its own, leaves methods to C1: HotSpot's
 * {@code -XX:+PrintCompilation} reports each method C2 was refused ("excluded by CompileCommand"). Turned off, or in a
 * JVM that runs commands without {@code main} (the tests' own), the compiler is left alone.
 */
class QuickCompilationIT {

    private static final String REFUSED = "excluded by CompileCommand";

    private static String extract(String... jvmOptions) throws Exception {
        ProcessBuilder builder = ServeJarIT.java("extract", TestPaths.sampleNotes().toString());
        for (String option : jvmOptions) {
            builder.command().add(1, option);
        }
        Process extract = builder.start();
        String output = new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(extract.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(extract.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void aSmallFolderIsCompiledByC1UnlessTurnedOff() throws Exception {
        String quick = extract("-XX:+PrintCompilation");
        assertThat(quick).contains(REFUSED).contains("community-2022-03-31");
        String usual = extract("-XX:+PrintCompilation", "-Dminutegraph.quick-compilation=false");
        assertThat(usual).doesNotContain(REFUSED).contains("community-2022-03-31");
    }

    @Test
    void aJvmThatDidNotStartThroughMainKeepsItsCompiler() {
        assertThat(QuickCompilation.forFolder(TestPaths.sampleNotes())).isFalse();
    }
}
