package io.minutegraph.facts.topics;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;

/**
 * {@code (:Meeting)-[:COVERS]->(:Topic)}: a section heading of the note.
 *
 * @param id   folded name, the Topic's key
 * @param name the heading's text, cleaned of emoji and Markdown marks
 */
public record TopicMention(String id, String name, Provenance provenance) implements Fact {
}
