package io.minutegraph.facts;

import io.minutegraph.graph.Provenance;

/** A value a note states, of some {@link FactKind}, with the line it was read from. */
public interface Fact {

    Provenance provenance();
}
