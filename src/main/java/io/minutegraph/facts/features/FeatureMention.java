package io.minutegraph.facts.features;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;
import java.util.List;

/**
 * A note mentions a feature or subsystem: {@code (:Meeting)-[:MENTIONS]->(:Feature {name, kind})}.
 *
 * @param name    the gazetteer's name ({@code plat re-arch} however written)
 * @param kind    library, platform, architecture, tool, application, subsystem, language
 * @param written as the note writes it
 * @param aliases every way the community's gazetteer writes it: "who owns" matches a track by them
 */
public record FeatureMention(String name, String kind, String written, List<String> aliases, Provenance provenance)
        implements Fact {

    public FeatureMention {
        aliases = List.copyOf(aliases);
    }
}
