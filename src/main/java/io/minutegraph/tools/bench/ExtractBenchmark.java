package io.minutegraph.tools.bench;

import io.minutegraph.extract.FirstPassCache;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.extract.StageClock;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction alone, no database: each folder read and extracted as {@code extract} does, one after the other in one
 * JVM (the first pays for loading CoreNLP's models), with notes per second, each stage's busy time and the peak heap
 * in use, then the folders together.
 */
public final class ExtractBenchmark {

    /** What one folder took. */
    public record Run(Path folder, int notes, int meetings, int rejected, Duration took, StageClock clock,
                      long peakHeapBytes) {

        double notesPerSecond() {
            return notes / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    private ExtractBenchmark() {
    }

    /** @param gazetteer the features file of folders whose settings name none, or null */
    public static List<Run> run(List<Path> folders, PeopleSources sources, String gazetteer) {
        List<Run> runs = new ArrayList<>();
        for (Path folder : folders) {
            StageClock clock = new StageClock();
            int[] counts = new int[2];
            int[] rejected = {0};
            long started = System.nanoTime();
            try (HeapSampler heap = new HeapSampler()) {
                FolderExtraction.Outcome outcome = new FolderExtraction(sources, clock, new FirstPassCache(), null, gazetteer)
                        .run(folder, new FolderExtraction.Sink() {
                            @Override
                            public void extracted(List<NoteGraph> meetings) {
                                counts[1] += meetings.size();
                            }

                            @Override
                            public void rejected(Rejection rejection) {
                                rejected[0]++;
                            }
                        });
                counts[0] = outcome.notes();
                runs.add(new Run(folder, counts[0], counts[1], rejected[0], Duration.ofNanos(System.nanoTime() - started),
                        clock, heap.peakBytes()));
            }
        }
        return runs;
    }

    public static void print(List<Run> runs, PrintStream out) {
        out.printf(Locale.ROOT, "%-40s %6s %8s %8s %8s %8s %8s %8s %8s %9s%n", "folder", "notes", "meetings", "seconds",
                "notes/s", "read", "people", "NLP", "rules", "heap MB");
        int notes = 0;
        long nanos = 0;
        long peak = 0;
        for (Run r : runs) {
            double nlp = seconds(r.clock().busy(StageClock.Stage.NLP));
            out.printf(Locale.ROOT, "%-40s %6d %8d %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %9d%n",
                    r.folder().getFileName(), r.notes(), r.meetings(), r.took().toNanos() / 1e9, r.notesPerSecond(),
                    seconds(r.clock().busy(StageClock.Stage.READ)), seconds(r.clock().busy(StageClock.Stage.RESOLUTION)),
                    nlp, seconds(r.clock().busy(StageClock.Stage.EXTRACT)) - nlp, r.peakHeapBytes() >> 20);
            notes += r.notes();
            nanos += r.took().toNanos();
            peak = Math.max(peak, r.peakHeapBytes());
        }
        out.printf(Locale.ROOT, "%-40s %6d %8s %8.1f %8.1f %8s %8s %8s %8s %9d%n", "all", notes, "", nanos / 1e9,
                notes / Math.max(1e-9, nanos / 1e9), "", "", "", "", peak >> 20);
        out.println("(read, people, NLP and rules: busy seconds summed over threads; heap: peak in use, garbage"
                + " included)");
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
