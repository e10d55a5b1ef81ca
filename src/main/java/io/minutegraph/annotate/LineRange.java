package io.minutegraph.annotate;

/** Lines {@code first} to {@code last} of a note, both included. */
public record LineRange(int first, int last) {

    public boolean contains(int line) {
        return line >= first && line <= last;
    }
}
