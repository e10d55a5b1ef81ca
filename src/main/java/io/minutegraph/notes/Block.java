package io.minutegraph.notes;

/**
 * A piece of body text: a list item's own text (without its nested items) or a paragraph.
 *
 * @param kind    what it is
 * @param text    the text as written, its lines joined with single spaces
 * @param line    1-based line in the note file where it starts
 * @param endLine 1-based line where its own text ends (a list item's nested items not included)
 * @param depth   list nesting depth: 0 for a paragraph outside lists, 1 for a top-level item, and so on
 * @param section index into {@link Outline#headings()} of the heading it stands under, or -1 before any heading
 */
public record Block(Kind kind, String text, int line, int endLine, int depth, int section) {

    public enum Kind { LIST_ITEM, PARAGRAPH }
}
