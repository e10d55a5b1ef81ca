package io.minutegraph.ingest;

import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.TeamRole;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.store.NoteGraphWriter;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a notes folder into the graph, note by note: read, extract, write. Incremental: a note whose file has the
 * hash the graph holds for it is not extracted again, and a note gone from the folder is retracted. A rejected or
 * failed note is reported and skipped; it never stops the others, and what the graph held for it stays as it was.
 */
@Singleton
public class NotesIngest {

    private static final Logger LOG = LoggerFactory.getLogger(NotesIngest.class);

    private final NoteGraphWriter writer;
    private final PeopleConfig people;

    public NotesIngest(NoteGraphWriter writer, PeopleConfig people) {
        this.writer = writer;
        this.people = people;
    }

    /** Ingests a folder with the configured declared people and registry. */
    public IngestSummary ingest(Path folder) {
        return ingest(folder, people.sources(null, null));
    }

    public IngestSummary ingest(Path folder, PeopleSources sources) {
        long started = System.nanoTime();
        List<Rejection> rejected = new ArrayList<>();
        int[] loaded = {0};
        int[] unchanged = {0};
        // Only notes whose file changed, or that were extracted when the folder said something else about people
        // and releases, are extracted again; the graph keeps what the others wrote.
        Map<String, NoteGraphWriter.StoredNote> stored = writer.storedNotes();
        String[] fingerprint = {null};
        Predicate<Note> changed = note -> !new NoteGraphWriter.StoredNote(note.sha256(), fingerprint[0])
                .equals(stored.get(note.source()));
        FolderExtraction.Outcome outcome = new FolderExtraction(sources).run(folder, new FolderExtraction.Sink() {
            @Override
            public void resolved(String folderFingerprint) {
                fingerprint[0] = folderFingerprint;
            }

            @Override
            public void unchanged(String source) {
                unchanged[0]++;
            }

            @Override
            public void extracted(NoteGraph note) {
                try {
                    writer.write(note, fingerprint[0]);
                    loaded[0]++;
                    LOG.debug("Loaded {}: {} attendances, {} topics", note.source(), note.attendances().size(),
                            note.topics().size());
                } catch (Neo4jException e) {
                    rejected(new Rejection(note.source(), "could not be stored: " + e.getMessage()));
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.add(rejection);
                LOG.warn("Rejected {}: {}", rejection.source(), rejection.reason());
            }
        }, changed, stored.isEmpty());
        // Notes gone from the folder (deleted, or renamed: the new name was loaded above) take their facts along.
        int removed = 0;
        for (String source : stored.keySet()) {
            if (!outcome.sources().contains(source)) {
                writer.retract(source);
                removed++;
            }
        }
        int read = outcome.notes();
        if (!sources.declarations().isEmpty()) {
            writer.writeDeclarations(sources.declarations().stream().map(d -> new TeamRole(d.team(), d.role(),
                    outcome.people().declaredPerson(d.person()), d.source())).toList());
        }
        IngestSummary summary = new IngestSummary(read, loaded[0], unchanged[0], removed, rejected,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Ingested {}: {} notes read, {} loaded, {} unchanged, {} removed, {} rejected in {} ms", folder, read,
                loaded[0], unchanged[0], removed, rejected.size(), summary.took().toMillis());
        return summary;
    }
}
