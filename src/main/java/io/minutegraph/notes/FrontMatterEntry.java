package io.minutegraph.notes;

/**
 * One value written in the front matter, as written, with the file line it stands on.
 *
 * @param text the value exactly as written (a scalar's text, without YAML quoting)
 * @param line 1-based line in the note file
 */
public record FrontMatterEntry(String text, int line) {
}
