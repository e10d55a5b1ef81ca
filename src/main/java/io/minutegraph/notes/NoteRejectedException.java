package io.minutegraph.notes;

/** A note that cannot be read as a meeting note; the message is the reason, written for the person who wrote it. */
public class NoteRejectedException extends Exception {

    private final String source;

    public NoteRejectedException(String source, String reason) {
        super(reason);
        this.source = source;
    }

    public String source() {
        return source;
    }

    public String reason() {
        return getMessage();
    }
}
