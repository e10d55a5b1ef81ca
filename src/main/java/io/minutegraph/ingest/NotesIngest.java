package io.minutegraph.ingest;

import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Rejection;
import io.minutegraph.store.NoteGraphWriter;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a notes folder into the graph, note by note: read, extract, write. A rejected or failed note is reported
 * and skipped; it never stops the others, and what the graph held for it stays as it was.
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

    public IngestSummary ingest(Path folder) {
        return ingest(folder, null);
    }

    /** @param declaredPeople a folder of declared people, instead of {@code minutegraph.people.declared-dir} */
    public IngestSummary ingest(Path folder, Path declaredPeople) {
        long started = System.nanoTime();
        List<Rejection> rejected = new ArrayList<>();
        int[] loaded = {0};
        int read = new FolderExtraction(people.declared(declaredPeople)).run(folder, new FolderExtraction.Sink() {
            @Override
            public void extracted(NoteGraph note) {
                try {
                    writer.write(note);
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
        }).notes();
        IngestSummary summary = new IngestSummary(read, loaded[0], rejected,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Ingested {}: {} notes read, {} loaded, {} rejected in {} ms", folder, read, loaded[0],
                rejected.size(), summary.took().toMillis());
        return summary;
    }
}
