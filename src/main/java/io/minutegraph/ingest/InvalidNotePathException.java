package io.minutegraph.ingest;

/**
 * A path that is not a note's path inside the notes folder: absolute, with {@code ..} or hidden parts, not ending in
 * {@code .md}, or leading out of the folder through a link.
 */
public class InvalidNotePathException extends IllegalArgumentException {

    public InvalidNotePathException(String source, String problem) {
        super("note path '" + source + "' " + problem);
    }
}
