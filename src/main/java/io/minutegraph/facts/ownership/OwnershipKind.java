package io.minutegraph.facts.ownership;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.Keys;
import io.minutegraph.graph.PersonRef;
import java.util.List;
import java.util.Map;

/** Who owns which track: {@code (:Person)-[:OWNS {since, status, confidence}]->(:Track)}. */
public final class OwnershipKind extends FactKind<Ownership> {

    public OwnershipKind() {
        super("ownership", OwnershipExtractor.OWNERSHIP, "store/write-ownership.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new OwnershipExtractor();
    }

    @Override
    public Map<String, Object> row(Ownership o) {
        return Fields.of("person", o.person().id(), "track", o.track(), "trackId", Keys.fold(o.track()),
                "status", o.status(), "confidence", o.confidence());
    }

    @Override
    public List<PersonRef> people(Ownership o) {
        return List.of(o.person());
    }

    @Override
    public String retractStatement() {
        return "store/retract-ownership.cypher";
    }

    @Override
    public Map<String, Object> json(Ownership o) {
        return Fields.of("person", o.person().id(), "what", o.track(), "status", o.status(),
                "confidence", o.confidence(), "line", o.provenance().line(), "evidence", o.provenance().evidence());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Track", "id");
    }
}
