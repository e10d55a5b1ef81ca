package io.minutegraph.facts.ownership;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;

/**
 * A person owns (leads, maintains, works on) a track: {@code (:Person)-[:OWNS {since, confidence}]->(:Track)}.
 *
 * @param person     who
 * @param track      what, as written ({@code plat re-arch}, {@code SMP}, {@code GRUB support})
 * @param status     a status written with it ({@code READY TO START}, {@code DONE}), or null
 * @param confidence 1.0 for a plain statement, lower for a tentative one ({@code (Michalis?)}) or a speaker's
 *                   "I am working on ..."
 */
public record Ownership(PersonRef person, String track, String status, double confidence, Provenance provenance)
        implements Fact {
}
