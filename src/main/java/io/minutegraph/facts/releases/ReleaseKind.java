package io.minutegraph.facts.releases;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import java.util.Map;

/** Releases a meeting mentions: {@code (:Meeting)-[:MENTIONS]->(:Release)}, a product's releases in version order. */
public final class ReleaseKind extends FactKind<ReleaseMention> {

    /** Orders each product's releases ({@code FOLLOWS}) once a batch has changed which releases there are. */
    public static final String ORDER_RELEASES = "store/order-releases.cypher";

    public ReleaseKind() {
        super("releases", ReleaseExtractor.RELEASES, "store/write-releases.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new ReleaseExtractor(context.knownReleases());
    }

    @Override
    public Map<String, Object> row(ReleaseMention r) {
        return Fields.of("product", r.product(), "version", r.version());
    }

    @Override
    public String afterBatchStatement() {
        return ORDER_RELEASES;
    }

    @Override
    public Map<String, Object> json(ReleaseMention r) {
        return Fields.of("version", r.version(), "product", r.product(), "line", r.provenance().line(),
                "evidence", r.provenance().evidence());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Release", "key");
    }
}
