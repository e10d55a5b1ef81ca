package io.minutegraph.graph;

/** The meeting is one of {@code team}'s: {@code (:Meeting)-[:OF_TEAM]->(:Team)}. */
public record TeamMembership(String team, Provenance provenance) {
}
