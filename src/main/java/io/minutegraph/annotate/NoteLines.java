package io.minutegraph.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's lines in the range read, as Markdown: code blocks and HTML comments marked so that nothing in them counts,
 * headings (ATX and setext), list items and thematic breaks recognised. Attendee lists are found and read on this view
 * only, so a name in a code sample or a commented-out template is never taken for someone present.
 */
final class NoteLines {

    private static final Pattern ATX_HEADING =
            Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(?:=+|-{2,})[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    /** A bullet or numbered item: its indentation and its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)(?:[-*+•]|\\d{1,3}[.)])(?:[ \\t]+(.*))?$");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\u200c\\u2060\\ufeff]");

    private enum LineKind { TEXT, CODE, COMMENT }

    /** A bullet or numbered item, or a bare line: which of them, how far it is indented, and its text. */
    record Item(boolean bullet, boolean numbered, int indent, String text) {

        private static Item of(String line) {
            Matcher m = LIST_ITEM.matcher(line);
            if (m.matches()) {
                return new Item(true, Character.isDigit(line.strip().charAt(0)), indent(m.group(1)),
                        m.group(2) == null ? "" : m.group(2).strip());
            }
            return new Item(false, false, indent(line), line.strip());
        }

        private static int indent(String s) {
            int width = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    width++;
                } else if (c == '\t') {
                    width += 4;
                } else {
                    break;
                }
            }
            return width;
        }
    }

    /** A heading: its level (1-6), its text, and the line after it. */
    record Heading(int level, String text, int contentLine) {
    }

    private final int last;
    private final LineKind[] kinds;
    /** Each line as a reader sees it: comments taken out, nothing of a code block, no-break spaces as spaces. */
    private final String[] visible;

    /** Lines first..last (1-based, inclusive, within the note) of a note's lines. */
    NoteLines(List<String> lines, int first, int last) {
        this.last = last;
        this.kinds = new LineKind[last + 2];
        this.visible = new String[last + 2];
        String fence = null;
        boolean comment = false;
        for (int n = first; n <= last; n++) {
            String line = lines.get(n - 1);
            LineKind kind = LineKind.TEXT;
            if (fence != null) {
                kind = LineKind.CODE;
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else if (comment) {
                kind = LineKind.COMMENT;
                comment = !line.contains("-->");
            } else if (line.contains("```") || line.contains("~~~") || line.contains("<!--")) {
                Matcher f = FENCE.matcher(line);
                if (f.find()) {
                    fence = f.group(1);
                    kind = LineKind.CODE;
                } else {
                    String open = Markup.INLINE_COMMENT.matcher(line).replaceAll("");
                    int at = open.indexOf("<!--");
                    if (at >= 0) {
                        comment = true;
                        kind = open.substring(0, at).isBlank() ? LineKind.COMMENT : LineKind.TEXT;
                    }
                }
            }
            kinds[n] = kind;
            visible[n] = kind == LineKind.TEXT ? seen(line) : "";
        }
    }

    private static String seen(String line) {
        if (line.contains("<!--")) {
            line = Markup.INLINE_COMMENT.matcher(line).replaceAll("");
            int open = line.indexOf("<!--");
            line = open >= 0 ? line.substring(0, open) : line;
        }
        return INVISIBLE.matcher(line.replace('\u00a0', ' ')).replaceAll(""); // a line of one NBSP is blank
    }

    /** The last line read. */
    int last() {
        return last;
    }

    /** Whether line n is text a reader sees: not in a code block or a comment, and within the range read. */
    boolean isText(int n) {
        return kind(n) == LineKind.TEXT;
    }

    /** Whether line n is in a code block, or outside the range read. */
    boolean isCode(int n) {
        return kind(n) == LineKind.CODE;
    }

    private LineKind kind(int n) {
        return n > last || kinds[n] == null ? LineKind.CODE : kinds[n];
    }

    /** Line n as a reader sees it; blank in a code block or a comment, and outside the range read. */
    String visible(int n) {
        return n > last || visible[n] == null ? "" : visible[n];
    }

    /** Line n as a list item or a bare line. */
    Item item(int n) {
        return Item.of(visible(n));
    }

    boolean isThematicBreak(int n) {
        return THEMATIC_BREAK.matcher(visible(n)).matches();
    }

    /** The heading at line n (ATX, or setext underlined by the next line), or null. */
    Heading heading(int n) {
        String line = visible(n);
        Matcher h = ATX_HEADING.matcher(line);
        if (h.matches()) {
            return new Heading(h.group(1).length(), h.group(2) == null ? "" : h.group(2), n + 1);
        }
        if (n < last && !line.isBlank() && !LIST_ITEM.matcher(line).matches() && !line.strip().startsWith("|")
                && isText(n + 1) && SETEXT_UNDERLINE.matcher(visible(n + 1)).matches()) {
            return new Heading(visible(n + 1).strip().startsWith("=") ? 1 : 2, line.strip(), n + 2);
        }
        return null;
    }
}
