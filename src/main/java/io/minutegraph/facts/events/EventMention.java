package io.minutegraph.facts.events;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;

/**
 * A note mentions an edition of an event: {@code (:Meeting)-[:MENTIONS]->(:Event {name, edition})}.
 *
 * @param name     the series ({@code FOSDEM}, {@code GSoC}) or, for a hackathon, {@code "<Place or topic> hackathon"}
 * @param edition  the year, or null when nothing says it
 * @param date     {@code yyyy-mm-dd} or {@code yyyy-mm} when the line gives one, else null
 * @param location where, when the line says ("hackathon at Aveiro"), else null
 */
public record EventMention(String name, String edition, String date, String location, Provenance provenance)
        implements Fact {
}
