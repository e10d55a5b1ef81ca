package io.minutegraph.facts.peoplenamed;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;

/**
 * A person named in the text of a note ("thanks to Marc, Michalis and Simon", "@razvand"), resolved for that note:
 * {@code (:Meeting)-[:NAMES {as, line, evidence}]->(:Person)}.
 *
 * @param person  who
 * @param written the name as written
 */
public record PersonMention(PersonRef person, String written, Provenance provenance) implements Fact {
}
