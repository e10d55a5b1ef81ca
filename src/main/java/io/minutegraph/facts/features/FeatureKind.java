package io.minutegraph.facts.features;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import java.util.Map;

/** Features and subsystems a meeting mentions: {@code (:Meeting)-[:MENTIONS {as}]->(:Feature)}. */
public final class FeatureKind extends FactKind<FeatureMention> {

    public FeatureKind() {
        super("features", FeatureExtractor.FEATURES, "store/write-features.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return context.features();
    }

    @Override
    public Map<String, Object> row(FeatureMention f) {
        return Fields.of("name", f.name(), "kind", f.kind(), "written", f.written(), "aliases", f.aliases());
    }

    @Override
    public Map<String, Object> json(FeatureMention f) {
        return Fields.of("name", f.name(), "kind", f.kind(), "written", f.written(), "line", f.provenance().line());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Feature", "name");
    }
}
