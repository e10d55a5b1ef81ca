package io.minutegraph.ingest;

import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.TeamRole;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.store.Neo4jConnection;
import io.minutegraph.store.NoteGraphWriter;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a notes folder into the graph: read, extract, and write in batches of notes, one transaction a batch. Incremental: a note whose file has the
 * hash the graph holds for it is not extracted again, and a note gone from the folder is retracted. A rejected or
 * failed note is reported and skipped; it never stops the others, and what the graph held for it stays as it was.
 * One ingest runs at a time.
 */
@Singleton
public class NotesIngest {

    private static final Logger LOG = LoggerFactory.getLogger(NotesIngest.class);

    private final Neo4jConnection neo4j;
    private final NoteGraphWriter writer;
    private final PeopleConfig people;
    private final int batchNotes;

    /**
     * @param batchNotes how many notes are written in one transaction ({@code minutegraph.ingest.batch-notes}); see
     *                   docs/PERFORMANCE.md for how the default was chosen
     */
    public NotesIngest(Neo4jConnection neo4j, NoteGraphWriter writer, PeopleConfig people,
                       @Value("${minutegraph.ingest.batch-notes:100}") int batchNotes) {
        if (batchNotes < 1) {
            throw new IllegalArgumentException("minutegraph.ingest.batch-notes must be at least 1, not " + batchNotes);
        }
        this.neo4j = neo4j;
        this.writer = writer;
        this.people = people;
        this.batchNotes = batchNotes;
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
    public synchronized IngestSummary ingest(Path folder, PeopleSources sources) {
        neo4j.awaitReady();
        long started = System.nanoTime();
        List<Rejection> rejected = new ArrayList<>();
        int[] loaded = {0};
        int[] unchanged = {0};
        // Only notes whose file changed, or that were extracted when the folder said something else about people
        // and releases, are extracted again; the graph keeps what the others wrote.
        Map<String, NoteGraphWriter.StoredNote> stored = writer.storedNotes();
        String[] fingerprint = {null};
        // Why the database was lost during this ingest, once it was; read by the extraction threads.
        AtomicReference<String> lost = new AtomicReference<>();
        Set<String> notStored = ConcurrentHashMap.newKeySet();
        List<NoteGraph> batch = new ArrayList<>();
        Predicate<Note> changed = note -> {
            boolean extract = !new NoteGraphWriter.StoredNote(note.sha256(), fingerprint[0])
                    .equals(stored.get(note.source()));
            if (extract && lost.get() != null) {
                notStored.add(note.source());
                return false;
            }
            return extract;
        };
        FolderExtraction.Outcome outcome = new FolderExtraction(sources).run(folder, new FolderExtraction.Sink() {
            @Override
            public void resolved(String folderFingerprint) {
                fingerprint[0] = folderFingerprint;
            }

            @Override
            public void unchanged(String source) {
                if (notStored.contains(source)) {
                    rejected(new Rejection(source, "could not be stored: " + lost.get()));
                } else {
                    unchanged[0]++;
                }
            }

            @Override
            public void extracted(NoteGraph note) {
                if (lost.get() != null) {
                    rejected(new Rejection(note.source(), "could not be stored: " + lost.get()));
                    return;
                }
                batch.add(note);
                if (batch.size() >= batchNotes) {
                    flush();
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
                LOG.warn("Rejected {}: {}", rejection.source(), rejection.reason());
            }

            @Override
            public void finished() {
                flush();
            }

            /** Writes the notes waiting, in one transaction; if that fails, note by note, so a bad one fails alone. */
            private void flush() {
                List<NoteGraph> notes = List.copyOf(batch);
                batch.clear();
                try {
                    store(notes);
                } catch (Neo4jException e) {
                    if (e instanceof RetryableException || notes.size() == 1) {
                        failed(notes, e);
                    } else {
                        for (NoteGraph note : notes) {
                            try {
                                store(List.of(note));
                            } catch (Neo4jException single) {
                                failed(List.of(note), single);
                            }
                        }
                    }
                }
            }

            private void store(List<NoteGraph> notes) {
                if (lost.get() != null) {
                    throw new ServiceUnavailableException(lost.get());
                }
                writer.write(notes, fingerprint[0]);
                loaded[0] += notes.size();
                for (NoteGraph note : notes) {
                    LOG.debug("Loaded {}: {} attendances, {} topics", note.source(), note.attendances().size(),
                            note.topics().size());
                }
            }

            private void failed(List<NoteGraph> notes, Neo4jException e) {
                if (e instanceof RetryableException) {
                    lost.compareAndSet(null, e.getMessage());
                }
                notes.forEach(n -> rejected(new Rejection(n.source(), "could not be stored: " + e.getMessage())));
            }
        }, changed, stored.isEmpty());
        int read = outcome.notes();
        int removed = 0;
        if (lost.get() == null) {
            // Notes gone from the folder (deleted, or renamed: the new name was loaded above) take their facts along.
            List<String> gone = stored.keySet().stream().filter(s -> !outcome.sources().contains(s)).sorted().toList();
            for (int i = 0; i < gone.size(); i += batchNotes) {
                writer.retract(gone.subList(i, Math.min(gone.size(), i + batchNotes)));
            }
            removed = gone.size();
            if (!sources.declarations().isEmpty()) {
                writer.writeDeclarations(sources.declarations().stream().map(d -> new TeamRole(d.team(), d.role(),
                        outcome.people().declaredPerson(d.person()), d.source())).toList());
            }
        } else {
            LOG.error("Neo4j was lost during the ingest of {} ({}); ingest again once it is back", folder, lost.get());
        }
        IngestSummary summary = new IngestSummary(read, loaded[0], unchanged[0], removed, rejected,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Ingested {}: {} notes read, {} loaded, {} unchanged, {} removed, {} rejected in {} ms", folder, read,
                loaded[0], unchanged[0], removed, rejected.size(), summary.took().toMillis());
        return summary;
    }
}
