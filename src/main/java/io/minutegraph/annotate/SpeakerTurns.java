package io.minutegraph.annotate;

import io.minutegraph.graph.SpeakerMention;
import io.minutegraph.notes.Block;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who speaks at each line of a meeting. A label speaks for its line, the rest of its paragraph or list item, and the
 * list items after it (its points); a paragraph without a label, or a new section, ends the turn. An owner line on
 * its own ({@code PO:}) therefore owns the list below it.
 */
public final class SpeakerTurns {

    private final Map<Integer, SpeakerMention> byLine;
    private final Map<Integer, String> said;

    private SpeakerTurns(Map<Integer, SpeakerMention> byLine, Map<Integer, String> said) {
        this.byLine = byLine;
        this.said = said;
    }

    /**
     * @param labelled the meeting's resolved speaker labels, by the line they start
     * @param said     what is said on each line a label starts, the label left out
     */
    static SpeakerTurns of(List<Block> blocks, Map<Integer, SpeakerMention> labelled, Map<Integer, String> said) {
        Map<Integer, SpeakerMention> byLine = new HashMap<>();
        SpeakerMention current = null;
        int section = Integer.MIN_VALUE;
        for (Block block : blocks) {
            if (block.section() != section) {
                section = block.section();
                current = null;
            }
            if (block.kind() == Block.Kind.PARAGRAPH) {
                current = null;
            }
            for (int n = block.line(); n <= block.endLine(); n++) {
                SpeakerMention labelledHere = labelled.get(n);
                current = labelledHere != null ? labelledHere : current;
                if (current != null) {
                    byLine.put(n, current);
                }
            }
        }
        return new SpeakerTurns(Map.copyOf(byLine), Map.copyOf(said));
    }

    /** What a line says without the speaker label it starts with; the line itself when it starts with none. */
    public String said(int line, String text) {
        return said.getOrDefault(line, text);
    }

    /** Who speaks at a line, if anyone is known to. */
    public Optional<SpeakerMention> at(int line) {
        return Optional.ofNullable(byLine.get(line));
    }
}
