package io.minutegraph.facts.releases;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;

/**
 * A note mentions a release: {@code (:Meeting)-[:MENTIONS]->(:Release {product, version})}.
 *
 * @param product {@code unikraft} or {@code kraftkit}
 * @param version normalised ({@code 0.13}, {@code 0.16.3})
 */
public record ReleaseMention(String product, String version, Provenance provenance) implements Fact {
}
