package io.minutegraph.ingest;

import io.micronaut.context.BeanProvider;
import io.minutegraph.extract.FirstPassCache;
import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.extract.StageClock;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.TeamRole;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.store.Neo4jConfig;
import io.minutegraph.store.Neo4jConnection;
import io.minutegraph.store.NoteGraphWriter;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a notes folder into the graph: read, extract, and write in batches of notes, one transaction a batch.
 * Incremental: a note whose file has the hash the graph holds for it is not extracted again, and a note gone from
 * the folder is retracted. A rejected or
 * failed note is reported and skipped; it never stops the others, and what the graph held for it stays as it was.
 * One ingest runs at a time.
 */
@Singleton
public class NotesIngest {

    private static final Logger LOG = LoggerFactory.getLogger(NotesIngest.class);

    /** Looked up when an ingest needs them, so that a new embedded database can start while notes are extracted. */
    private final BeanProvider<Neo4jConnection> neo4j;
    private final BeanProvider<NoteGraphWriter> writer;
    private final Neo4jConfig config;
    private final PeopleConfig people;
    private final NotesConfig notes;
    private final int batchNotes;
    /** Kept from one ingest to the next, so that a change re-reads only the notes that changed. */
    private final FirstPassCache firstPass = new FirstPassCache();

    public NotesIngest(BeanProvider<Neo4jConnection> neo4j, BeanProvider<NoteGraphWriter> writer, Neo4jConfig config,
                       PeopleConfig people, NotesConfig notes, IngestConfig ingest) {
        this.neo4j = neo4j;
        this.writer = writer;
        this.config = config;
        this.people = people;
        this.notes = notes;
        this.batchNotes = ingest.batchNotes();
    }

    /**
     * The writer, once the database has answered (an external one may take up to its connect-timeout), with the mark
     * of a write left unfinished by an ingest that stopped cleared: this process is the one that writes notes.
     */
    private NoteGraphWriter readyWriter() {
        neo4j.get().awaitReady();
        NoteGraphWriter ready = writer.get();
        ready.clearStaleWriteMark();
        return ready;
    }

