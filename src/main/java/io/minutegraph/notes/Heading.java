package io.minutegraph.notes;

/**
 * A Markdown heading.
 *
 * @param level 1 for {@code #}, up to 6
 * @param text  the heading text as written, without the {@code #} marks
 * @param line  1-based line in the note file
 */
public record Heading(int level, String text, int line) {
}
