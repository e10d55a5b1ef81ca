package io.minutegraph.annotate;

import io.minutegraph.notes.Block;
import io.minutegraph.notes.FrontMatter;
import io.minutegraph.notes.Heading;
import io.minutegraph.notes.Note;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One meeting of a note file, as annotators fill it: the file's lines, front matter and outline, the lines of this
 * meeting (the whole body, or the part of a file of several meetings under this meeting's dated heading), and the
 * layers annotators have added so far.
 */
public final class NoteDocument {

    private final Note note;
    private final int index;
    private final int count;
    private final int firstLine;
    private final int lastLine;
    private final Heading heading;
    private final List<Block> blocks;
    private final List<Heading> headings;
    private final Map<Layer<?>, Object> layers = new HashMap<>();

    /**
     * @param index     which meeting of the file this is, from 0
     * @param count     how many meetings the file holds
     * @param firstLine first line of this meeting (1-based)
     * @param lastLine  last line of this meeting
     * @param heading   the dated heading this meeting stands under in a file of several, or null
     */
    public NoteDocument(Note note, int index, int count, int firstLine, int lastLine, Heading heading) {
        this.note = note;
        this.index = index;
        this.count = count;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.heading = heading;
        this.blocks = note.outline().blocks().stream().filter(b -> b.line() >= firstLine && b.line() <= lastLine)
                .toList();
        this.headings = note.outline().headings().stream().filter(h -> h.line() >= firstLine && h.line() <= lastLine)
                .toList();
    }

    /** The whole body of a note as one meeting. */
    public static NoteDocument whole(Note note) {
        return new NoteDocument(note, 0, 1, note.frontMatter().lastLine() + 1, Math.max(1, note.lines().size()), null);
    }

    /** The note file: every line, the front matter, the whole outline. */
    public Note note() {
        return note;
    }

    public String source() {
        return note.source();
    }

    public FrontMatter frontMatter() {
        return note.frontMatter();
    }

    /** The text of 1-based line {@code n} of the file, or "" when out of range. */
    public String line(int n) {
        return note.line(n);
    }

    /** Which meeting of its file this is, from 0. */
    public int index() {
        return index;
    }

    /** How many meetings its file holds. */
    public int meetingsInFile() {
        return count;
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }

    /** The dated heading this meeting stands under, in a file of several meetings. */
    public Optional<Heading> heading() {
        return Optional.ofNullable(heading);
    }

    /** This meeting's blocks, in file order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** This meeting's headings, in file order. */
    public List<Heading> headings() {
        return headings;
    }

    /** The heading a block stands under, if any (it may lie before this meeting's lines). */
    public Optional<Heading> sectionOf(Block block) {
        return note.outline().sectionOf(block);
    }

    /**
     * A layer's value.
     *
     * @throws IllegalStateException when no annotator has added it: a pipeline built in the wrong order
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        if (!layers.containsKey(layer)) {
            throw new IllegalStateException("layer '" + layer + "' has not been added to " + source());
        }
        return (T) layers.get(layer);
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public <T> void put(Layer<T> layer, T value) {
        layers.put(layer, value);
    }
}
