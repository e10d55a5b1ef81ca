package io.minutegraph.ingest;

import io.minutegraph.extract.StageClock;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Rejection;
import io.minutegraph.store.NoteGraphWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers extracted notes into batches and writes each batch in one transaction on a thread of its own, so that
 * extraction goes on while a batch is written. At most two batches wait for the writer, which bounds the notes held.
 * A batch that fails is written again note by note, so a note the database refuses is rejected alone; once the
 * database is lost, every note still to come is rejected as not stored.
 */
final class BatchedNotesWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BatchedNotesWriter.class);
    private static final int BATCHES_WAITING = 2;

    /** Asked for on the writer thread: it may wait for a new database to start while notes are extracted. */
    private final Supplier<NoteGraphWriter> writer;
    private final int batchNotes;
    private final String extractedWith;
    private final StageClock clock;
    private final Consumer<NoteGraph> onStored;
    private final Consumer<Rejection> onRejected;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "note-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore waiting = new Semaphore(BATCHES_WAITING);
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger stubs = new AtomicInteger();
    /** Why the database was lost, once it was; read by the extraction threads too. */
    private final AtomicReference<String> lost = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    /** Notes waiting for the writer, each as the meetings it records, written in one transaction. */
    private List<List<NoteGraph>> batch = new ArrayList<>();

    BatchedNotesWriter(Supplier<NoteGraphWriter> writer, int batchNotes, String extractedWith, StageClock clock,
                       Consumer<NoteGraph> onStored, Consumer<Rejection> onRejected) {
        this.writer = writer;
        this.batchNotes = batchNotes;
        this.extractedWith = extractedWith;
        this.clock = clock;
        this.onStored = onStored;
        this.onRejected = onRejected;
    }

    /**
     * Queues a note, as the meetings it records (always written together, so that replacing the note replaces all of
     * them); a full batch goes to the writer thread, waiting while two batches are ahead of it.
     */
    void add(List<NoteGraph> note) {
        if (failure.get() != null) {
            throw failure.get(); // the database could not start, say: no use extracting the rest
        }
        if (lost.get() != null) {
            onRejected.accept(notStored(note, lost.get()));
            return;
        }
        batch.add(note);
        if (batch.size() >= batchNotes) {
            flush();
        }
    }

    /** Writes what is left and waits until every batch is written. */
    void finish() {
        if (!batch.isEmpty()) {
            flush();
        }
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.info("Still writing notes to Neo4j");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
            throw new IllegalStateException("interrupted while writing notes", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Lets the writer thread end once the batches handed to it are written; waits for nothing. */
    void stop() {
        thread.shutdown();
    }

    /** The folder's fingerprint the notes are written with. */
    String extractedWith() {
        return extractedWith;
    }

    int loaded() {
        return loaded.get();
    }

    /** Notes written that record no meeting that was held. */
    int stubs() {
        return stubs.get();
    }

    /** Why the database was lost during this ingest, or null. */
    String lost() {
        return lost.get();
    }

    private void flush() {
        List<List<NoteGraph>> notes = batch;
        batch = new ArrayList<>();
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing notes", e);
        }
        thread.execute(() -> {
            try {
                write(notes);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                waiting.release();
            }
        });
    }

    /** Writes notes in one transaction; if that fails, note by note, so that a bad one fails alone. */
    private void write(List<List<NoteGraph>> notes) {
        try {
            store(notes);
        } catch (Neo4jException e) {
            if (e instanceof RetryableException || notes.size() == 1) {
                failed(notes, e);
            } else {
                for (List<NoteGraph> note : notes) {
                    try {
                        store(List.of(note));
                    } catch (Neo4jException single) {
                        failed(List.of(note), single);
                    }
                }
            }
        }
    }

    private void store(List<List<NoteGraph>> notes) {
        if (lost.get() != null) {
            throw new ServiceUnavailableException(lost.get());
        }
        long started = System.nanoTime();
        List<NoteGraph> meetings = notes.stream().flatMap(List::stream).toList();
        writer.get().write(meetings, extractedWith);
        clock.add(StageClock.Stage.WRITE, started);
        loaded.addAndGet(notes.size());
        stubs.addAndGet((int) notes.stream().filter(n -> n.stream().noneMatch(m -> m.meeting().held())).count());
        for (NoteGraph meeting : meetings) {
            onStored.accept(meeting);
            LOG.debug("Loaded {}: {} attendances, {} topics", meeting.meeting().id(), meeting.attendances().size(),
                    FactKinds.TOPICS.in(meeting).size());
        }
    }

    private void failed(List<List<NoteGraph>> notes, Neo4jException e) {
        if (e instanceof RetryableException) {
            lost.compareAndSet(null, e.getMessage());
        }
        notes.forEach(n -> onRejected.accept(notStored(n, e.getMessage())));
    }

    private static Rejection notStored(List<NoteGraph> note, String why) {
        return new Rejection(note.get(0).source(), "could not be stored: " + why);
    }
}
