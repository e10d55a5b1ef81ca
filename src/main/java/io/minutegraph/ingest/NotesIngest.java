package io.minutegraph.ingest;

import io.minutegraph.extract.FolderExtraction;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.TeamRole;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.PeopleSources;
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

    /** Ingests a folder with the configured declared people and registry. */
    public IngestSummary ingest(Path folder) {
        return ingest(folder, people.sources(null, null));
    }

    public IngestSummary ingest(Path folder, PeopleSources sources) {
        long started = System.nanoTime();
        List<Rejection> rejected = new ArrayList<>();
        int[] loaded = {0};
        FolderExtraction.Outcome outcome = new FolderExtraction(sources).run(folder, new FolderExtraction.Sink() {
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
        });
        int read = outcome.notes();
        if (!sources.declarations().isEmpty()) {
            writer.writeDeclarations(sources.declarations().stream().map(d -> new TeamRole(d.team(), d.role(),
                    outcome.people().declaredPerson(d.person()), d.source())).toList());
        }
        IngestSummary summary = new IngestSummary(read, loaded[0], rejected,
                Duration.ofNanos(System.nanoTime() - started));
        LOG.info("Ingested {}: {} notes read, {} loaded, {} rejected in {} ms", folder, read, loaded[0],
                rejected.size(), summary.took().toMillis());
        return summary;
    }
}
