package io.minutegraph.facts.releaseplans;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;
import java.util.List;

/**
 * An item a note plans for a release: {@code (:Meeting)-[:PLANS {item}]->(:Release)}, and for each feature the item
 * names, {@code (:Feature)-[:PLANNED_FOR]->(:Release)}.
 *
 * @param product  {@code unikraft} or {@code kraftkit}
 * @param version  the release
 * @param item     the item as written ({@code vfscore re-arch}, {@code CCA, SEV (Michalis?)})
 * @param features gazetteer names of the features the item names, possibly none
 */
public record ReleasePlan(String product, String version, String item, List<String> features,
                          Provenance provenance) implements Fact {

    public ReleasePlan {
        features = List.copyOf(features);
    }
}
