package io.minutegraph.ingest;

import io.minutegraph.notes.FolderWatcher;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.notes.NotesFolder;
import io.minutegraph.notes.Rejection;
import io.minutegraph.store.Neo4jConnection;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notes folder {@code serve} keeps the graph in step with: ingested in the background once the database
 * answers, again whenever the folder changes ({@code --watch}) and whenever a note is uploaded or deleted over HTTP.
 * The folder stays the source of truth: an upload is written to it, a deletion removes the file, and the graph
 * follows by an incremental ingest. Ingests run one at a time; changes that arrive while one is waiting to start
 * share it.
 */
@Singleton
public class LiveNotes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveNotes.class);
    /** How long a burst of file changes must be quiet before the folder is ingested. */
    private static final Duration QUIET = Duration.ofMillis(100);

    private final NotesIngest ingest;
    private final Neo4jConnection neo4j;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notes-ingest");
        thread.setDaemon(true);
        return thread;
    });
    private final Object uploads = new Object();
    private volatile Path folder;
    private volatile IngestSummary last;
    private volatile String state = "not started";
    private CompletableFuture<IngestSummary> waiting;
    private FolderWatcher watcher;

    public LiveNotes(NotesIngest ingest, Neo4jConnection neo4j) {
        this.ingest = ingest;
        this.neo4j = neo4j;
    }

    /**
     * Starts keeping the graph in step with a folder, in the background: waits for the database (however long an
     * external server is down), starts watching the folder if asked, and ingests it if asked.
     *
     * @return the first ingest (or, without one, completes once the database answers)
     */
    public CompletableFuture<IngestSummary> start(Path notes, boolean ingestNow, boolean watch) {
        this.folder = notes.toAbsolutePath().normalize();
        state = "waiting for Neo4j";
        CompletableFuture<IngestSummary> first = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                neo4j.awaitReady(Duration.ofDays(365));
                if (watch) {
                    // Watching before the first ingest: a change made while it runs queues the next one.
                    synchronized (this) {
                        watcher = FolderWatcher.start(folder, QUIET, () -> refresh().join());
                    }
                }
                first.complete(ingestNow ? run() : null);
                state = "idle";
            } catch (RuntimeException e) {
                state = "failed: " + e.getMessage();
                LOG.error("Cannot keep {} in the graph: {}", folder, e.getMessage(), e);
                first.completeExceptionally(e);
            }
        });
        return first;
    }

    /** Ingests the folder again (incrementally); a request made while another waits to start shares it. */
    public synchronized CompletableFuture<IngestSummary> refresh() {
        Path notes = requireFolder();
        if (waiting != null) {
            return waiting;
        }
        CompletableFuture<IngestSummary> next = new CompletableFuture<>();
        waiting = next;
        worker.execute(() -> {
            synchronized (this) {
                waiting = null;
            }
            try {
                next.complete(run());
            } catch (RuntimeException e) {
                LOG.error("Ingesting {} failed: {}", notes, e.getMessage(), e);
                next.completeExceptionally(e);
            }
        });
        return next;
    }

    private IngestSummary run() {
        state = "ingesting";
        try {
            IngestSummary summary = ingest.ingest(folder);
            last = summary;
            return summary;
        } finally {
            state = "idle";
        }
    }

    /**
     * Writes a note into the folder and ingests it. A note that cannot be read, or that the ingest rejects, is
     * reported and the folder is put back as it was; the graph is not touched.
     *
     * @param source  the note's path in the folder, e.g. {@code community/2024-05-02.md}
     * @param content the file's bytes
     * @return the ingest that loaded it
     * @throws NoteRejectedException   when the note is not one Minutegraph can load; nothing changed
     * @throws InvalidNotePathException when {@code source} is not a note's path inside the folder
     */
    public Upload put(String source, byte[] content) throws NoteRejectedException {
        Path file = resolve(source);
        NoteReader.check(source, content);
        synchronized (uploads) {
            try {
                Optional<byte[]> before = Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                write(file, content);
                IngestSummary summary = refresh().join();
                Optional<Rejection> rejected = summary.rejected().stream()
                        .filter(r -> r.source().equals(source)).findFirst();
                if (rejected.isPresent()) {
                    if (before.isPresent()) {
                        write(file, before.get());
                    } else {
                        Files.deleteIfExists(file);
                    }
                    throw new NoteRejectedException(source, rejected.get().reason());
                }
                return new Upload(source, NoteReader.sha256(content), before.isEmpty(), summary);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + source + " into " + folder, e);
            }
        }
    }

    /**
     * An uploaded note.
     *
     * @param source  its path in the folder
     * @param sha256  of its content
     * @param created whether the folder had no note at that path before
     * @param ingest  the ingest that loaded it
     */
    public record Upload(String source, String sha256, boolean created, IngestSummary ingest) {
    }

    /**
     * Deletes a note from the folder and retracts its facts.
     *
     * @throws NoSuchNoteException      when the folder has no such note
     * @throws InvalidNotePathException when {@code source} is not a note's path inside the folder
     */
    public IngestSummary delete(String source) {
        Path file = resolve(source);
        synchronized (uploads) {
            try {
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchNoteException(source);
                }
                Files.delete(file);
            } catch (NoSuchFileException e) {
                throw new NoSuchNoteException(source);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + source + " from " + folder, e);
            }
            return refresh().join();
        }
    }

    /**
     * The file a note's path names inside the folder.
     *
     * @throws InvalidNotePathException for a path that is not a note's path inside the folder
     * @throws NotesUnavailableException when no folder is being served
     */
    Path resolve(String source) {
        Path root = requireFolder();
        String reason = NotesFolder.pathProblem(source);
        if (reason != null) {
            throw new InvalidNotePathException(source, reason);
        }
        Path file = root.resolve(source).normalize();
        // A linked folder inside the notes folder must not lead out of it.
        Path existing = file.getParent();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            if (!existing.toRealPath().startsWith(root.toRealPath())) {
                throw new InvalidNotePathException(source, "leads out of the notes folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check where " + source + " leads", e);
        }
        return file;
    }

    private static void write(Path file, byte[] content) throws IOException {
        // Written beside, then moved into place: a reader (the watcher, an ingest) never sees half a file.
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path requireFolder() {
        Path notes = folder;
        if (notes == null) {
            throw new NotesUnavailableException();
        }
        return notes;
    }

    /** What the folder's keeping is doing, and the last ingest: for {@code /health}. */
    public String state() {
        return state;
    }

    public Optional<IngestSummary> last() {
        return Optional.ofNullable(last);
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        worker.shutdownNow();
    }
}
