package io.minutegraph.ingest;

/** Notes cannot be written or deleted: this process serves no notes folder. */
public class NotesUnavailableException extends IllegalStateException {

    public NotesUnavailableException() {
        super("no notes folder is being served");
    }
}
