package io.minutegraph.facts.releaseplans;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import io.minutegraph.facts.releases.ReleaseKind;
import java.util.Map;

/**
 * What meetings plan for releases: {@code (:Meeting)-[:PLANS {item}]->(:Release)}, and
 * {@code (:Feature)-[:PLANNED_FOR {since}]->(:Release)} for each feature an item names.
 */
public final class ReleasePlanKind extends FactKind<ReleasePlan> {

    public ReleasePlanKind() {
        super("releasePlans", ReleasePlanExtractor.PLANS, "store/write-release-plans.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new ReleasePlanExtractor(context.features());
    }

    @Override
    public Map<String, Object> row(ReleasePlan p) {
        return Fields.of("product", p.product(), "version", p.version(), "item", p.item(), "features", p.features());
    }

    @Override
    public String retractStatement() {
        return "store/retract-release-plans.cypher";
    }

    @Override
    public String afterBatchStatement() {
        return ReleaseKind.ORDER_RELEASES;
    }

    @Override
    public Map<String, Object> json(ReleasePlan p) {
        return Fields.of("version", p.version(), "product", p.product(), "item", p.item(), "features", p.features(),
                "line", p.provenance().line());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Release", "key", "Feature", "name");
    }
}
