package io.minutegraph.tools.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.minutegraph.extract.FirstPassCache;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.extract.StageClock.Stage;
import io.minutegraph.extract.StageClock;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.ingest.IngestSummary;
import io.minutegraph.ingest.NotesConfig;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.notes.NotesFolder;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.store.Neo4jConnection;
import io.minutegraph.store.NoteGraphWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One measured ingest of a folder into a private embedded Neo4j (a temporary folder, deleted afterwards), with the
 * time of each stage, the peak heap, and two floors measured in the same process: the writer alone over the same
 * NoteGraphs into another fresh database, and CoreNLP's default pipeline alone over the same note bodies. The writer's
 * floor extracts the folder again rather than keeping the ingest's NoteGraphs, so that nothing the benchmark keeps
 * counts in the ingest's peak heap.
 */
public final class IngestBenchmark {

    /**
     * @param batchNotes      notes a transaction
     * @param coreNlpSample   at most this many notes (spread evenly over the folder) for the CoreNLP floor, scaled to
     *                        the whole folder by words; 0 skips that floor
     * @param writerFloor     whether to measure the writer alone
     */
    public record Options(Path folder, PeopleSources sources, int batchNotes, int coreNlpSample, boolean writerFloor) {
    }

    /**
     * What one run measured.
     *
     * @param databaseStart starting the private embedded database, schema included
     * @param ingest        the ingest, from reading the folder to the last commit
     * @param busy          each stage's busy time, summed over threads
     * @param peakHeap      bytes of heap in use at most during the ingest
     * @param writerAlone   the writer alone over the same NoteGraphs, or null
     * @param coreNlp       CoreNLP alone over (a sample of) the same bodies, or null
     * @param sampleWords   words of the bodies CoreNLP was run over
     */
    public record Report(Path folder, int notes, long words, int threads, int batchNotes, IngestSummary summary,
                         Duration databaseStart, Duration ingest, Map<Stage, Duration> busy, long peakHeap,
                         Duration writerAlone, PlainCoreNlp.Result coreNlp, int sampleNotes, long sampleWords) {

        /** CoreNLP's time scaled from the sample to every word of the folder. */
        Duration coreNlpWhole() {
            double scale = sampleWords == 0 ? 1 : (double) words / sampleWords;
            return coreNlp.load().plus(coreNlp.warmUp())
                    .plus(Duration.ofNanos((long) (coreNlp.pass().toNanos() * scale)));
        }

        public void print(PrintStream out) {
            double ingestSeconds = seconds(ingest);
            out.printf(Locale.ROOT, "minutegraph bench %s%n", folder);
            out.printf(Locale.ROOT, "notes            %d (%d loaded, %d rejected)%n", notes, summary.loaded(),
                    summary.rejected().size());
            out.printf(Locale.ROOT, "words            %d in note bodies%n", words);
            out.printf(Locale.ROOT, "threads          %d extracting, %d notes a transaction%n", threads, batchNotes);
            out.printf(Locale.ROOT, "database start   %.1f s (private embedded Neo4j, fresh folder)%n",
                    seconds(databaseStart));
            out.printf(Locale.ROOT, "ingest           %.1f s wall, %.1f notes/s%n", ingestSeconds,
                    notes / ingestSeconds);
            out.printf(Locale.ROOT, "  read+parse     %.1f s busy (files, front matter, outline; both passes)%n",
                    seconds(busy.get(Stage.READ)));
            out.printf(Locale.ROOT, "  resolution     %.1f s busy (people evidence, releases, people directory)%n",
                    seconds(busy.get(Stage.RESOLUTION)));
            out.printf(Locale.ROOT, "  NLP            %.1f s busy (CoreNLP dates and places, gazetteer)%n",
                    seconds(busy.get(Stage.NLP)));
            out.printf(Locale.ROOT, "  other rules    %.1f s busy (the extractors besides NLP)%n",
                    seconds(busy.get(Stage.EXTRACT).minus(busy.get(Stage.NLP))));
            out.printf(Locale.ROOT, "  write          %.1f s (Neo4j transactions)%n", seconds(busy.get(Stage.WRITE)));
            out.printf(Locale.ROOT, "peak heap        %d MB in use during the ingest (max heap %d MB)%n",
                    peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            if (writerAlone != null) {
                out.printf(Locale.ROOT, "floor: writer    %.1f s, the same %d NoteGraphs into another fresh database%n",
                        seconds(writerAlone), summary.loaded());
            }
            if (coreNlp != null) {
                out.printf(Locale.ROOT, "floor: CoreNLP   %.1f s = load %.1f s + warm-up %.1f s + pass %.1f s%s;"
                                + " %s on %d threads, peak heap %d MB%n",
                        seconds(coreNlpWhole()), seconds(coreNlp.load()), seconds(coreNlp.warmUp()),
                        seconds(coreNlpWhole().minus(coreNlp.load()).minus(coreNlp.warmUp())),
                        sampleWords < words ? String.format(Locale.ROOT, " (pass estimated from %d notes, %d words)",
                                sampleNotes, sampleWords) : "",
                        PlainCoreNlp.ANNOTATORS, coreNlp.threads(), coreNlp.peakHeap() >> 20);
                out.printf(Locale.ROOT, "ratio            %.2f = (database start + ingest) / CoreNLP alone%n",
                        seconds(databaseStart.plus(ingest)) / seconds(coreNlpWhole()));
            }
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    private IngestBenchmark() {
    }

    public static Report run(Options options) {
        List<NoteFile> files = NotesFolder.list(options.folder());
        // One read of every note before the timed run: the words of all bodies, and the bodies of the CoreNLP sample.
        Set<Integer> sampled = new HashSet<>();
        double step = Math.max(1.0, (double) files.size() / Math.max(1, options.coreNlpSample()));
        for (double i = 0; options.coreNlpSample() > 0 && i < files.size(); i += step) {
            sampled.add((int) i);
        }
        long words = 0;
        List<String> bodies = new ArrayList<>();
        long sampleWords = 0;
        for (int i = 0; i < files.size(); i++) {
            String body = body(files.get(i));
            long bodyWords = body == null ? 0 : words(body);
            words += bodyWords;
            if (body != null && sampled.contains(i)) {
                bodies.add(body);
                sampleWords += bodyWords;
            }
        }
        Path work = temporaryFolder("minutegraph-bench");
        try {
            StageClock clock = new StageClock();
            IngestSummary summary;
            Duration databaseStart;
            Duration ingest;
            long peakHeap;
            try (ApplicationContext context = privateDatabase(work.resolve("db"), options.batchNotes())) {
                long started = System.nanoTime();
                FolderExtraction.preloadNlp(); // as `ingest` does into a fresh database
                // Started before the ingest, so that its time is a figure of its own (`ingest` extracts meanwhile).
                context.getBean(Neo4jConnection.class).awaitReady();
                NotesIngest notesIngest = context.getBean(NotesIngest.class);
                databaseStart = Duration.ofNanos(System.nanoTime() - started);
                try (HeapSampler heap = new HeapSampler()) {
                    started = System.nanoTime();
                    summary = notesIngest.ingest(options.folder(), options.sources(), clock, note -> {
                    });
                    ingest = Duration.ofNanos(System.nanoTime() - started);
                    peakHeap = heap.peakBytes();
                }
            }
            Map<Stage, Duration> busy = new EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                busy.put(stage, clock.busy(stage));
            }
            Duration writerAlone = options.writerFloor() ? writeAlone(options, work.resolve("db-writer")) : null;
            PlainCoreNlp.Result coreNlp = bodies.isEmpty() ? null
                    : PlainCoreNlp.run(bodies, Runtime.getRuntime().availableProcessors());
            return new Report(options.folder(), files.size(), words, Runtime.getRuntime().availableProcessors(),
                    options.batchNotes(), summary, databaseStart, ingest, busy, peakHeap, writerAlone, coreNlp,
                    bodies.size(), sampleWords);
        } finally {
            delete(work);
        }
    }

    /**
     * The writer alone: the folder extracted again, untimed, and its NoteGraphs written into another fresh database in
     * the order and batches the ingest wrote them; only the writes are timed. While a batch is written, extraction is
     * at most a few notes ahead (FolderExtraction's window), so the writer has the machine nearly to itself.
     */
    private static Duration writeAlone(Options options, Path db) {
        try (ApplicationContext context = privateDatabase(db, options.batchNotes())) {
            context.getBean(Neo4jConnection.class).awaitReady();
            NoteGraphWriter writer = context.getBean(NoteGraphWriter.class);
            NotesConfig notes = context.getBean(NotesConfig.class);
            long[] busy = {0};
            new FolderExtraction(options.sources(), new StageClock(), new FirstPassCache(), notes.sourceUrl(),
                    notes.gazetteer()).run(options.folder(), new FolderExtraction.Sink() {
                        private final List<NoteGraph> batch = new ArrayList<>();
                        private String fingerprint;
                        private int batchNotes;

                        @Override
                        public void resolved(String folderFingerprint) {
                            fingerprint = folderFingerprint;
                        }

                        @Override
                        public void extracted(List<NoteGraph> meetings) {
                            batch.addAll(meetings);
                            if (++batchNotes == options.batchNotes()) {
                                finished();
                            }
                        }

                        @Override
                        public void rejected(Rejection rejection) {
                            // the ingest reported it
                        }

                        @Override
                        public void finished() {
                            long started = System.nanoTime();
                            writer.write(batch, fingerprint);
                            busy[0] += System.nanoTime() - started;
                            batch.clear();
                            batchNotes = 0;
                        }
                    });
            return Duration.ofNanos(busy[0]);
        }
    }

    private static ApplicationContext privateDatabase(Path dataDir, int batchNotes) {
        return ApplicationContext.builder(Environment.CLI).properties(Map.of(
                "minutegraph.neo4j.uri", "",
                "minutegraph.neo4j.password", "",
                "minutegraph.neo4j.data-dir", dataDir.toString(),
                "minutegraph.neo4j.bolt-address", "127.0.0.1:0",
                "minutegraph.ingest.batch-notes", batchNotes)).start();
    }

    /** A note's body (the text after its front matter), or null for a note that cannot be read. */
    private static String body(NoteFile file) {
        try {
            Note note = NoteReader.read(file);
            List<String> lines = note.lines();
            return String.join("\n", lines.subList(Math.min(lines.size(), note.frontMatter().lastLine()),
                    lines.size()));
        } catch (NoteRejectedException e) {
            return null;
        }
    }

    private static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
