package io.minutegraph.notes;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a Markdown body into an {@link Outline} with flexmark: headings, list items and paragraphs, each with its
 * line in the note file. Block quotes and other containers are walked into, so their text is not lost.
 */
public final class OutlineReader {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
    /** Deeper block nesting (quotes in quotes, lists in lists) is refused: no note needs it, and it bounds the walk. */
    public static final int MAX_NESTING = 100;

    private OutlineReader() {
    }

    /**
     * @param body      the Markdown after the front matter
     * @param firstLine the file line on which {@code body} starts (1-based)
     * @throws IllegalArgumentException when blocks are nested more than {@link #MAX_NESTING} levels deep
     */
    public static Outline read(String body, int firstLine) {
        Node document = PARSER.parse(body);
        Walk walk = new Walk(firstLine, lineStarts(body));
        walk.children(document, 0);
        return new Outline(walk.headings, walk.blocks);
    }

    /** Where each line of the body starts, by character offset. */
    private static int[] lineStarts(String body) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static final class Walk {
        private final int firstLine;
        /** Line starts: flexmark finds a node's line by counting from the body's start each time, once per node. */
        private final int[] lineStarts;
        private final List<Heading> headings = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private int nesting;

        Walk(int firstLine, int[] lineStarts) {
            this.firstLine = firstLine;
            this.lineStarts = lineStarts;
        }

        /** The 0-based line of the body holding a character offset. */
        int lineAt(int offset) {
            int found = Arrays.binarySearch(lineStarts, offset);
            return found >= 0 ? found : -found - 2;
        }

        void children(Node parent, int depth) {
            if (++nesting > MAX_NESTING) {
                throw new IllegalArgumentException("Markdown blocks nested more than " + MAX_NESTING
                        + " levels deep (line " + line(parent) + ")");
            }
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                visit(node, depth);
            }
            nesting--;
        }

        void visit(Node node, int depth) {
            if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                headings.add(new Heading(h.getLevel(), oneLine(h.getText().toString()), line(h)));
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                children(node, depth + 1);
            } else if (node instanceof ListItem item) {
                listItem(item, depth);
            } else if (node instanceof Paragraph p) {
                add(Block.Kind.PARAGRAPH, p, depth);
            } else {
                children(node, depth);
            }
        }

        /** The item's own paragraph becomes its text; later paragraphs and nested lists are walked as children. */
        void listItem(ListItem item, int depth) {
            Node first = item.getFirstChild();
            if (first instanceof Paragraph p) {
                add(Block.Kind.LIST_ITEM, p, depth);
                first = first.getNext();
            } else {
                // An empty item ("- ") or one starting with another block: keep its line so nothing shifts.
                blocks.add(new Block(Block.Kind.LIST_ITEM, "", line(item), line(item), depth, headings.size() - 1));
            }
            nesting++;
            for (Node node = first; node != null; node = node.getNext()) {
                visit(node, depth);
            }
            nesting--;
        }

        void add(Block.Kind kind, Paragraph p, int depth) {
            int end = p.getEndOffset();
            blocks.add(new Block(kind, oneLine(p.getChars().toString()), line(p), firstLine + lineAt(end > 0 ? end - 1 : end),
                    depth, headings.size() - 1));
        }

        int line(Node node) {
            return firstLine + lineAt(node.getStartOffset());
        }
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
