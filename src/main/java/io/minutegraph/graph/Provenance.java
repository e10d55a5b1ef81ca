package io.minutegraph.graph;

/**
 * Where a fact came from.
 *
 * @param source   the note's path relative to the notes folder
 * @param line     1-based line in that file
 * @param evidence the text of that line (or the part of it) the fact was read from
 */
public record Provenance(String source, int line, String evidence) {
}
