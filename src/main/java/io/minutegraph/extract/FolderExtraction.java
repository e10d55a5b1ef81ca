package io.minutegraph.extract;

import io.minutegraph.annotate.FolderSettings;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.MeetingsInFile;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.annotate.Pipeline;
import io.minutegraph.facts.features.FeatureGazetteer;
import io.minutegraph.facts.proposals.KnownProposals;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.nlp.DatesAndPlaces;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.notes.NotesFolder;
import io.minutegraph.notes.Rejection;
import io.minutegraph.notes.SourceLinks;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.people.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and extracts every note of a folder in two passes: the first gathers what each note says about people, the
 * releases it speaks of, what it links and which subjects it names (a few values a note) and builds the folder's
 * {@link PeopleDirectory}, {@link ReleaseExtractor.KnownReleases} and {@link KnownProposals}; the second reads each
 * note again, extracts notes in parallel on every core, and hands each NoteGraph on in folder order as soon as it is
 * ready, a bounded window ahead, so a whole folder of parsed notes is never held in memory. Shared by {@code extract}
 * (which prints) and ingest (which writes).
 */
public final class FolderExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(FolderExtraction.class);
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    /** How many notes may be extracted ahead of the sink: bounds the NoteGraphs held at once. */
    private static final int WINDOW = 4 * THREADS;

    /** Receives each note's outcome, in the folder's order. */
    public interface Sink {
        /** The meetings a note records: one for most notes, one per dated heading for a file of several. */
        void extracted(List<NoteGraph> meetings);

        void rejected(Rejection rejection);

        /** A note read but not extracted: the caller said it needs no extraction (its content did not change). */
        default void unchanged(String source) {
        }

        /**
         * Before any note is extracted: a fingerprint of what the whole folder decided (who is who, which versions
         * are releases, which repositories it links and which subjects recur) and of the code that extracts and
         * writes ({@link ExtractionCode}). A note extracted under another fingerprint may resolve differently now, or
         * be extracted or written otherwise.
         */
        default void resolved(String fingerprint) {
        }

        /** After the last note: nothing more will come. */
        default void finished() {
        }
    }

    /**
     * A note's file as found, known before it is parsed.
     *
     * @param sha256 the hash of its content
     * @param linked whether a person can read its lines on the web ({@link SourceLinks})
     */
    public record NoteVersion(String source, String sha256, boolean linked) {
    }

    private final PeopleSources sources;
    private final StageClock clock;
    private final FirstPassCache firstPass;
    private final String sourceUrl;
    private final String gazetteer;

    /** @param sources declared people and registry entries to resolve the notes' people against */
    public FolderExtraction(PeopleSources sources) {
        this(sources, new StageClock(), new FirstPassCache(), null, null);
    }

    /**
     * @param clock     where the time of each stage is added
     * @param firstPass what earlier runs over the folder took from its notes, to be used and kept up to date
     * @param sourceUrl {@code minutegraph.notes.source-url}, or null to link notes by their git remote
     * @param gazetteer {@code minutegraph.notes.gazetteer}: the features file of folders whose settings name none,
     *                  or null
     */
    public FolderExtraction(PeopleSources sources, StageClock clock, FirstPassCache firstPass, String sourceUrl,
                            String gazetteer) {
        // Settings are read per run, from the folder being run over.
        this.sources = sources;
        this.clock = clock;
        this.firstPass = firstPass;
        this.sourceUrl = sourceUrl;
        this.gazetteer = gazetteer;
    }

    /** The folder's gazetteer: its settings', else the configured one, else none. */
    private FeatureGazetteer gazetteer(Path folder, FolderSettings settings) {
        if (settings.gazetteer() != null) {
            return FeatureGazetteer.read(folder.resolve(settings.gazetteer()));
        }
        return gazetteer == null || gazetteer.isBlank() ? FeatureGazetteer.NONE
                : FeatureGazetteer.read(Path.of(gazetteer));
    }

    /** The directory of the people of a folder's notes. */
    public PeopleDirectory directory(Path folder) {
        FolderSettings settings = FolderSettings.of(folder);
        return firstPass(notes(folder, settings), new ReleaseExtractor.KnownReleases(), new KnownProposals(),
                firstPassPipeline(folder, settings));
    }

    /** The folder's notes, less those its settings skip. */
    private static List<NoteFile> notes(Path folder, FolderSettings settings) {
        return NotesFolder.list(folder).stream().filter(f -> !settings.skips(f.source())).toList();
    }

    private static Pipeline firstPassPipeline(Path folder, FolderSettings settings) {
        return NoteGraphBuilder.firstPass(settings, folderName(folder));
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "notes" : name.toString();
    }

    /**
     * What a run went through.
     *
     * @param notes   how many notes the folder holds
     * @param people  the directory the notes were resolved with
     * @param sources every note of the folder, rejected ones too
     */
    public record Outcome(int notes, PeopleDirectory people, Set<String> sources) {
    }

    public Outcome run(Path folder, Sink sink) {
        return run(folder, sink, note -> true, true);
    }

    /**
     * Runs over a folder, extracting only the notes {@code extract} accepts; the others go to
     * {@link Sink#unchanged}. Every note still counts for the folder-wide first pass (who is who, which versions are
     * releases).
     *
     * @param preload load CoreNLP's models while the first pass reads, for a run that will extract most notes; a
     *                run that will extract few or none loads them when a note first needs them, if one does
     */
    public Outcome run(Path folder, Sink sink, Predicate<NoteVersion> extract, boolean preload) {
        FolderSettings settings = FolderSettings.of(folder);
        FeatureGazetteer features = gazetteer(folder, settings);
        List<NoteFile> files = notes(folder, settings);
        if (preload && !files.isEmpty()) {
            preloadNlp(); // while the first pass reads
        }
        ReleaseExtractor.KnownReleases releases = new ReleaseExtractor.KnownReleases();
        KnownProposals proposals = new KnownProposals();
        PeopleDirectory people = firstPass(files, releases, proposals, firstPassPipeline(folder, settings));
        sink.resolved(fingerprint(people, releases, proposals));
        NoteGraphBuilder builder = new NoteGraphBuilder(people, releases, proposals, clock, settings,
                folderName(folder), features);
        SourceLinks links = SourceLinks.of(folder, sourceUrl);
        // Notes are extracted on every core, a bounded window ahead of the sink, which takes them in folder order.
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, daemon());
        try {
            Deque<Future<Object>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < WINDOW) {
                    NoteFile file = files.get(next++);
                    ahead.add(workers.submit(() -> extract(builder, links, file, extract, clock)));
                }
                Object outcome = await(ahead.removeFirst());
                if (outcome instanceof List<?> meetings) {
                    @SuppressWarnings("unchecked")
                    List<NoteGraph> graphs = (List<NoteGraph>) meetings;
                    sink.extracted(graphs);
                } else if (outcome instanceof Rejection rejection) {
                    sink.rejected(rejection);
                } else {
                    sink.unchanged((String) outcome);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        sink.finished();
        Set<String> sources = new HashSet<>();
        files.forEach(f -> sources.add(f.source()));
        return new Outcome(files.size(), people, sources);
    }

    /**
     * Starts loading CoreNLP's dates-and-places models (seconds) on a thread of its own, for a caller that knows
     * most notes will be extracted and has other work to do meanwhile, such as starting a fresh database, or that
     * waits for notes to change.
     */
    public static void preloadNlp() {
        Thread loader = new Thread(DatesAndPlaces::shared, "nlp-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * What the folder decided (who is who, which versions are releases, which repositories it links and which
     * subjects recur), and the code that extracts and writes.
     */
    private static String fingerprint(PeopleDirectory people, ReleaseExtractor.KnownReleases releases,
                                      KnownProposals proposals) {
        StringBuilder text = new StringBuilder("extraction ").append(ExtractionCode.fingerprint()).append('\n');
        people.people().stream().sorted(Comparator.comparing(Person::id)).forEach(p -> text.append(p)
                .append('\n'));
        releases.versions().stream().sorted().forEach(v -> text.append(v).append('\n'));
        proposals.facts().forEach(f -> text.append(f).append('\n'));
        return NoteReader.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A note's meetings (a list of NoteGraphs), the Rejection that says why it has none, or its source when it needs
     * no extraction.
     */
    private static Object extract(NoteGraphBuilder builder, SourceLinks links, NoteFile file,
                                  Predicate<NoteVersion> extract, StageClock clock) {
        try {
            long started = System.nanoTime();
            byte[] bytes = NoteReader.bytes(file);
            String lineUrl = links.lineUrl(file.source(), bytes);
            boolean wanted = extract.test(new NoteVersion(file.source(), NoteReader.sha256(bytes), lineUrl != null));
            clock.add(StageClock.Stage.READ, started);
            if (!wanted) {
                return file.source();
            }
            Note note = parse(file, bytes, clock);
            started = System.nanoTime();
            try {
                return builder.build(note).stream().map(m -> m.withLineUrl(lineUrl)).toList();
            } finally {
                clock.add(StageClock.Stage.EXTRACT, started);
            }
        } catch (NoteRejectedException e) {
            return new Rejection(e.source(), e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            // A note no rule foresaw must not stop the others: it is reported, with the stack in the log.
            LOG.error("Extracting {} failed", file.source(), e);
            return new Rejection(file.source(), "could not be extracted (" + e + "); please report it with the note");
        }
    }

    private static Object await(Future<Object> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting notes", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon() {
        return task -> {
            Thread thread = new Thread(task, "extract");
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Note parse(NoteFile file, byte[] bytes, StageClock clock) throws NoteRejectedException {
        long started = System.nanoTime();
        try {
            return NoteReader.parse(file.source(), bytes);
        } finally {
            clock.add(StageClock.Stage.READ, started);
        }
    }

    /** What needs the whole folder: who is who, which versions are releases, what proposals it links and recurs to. */
    private PeopleDirectory firstPass(List<NoteFile> files, ReleaseExtractor.KnownReleases releases,
                                      KnownProposals proposals, Pipeline pipeline) {
        // Each note is read on every core; what they say is then taken in folder order, as resolution wants it.
        FirstPassCache.Entry[] entries = new FirstPassCache.Entry[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> entries[i] = firstPassEntry(files.get(i), pipeline));
        List<NoteEvidence> evidence = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            present.add(files.get(i).source());
            if (entries[i] != null) {
                evidence.addAll(entries[i].evidence());
                releases.learn(entries[i].releases());
                entries[i].proposals().forEach(proposals::learn);
            }
        }
        firstPass.retainOnly(present);
        long started = System.nanoTime();
        PeopleDirectory directory = firstPass.directory(evidence, sources,
                (notes, known) -> PeopleDirectory.build(notes, known.declared(), known.registry()));
        clock.add(StageClock.Stage.RESOLUTION, started);
        LOG.info("Resolved {} people from {} notes in {} ms", directory.people().size(), evidence.size(),
                (System.nanoTime() - started) / 1_000_000);
        return directory;
    }

    /** What the first pass takes from a note, from the cache when its content is as before; null if unreadable. */
    private FirstPassCache.Entry firstPassEntry(NoteFile file, Pipeline pipeline) {
        try {
            long started = System.nanoTime();
            byte[] bytes = NoteReader.bytes(file);
            String sha256 = NoteReader.sha256(bytes);
            FirstPassCache.Entry known = firstPass.get(file.source(), sha256);
            clock.add(StageClock.Stage.READ, started);
            if (known == null) {
                Note note = parse(file, bytes, clock);
                started = System.nanoTime();
                List<NoteEvidence> evidence = new ArrayList<>();
                Map<String, LocalDate> spoken = new HashMap<>();
                List<KnownProposals.Seen> seen = new ArrayList<>();
                for (NoteDocument meeting : MeetingsInFile.split(note)) {
                    pipeline.annotate(meeting);
                    evidence.add(meeting.get(Layers.EVIDENCE));
                    seen.add(KnownProposals.seenIn(meeting));
                    ReleaseExtractor.KnownReleases.spokenIn(meeting).forEach((r, d) -> spoken.merge(r, d,
                            (a, b) -> a.isBefore(b) ? a : b));
                }
                known = new FirstPassCache.Entry(sha256, List.copyOf(evidence), Map.copyOf(spoken), List.copyOf(seen));
                firstPass.put(file.source(), known);
                clock.add(StageClock.Stage.RESOLUTION, started);
            }
            return known;
        } catch (NoteRejectedException e) {
            return null; // reported by the second pass; a note without a date says nothing about people
        } catch (RuntimeException | StackOverflowError e) {
            return null; // reported, with its stack, by the second pass
        }
    }
}
