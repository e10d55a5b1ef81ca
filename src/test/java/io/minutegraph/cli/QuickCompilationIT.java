package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} over a small folder, from the packaged jar in a JVM of its own, leaves methods to C1: HotSpot's
 * {@code -XX:+PrintCompilation} reports each method C2 was refused ("excluded by CompileCommand"). Over a large folder
 * C2 compiles again once the notes are counted. Turned off, or in a JVM that runs commands without {@code main} (the
 * tests' own), the compiler is left alone.
 */
class QuickCompilationIT {

    private static final String REFUSED = "excluded by CompileCommand";
    /** A line of -XX:+PrintCompilation for a method compiled at tier 4, by C2. */
    private static final Pattern C2_COMPILED = Pattern.compile("(?m)^\\s+\\d+\\s+\\d+\\s+[%sbn!]*\\s+4\\s+\\S");

    private static String extract(String... jvmOptions) throws Exception {
        return extract(TestPaths.sampleNotes(), jvmOptions);
    }

    private static String extract(Path folder, String... jvmOptions) throws Exception {
        ProcessBuilder builder = ServeJarIT.java("extract", folder.toString());
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
    void aLargeFolderGetsC2Back(@TempDir Path dir) throws Exception {
        Path notes = dir.resolve("notes");
        Process generate = ServeJarIT.java("generate", "--notes", String.valueOf(QuickCompilation.MOST_NOTES + 1),
                notes.toString()).start();
        generate.getInputStream().readAllBytes();
        assertThat(generate.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = extract(notes, "-XX:+PrintCompilation",
                "-Dlogger.levels.io.minutegraph.cli.QuickCompilation=DEBUG");
        // Start-up was compiled by C1 (C2 refused); once the folder is counted, C2 compiles again.
        int decided = output.indexOf("notes: C2 compiles the rest of this run");
        assertThat(decided).as(output.substring(Math.max(0, output.length() - 2000))).isPositive();
        assertThat(output.substring(0, decided)).contains(REFUSED);
        assertThat(C2_COMPILED.matcher(output.substring(decided)).find()).isTrue();
        assertThat(output.substring(decided)).doesNotContain(REFUSED);
    }

    @Test
    void aJvmThatDidNotStartThroughMainKeepsItsCompiler() {
        assertThat(QuickCompilation.forFolder(TestPaths.sampleNotes())).isFalse();
    }
}
