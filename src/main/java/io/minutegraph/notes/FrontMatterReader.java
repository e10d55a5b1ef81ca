package io.minutegraph.notes;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a note's YAML front matter into a {@link FrontMatter}.
 *
 * <p>Only the YAML node tree is built ({@code compose}), never objects: no type tag can instantiate a class, an
 * alias is read as the one node it points to (no expansion), and scalars keep their text as written, so
 * {@code datetime: 2023-05-010T08:30} reaches the date extractor as text rather than failing in the YAML layer.
 * snakeyaml's own limits bound aliases, nesting and size.
 */
public final class FrontMatterReader {

    static final int MAX_ALIASES = 20;
    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);
    static final int MAX_NESTING = 20;
    static final int MAX_CODE_POINTS = 1_000_000;

    private FrontMatterReader() {
    }

    /**
     * @param yaml      the text between the {@code ---} lines
     * @param firstLine file line of the opening {@code ---}
     * @param lastLine  file line of the closing {@code ---}
     */
    public static FrontMatter read(String source, String yaml, int firstLine, int lastLine) throws NoteRejectedException {
        Node root;
        try {
            root = newYaml().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String where = mark == null ? "" : " at line " + (firstLine + 1 + mark.getLine());
            throw new NoteRejectedException(source, "invalid YAML front matter" + where + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw new NoteRejectedException(source, "invalid YAML front matter: " + e.getMessage());
        }
        if (!(root instanceof MappingNode map)) {
            throw new NoteRejectedException(source, root == null
                    ? "front matter is empty"
                    : "front matter is not a map of fields (found a " + root.getNodeId() + ")");
        }
        rejectTypeTags(source, map, firstLine + 1);
        FrontMatterEntry title = null;
        FrontMatterEntry datetime = null;
        FrontMatterEntry location = null;
        List<FrontMatterEntry> teams = List.of();
        List<FrontMatterEntry> participants = List.of();
        List<FrontMatterEntry> tags = List.of();
        for (NodeTuple field : map.getValue()) {
            if (!(field.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            Node value = field.getValueNode();
            int offset = firstLine + 1;
            switch (key.getValue().trim().toLowerCase(Locale.ROOT)) {
                case "title" -> title = scalar(value, offset);
                case "datetime" -> datetime = scalar(value, offset);
                case "date" -> datetime = datetime == null ? scalar(value, offset) : datetime;
                case "location" -> location = scalar(value, offset);
                case "teams", "team" -> teams = list(value, offset);
                case "participants" -> participants = list(value, offset);
                case "tags" -> tags = list(value, offset);
                default -> {
                    // Other fields are kept in the file, not in the graph.
                }
            }
        }
        return new FrontMatter(title, datetime, location, teams, participants, tags, firstLine, lastLine);
    }

    /**
     * A tag such as {@code !!javax.script.ScriptEngineManager} is harmless here (nothing is constructed) but never
     * meant by a note's author; say so rather than read around it. Aliased nodes are visited once.
     */
    private static void rejectTypeTags(String source, Node root, int lineOffset) throws NoteRejectedException {
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!STANDARD_TAGS.contains(node.getTag())) {
                throw new NoteRejectedException(source, "YAML type tag " + node.getTag().getValue() + " on line "
                        + (lineOffset + node.getStartMark().getLine()) + " is not allowed in front matter");
            }
            if (node instanceof SequenceNode seq) {
                todo.addAll(seq.getValue());
            } else if (node instanceof MappingNode m) {
                m.getValue().forEach(t -> {
                    todo.add(t.getKeyNode());
                    todo.add(t.getValueNode());
                });
            }
        }
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        return new Yaml(new SafeConstructor(options));
    }

    private static FrontMatterEntry scalar(Node node, int lineOffset) {
        if (node instanceof ScalarNode s && !isNull(s)) {
            return new FrontMatterEntry(s.getValue().trim(), lineOffset + s.getStartMark().getLine());
        }
        return null;
    }

    /** A sequence of scalars, or (leniently) one scalar holding a comma-separated list. */
    private static List<FrontMatterEntry> list(Node node, int lineOffset) {
        List<FrontMatterEntry> entries = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                FrontMatterEntry entry = scalar(item, lineOffset);
                if (entry != null && !entry.text().isEmpty()) {
                    entries.add(entry);
                }
            }
        } else if (node instanceof ScalarNode s && !isNull(s)) {
            int line = lineOffset + s.getStartMark().getLine();
            for (String part : s.getValue().split(",")) {
                if (!part.isBlank()) {
                    entries.add(new FrontMatterEntry(part.trim(), line));
                }
            }
        }
        return entries;
    }

    private static boolean isNull(ScalarNode s) {
        String v = s.getValue().trim();
        return s.getScalarStyle().getChar() == null
                && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null"));
    }
}
