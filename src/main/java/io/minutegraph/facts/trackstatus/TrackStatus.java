package io.minutegraph.facts.trackstatus;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;

/**
 * The status a track had at a meeting: {@code (:Meeting)-[:REPORTS {status}]->(:Track)}.
 *
 * @param track  as written ({@code plat re-arch}, {@code coding convention})
 * @param status as written, upper-cased ({@code DONE}, {@code PRIORITY}, {@code THIS WEEK}, {@code ONGOING})
 */
public record TrackStatus(String track, String status, Provenance provenance) implements Fact {
}
