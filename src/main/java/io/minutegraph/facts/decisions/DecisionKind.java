package io.minutegraph.facts.decisions;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.Keys;
import java.util.List;
import java.util.Map;

/**
 * Decisions: {@code (:Meeting)-[:DECIDED]->(:Decision)}, linked {@code ABOUT} the meeting's proposals, releases,
 * features and topic it names and {@code PROPOSED_BY} the proposals' champions.
 */
public final class DecisionKind extends FactKind<Decision> {

    public DecisionKind() {
        super("decisions", DecisionExtractor.DECISIONS, "store/write-decisions.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new DecisionExtractor();
    }

    @Override
    public boolean heldMeetingsOnly() {
        return true;
    }

    @Override
    public Map<String, Object> row(Decision d) {
        return Fields.of("id", d.provenance().source() + "#" + d.provenance().line(), "text", d.text(),
                "kind", d.kind(), "outcome", d.outcome(), "voteLabels", List.copyOf(d.votes().keySet()),
                "voteCounts", List.copyOf(d.votes().values()), "about", d.about(),
                "aboutTopic", d.about() == null ? null : Keys.fold(d.about()));
    }

    @Override
    public List<FactKind<?>> writtenAfter() {
        return List.of(FactKinds.TOPICS, FactKinds.PROPOSALS, FactKinds.RELEASES, FactKinds.FEATURES);
    }

    @Override
    public String retractStatement() {
        return "store/retract-decisions.cypher";
    }

    @Override
    public Map<String, Object> json(Decision d) {
        return Fields.of("line", d.provenance().line(), "text", d.text(), "kind", d.kind(), "outcome", d.outcome(),
                "votes", d.votes(), "about", d.about(), "evidence", d.provenance().evidence());
    }
}