    /** What a future gave, or the failure that stopped it, as it was thrown (a database that cannot start). */
    private static NoteGraphWriter await(CompletableFuture<NoteGraphWriter> ready) {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Ingests a folder with the configured declared people and registry. */
    public IngestSummary ingest(Path folder) {
        return ingest(folder, people.sources(null, null));
    }

    /**
     * Ingests a folder, waiting for an external database up to its {@code connect-timeout}. A note whose write fails
     * (after the driver has retried it for {@code retry-time}) is rejected with the reason; its transaction never
     * committed, so the graph holds it as before. Once the database is lost, the notes still to be written are not
     * extracted but reported as not stored, and notes gone from the folder are retracted by the next ingest, which
     * completes what this one could not.
     */
    public IngestSummary ingest(Path folder, PeopleSources sources) {
        return ingest(folder, sources, new StageClock(), note -> {
        });
    }

    /**
     * Ingests a folder as {@link #ingest(Path, PeopleSources)} does, adding each stage's time to a clock and handing
     * each note on once it is stored.
     */
    public synchronized IngestSummary ingest(Path folder, PeopleSources sources, StageClock clock,
                                             Consumer<NoteGraph> onStored) {
        long started = System.nanoTime();
        // A new embedded database holds no note, so every note is extracted while it starts on a thread of its own,
        // and the first batch is written once it has.
        boolean newDatabase = config.newEmbeddedDatabase();
        CompletableFuture<NoteGraphWriter> ready = newDatabase
                ? CompletableFuture.supplyAsync(this::readyWriter, task -> daemon("neo4j-start", task).start())
                : CompletableFuture.completedFuture(readyWriter());
        List<Rejection> rejected = Collections.synchronizedList(new ArrayList<>());
        Consumer<Rejection> reject = rejection -> {
            rejected.add(rejection);
            LOG.warn("Rejected {}: {}", rejection.source(), rejection.reason());
        };
        int[] unchanged = {0};
        // Only notes whose file changed, or that were extracted when the folder said something else about people
        // and releases, are extracted again; the graph keeps what the others wrote.
        Map<String, NoteGraphWriter.StoredNote> stored = newDatabase ? Map.of() : await(ready).storedNotes();
        // Set once the folder's fingerprint is known, before the first note is extracted.
        AtomicReference<BatchedNotesWriter> batches = new AtomicReference<>();
        Set<String> notStored = ConcurrentHashMap.newKeySet();
        Predicate<FolderExtraction.NoteVersion> changed = note -> {
            BatchedNotesWriter out = batches.get();
            NoteGraphWriter.StoredNote held = stored.get(note.source());
            // A note is also read again once it can be linked to (committed since): its facts gain their links.
            boolean extract = held == null || !note.sha256().equals(held.sha256())
                    || !out.extractedWith().equals(held.extractedWith()) || note.linked() && !held.linked();
            if (extract && out.lost() != null) {
                notStored.add(note.source()); // not worth extracting: it could not be stored
                return false;
            }
            return extract;
        };
        FolderExtraction extraction = new FolderExtraction(sources, clock, firstPass, notes.sourceUrl(), notes.gazetteer());
        FolderExtraction.Outcome outcome;
        try {
            outcome = extraction.run(folder, new FolderExtraction.Sink() {
                @Override
                public void resolved(String folderFingerprint) {
                    batches.set(new BatchedNotesWriter(() -> await(ready), batchNotes, folderFingerprint, clock,
                            onStored, reject));
                }

                @Override
                public void unchanged(String source) {
                    if (notStored.contains(source)) {
                        reject.accept(new Rejection(source, "could not be stored: " + batches.get().lost()));
                    } else {
                        unchanged[0]++;
                    }
                }

                @Override
                public void extracted(List<NoteGraph> meetings) {
                    batches.get().add(meetings);
                }

                @Override
                public void rejected(Rejection rejection) {
                    reject.accept(rejection);
                }

                @Override
                public void finished() {
                    if (batches.get() != null) {
                        batches.get().finish();
                    }
                }
            }, changed, stored.isEmpty());
        } finally {
            if (batches.get() != null) {
                batches.get().stop(); // after a failure too: no writer thread is left behind
            }
            // After a failure too: a database still starting is started, so that it is closed as it should be.
            ready.exceptionally(e -> null).join();
        }
        NoteGraphWriter store = await(ready); // a database that could not start fails the ingest, notes or not
        String lost = batches.get() == null ? null : batches.get().lost();
        int loaded = batches.get() == null ? 0 : batches.get().loaded();
        int read = outcome.notes();
        int removed = 0;
        if (lost == null) {
            // Notes gone from the folder (deleted, or renamed: the new name was loaded above) take their facts along.
            List<String> gone = stored.keySet().stream().filter(s -> !outcome.sources().contains(s)).sorted().toList();
            for (int i = 0; i < gone.size(); i += batchNotes) {
                store.retract(gone.subList(i, Math.min(gone.size(), i + batchNotes)));
            }
            removed = gone.size();
            if (!sources.declarations().isEmpty()) {
                store.writeDeclarations(sources.declarations().stream().map(d -> new TeamRole(d.team(), d.role(),
                        outcome.people().declaredPerson(d.person()), d.source())).toList());
            }
        } else {
            LOG.error("Neo4j was lost during the ingest of {} ({}); ingest again once it is back", folder, lost);
        }
        int stubs = batches.get() == null ? 0 : batches.get().stubs();
        IngestSummary summary = new IngestSummary(read, loaded, stubs, unchanged[0], removed, rejected,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Ingested {}: {} notes read, {} loaded ({} recording no meeting held), {} unchanged, {} removed,"
                        + " {} rejected in {} ms (busy ms: read {}, resolution {}, extraction {} of which NLP {},"
                        + " write {})", folder, read, loaded, stubs, unchanged[0], removed, rejected.size(),
                summary.took().toMillis(),
                clock.busy(StageClock.Stage.READ).toMillis(), clock.busy(StageClock.Stage.RESOLUTION).toMillis(),
                clock.busy(StageClock.Stage.EXTRACT).toMillis(), clock.busy(StageClock.Stage.NLP).toMillis(),
                clock.busy(StageClock.Stage.WRITE).toMillis());
        return summary;
    }
}
