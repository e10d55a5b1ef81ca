package io.minutegraph.extract;

import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.Note;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.notes.NotesFolder;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.PeopleSources;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and extracts every note of a folder in two passes: the first gathers what each note says about people (a
 * few values a note) and builds the folder's {@link PeopleDirectory}; the second reads each note again and hands
 * its NoteGraph on as soon as it is ready, so a whole folder of parsed notes is never held in memory. Shared by
 * {@code extract} (which prints) and ingest (which writes).
 */
public final class FolderExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(FolderExtraction.class);

    /** Receives each note's outcome, in the folder's order. */
    public interface Sink {
        void extracted(NoteGraph note);

        void rejected(Rejection rejection);
    }

    private final PeopleSources sources;

    /** @param sources declared people and registry entries to resolve the notes' people against */
    public FolderExtraction(PeopleSources sources) {
        this.sources = sources;
    }

    /** The directory of the people of a folder's notes. */
    public PeopleDirectory directory(Path folder) {
        return firstPass(NotesFolder.list(folder), new ReleaseExtractor.KnownReleases());
    }

    /**
     * What a run went through.
     *
     * @param notes  how many notes the folder holds
     * @param people the directory the notes were resolved with
     */
    public record Outcome(int notes, PeopleDirectory people) {
    }

    public Outcome run(Path folder, Sink sink) {
        List<NoteFile> files = NotesFolder.list(folder);
        ReleaseExtractor.KnownReleases releases = new ReleaseExtractor.KnownReleases();
        PeopleDirectory people = firstPass(files, releases);
        NoteGraphBuilder builder = new NoteGraphBuilder(people, releases);
        for (NoteFile file : files) {
            NoteGraph graph;
            try {
                graph = builder.build(NoteReader.read(file));
            } catch (NoteRejectedException e) {
                sink.rejected(new Rejection(e.source(), e.reason()));
                continue;
            }
            sink.extracted(graph);
        }
        return new Outcome(files.size(), people);
    }

    /** What needs the whole folder: who is who, and which versions are releases. */
    private PeopleDirectory firstPass(List<NoteFile> files, ReleaseExtractor.KnownReleases releases) {
        PeopleEvidenceReader reader = new PeopleEvidenceReader();
        List<NoteEvidence> evidence = new ArrayList<>();
        for (NoteFile file : files) {
            try {
                Note note = NoteReader.read(file);
                evidence.add(reader.read(note));
                releases.learn(note);
            } catch (NoteRejectedException e) {
                // reported by the second pass
            }
        }
        long started = System.nanoTime();
        PeopleDirectory directory = PeopleDirectory.build(evidence, sources.declared(), sources.registry());
        LOG.info("Resolved {} people from {} notes in {} ms", directory.people().size(), evidence.size(),
                (System.nanoTime() - started) / 1_000_000);
        return directory;
    }
}
