package io.minutegraph.ingest;

/** The notes folder has no note at the path asked about. */
public class NoSuchNoteException extends RuntimeException {

    public NoSuchNoteException(String source) {
        super("the notes folder has no note " + source);
    }
}
