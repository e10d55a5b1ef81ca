package io.minutegraph.notes;

import java.util.List;
import java.util.Optional;

/** The structure of a note's Markdown body: its headings and its text blocks in file order. */
public record Outline(List<Heading> headings, List<Block> blocks) {

    public Outline {
        headings = List.copyOf(headings);
        blocks = List.copyOf(blocks);
    }

    /** The heading a block stands under, if any. */
    public Optional<Heading> sectionOf(Block block) {
        return block.section() < 0 ? Optional.empty() : Optional.of(headings.get(block.section()));
    }
}
