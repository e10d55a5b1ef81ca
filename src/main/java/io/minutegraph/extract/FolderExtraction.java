package io.minutegraph.extract;

import io.minutegraph.graph.NoteGraph;
import io.minutegraph.notes.NoteFile;
import io.minutegraph.notes.NoteReader;
import io.minutegraph.notes.NoteRejectedException;
import io.minutegraph.notes.NotesFolder;
import io.minutegraph.notes.Rejection;
import io.minutegraph.people.ParticipantResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and extracts every note of a folder, handing each result on as soon as it is ready, so a whole folder is
 * never held in memory. Shared by {@code extract} (which prints) and ingest (which writes).
 */
public final class FolderExtraction {

    /** Receives each note's outcome, in the folder's order. */
    public interface Sink {
        void extracted(NoteGraph note);

        void rejected(Rejection rejection);
    }

    private final NoteGraphBuilder builder;

    public FolderExtraction(ParticipantResolver people) {
        this.builder = new NoteGraphBuilder(people);
    }

    /** @return how many notes the folder holds */
    public int run(Path folder, Sink sink) {
        List<NoteFile> files = NotesFolder.list(folder);
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
        return files.size();
    }
}
