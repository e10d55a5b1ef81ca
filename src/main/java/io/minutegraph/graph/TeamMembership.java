package io.minutegraph.graph;

import java.io.Serializable;

/** The meeting is one of {@code team}'s: {@code (:Meeting)-[:OF_TEAM]->(:Team)}. */
public record TeamMembership(String team, Provenance provenance) implements Serializable {
}
