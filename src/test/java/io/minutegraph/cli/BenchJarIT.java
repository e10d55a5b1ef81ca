package io.minutegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code minutegraph bench} as a user runs it, from the packaged jar in a JVM of its own (CoreNLP's default models
 * need more heap than the test JVM has to spare): every figure it promises is printed, and the counts are the
 * folder's. It measures; nothing here checks how fast.
 */
class BenchJarIT {

    private static final Pattern SECONDS = Pattern.compile("\\d+\\.\\d s");

    @Test
    void benchPrintsEveryStageAndBothFloorsForTheSampleNotes() throws Exception {
        Process bench = ServeJarIT.java("bench", "--corenlp-sample", "3", "--batch-notes", "2",
                TestPaths.sampleNotes().toString()).start();
        String output = new String(bench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bench.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(bench.exitValue()).as(output).isZero();

        int notes;
        try (Stream<Path> files = Files.walk(TestPaths.sampleNotes())) {
            notes = Math.toIntExact(files.filter(f -> f.toString().endsWith(".md")).count());
        }
        assertThat(line(output, "notes")).startsWith(notes + " (" + notes + " loaded, 0 rejected)");
        assertThat(Long.parseLong(line(output, "words").split(" ")[0])).isGreaterThan(100L * notes);
        assertThat(line(output, "threads")).endsWith("2 notes a transaction");
        for (String figure : new String[] {"database start", "ingest", "read+parse", "resolution", "NLP",
                "other rules", "write", "floor: writer", "floor: CoreNLP"}) {
            assertThat(SECONDS.matcher(line(output, figure)).find()).as(figure + " in\n" + output).isTrue();
        }
        assertThat(line(output, "floor: writer")).contains("the same " + notes + " NoteGraphs");
        assertThat(line(output, "floor: CoreNLP")).contains("pass estimated from 3 notes")
                .contains("tokenize,ssplit,pos,lemma,ner");
        assertThat(line(output, "peak heap")).matches("[1-9]\\d* MB in use during the ingest .*");
        assertThat(line(output, "ratio")).matches("\\d+\\.\\d\\d = .*");
    }

    /** What follows a figure's name at the start of a line of the report. */
    private static String line(String output, String figure) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(figure) + "\\s+(.*)$").matcher(output);
        assertThat(m.find()).as(figure + " in\n" + output).isTrue();
        return m.group(1).strip();
    }
}
