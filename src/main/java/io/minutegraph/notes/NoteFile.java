package io.minutegraph.notes;

import java.nio.file.Path;

/**
 * A note found in a notes folder.
 *
 * @param path   where the file is on disk
 * @param source its path relative to the notes folder, with '/' separators: the provenance every fact carries
 */
public record NoteFile(Path path, String source) {
}
