package io.minutegraph.graph;

import java.io.Serializable;

/**
 * A note mentions a feature or subsystem: {@code (:Meeting)-[:MENTIONS]->(:Feature {name, kind})}.
 *
 * @param name    the gazetteer's name ({@code plat re-arch} however written)
 * @param kind    library, platform, architecture, tool, application, subsystem, language
 * @param written as the note writes it
 */
public record FeatureMention(String name, String kind, String written, Provenance provenance) implements Serializable {
}
