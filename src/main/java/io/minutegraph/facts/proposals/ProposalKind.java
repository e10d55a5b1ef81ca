package io.minutegraph.facts.proposals;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import java.util.Map;

/**
 * Proposals meetings discuss, and the stages they move them to: {@code (:Meeting)-[:DISCUSSED]->(:Proposal)},
 * {@code (:Meeting)-[:ADVANCED {stage, outcome}]->(:Proposal)}.
 */
public final class ProposalKind extends FactKind<ProposalMention> {

    public ProposalKind() {
        super("proposals", ProposalExtractor.PROPOSALS, "store/write-proposals.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new ProposalExtractor(context.knownProposals());
    }

    @Override
    public boolean heldMeetingsOnly() {
        return true;
    }

    @Override
    public Map<String, Object> row(ProposalMention p) {
        return Fields.of("key", p.key(), "title", p.title(), "url", p.url(), "stage", p.stage(),
                "outcome", p.outcome(), "champions", p.champions());
    }

    @Override
    public Map<String, Object> json(ProposalMention p) {
        Map<String, Object> json = row(p);
        json.put("line", p.provenance().line());
        json.put("evidence", p.provenance().evidence());
        return json;
    }
}
