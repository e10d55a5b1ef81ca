package io.minutegraph;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test data is: the repo's sample notes and the shared corpus beside the repo. */
public final class TestPaths {

    private TestPaths() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("minutegraph.project.dir", ".")).toAbsolutePath().normalize();
    }

    public static Path sampleNotes() {
        return projectDir().resolve("notes");
    }

    /** ../shared/corpus/unikraft-meeting-notes: the 282 real notes. Required: CI has it beside the clone. */
    public static Path corpus() {
        Path corpus = projectDir().resolveSibling("shared").resolve("corpus/unikraft-meeting-notes");
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("the shared corpus is missing: expected it at " + corpus);
        }
        return corpus;
    }
}
