package io.minutegraph.facts.proposals;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposals meetings discuss, and the stages they move them to: {@code (:Meeting)-[:DISCUSSED]->(:Proposal)},
 * {@code (:Meeting)-[:ADVANCED {stage, outcome}]->(:Proposal)}.
 */
public final class ProposalKind extends FactKind<ProposalMention> {

    public static final Layer<List<ProposalMention>> PROPOSALS = new Layer<>("proposals");

    public ProposalKind() {
        super("proposals", PROPOSALS, "store/write-proposals.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new NoneRead();
    }

    @Override
    public Map<String, Object> row(ProposalMention p) {
        return Fields.of("key", p.key(), "title", p.title(), "url", p.url(), "stage", p.stage(),
                "outcome", p.outcome(), "champions", p.champions());
    }

    @Override
    public Map<String, Object> json(ProposalMention p) {
        return Fields.of("key", p.key(), "title", p.title(), "url", p.url(), "stage", p.stage(),
                "outcome", p.outcome(), "champions", p.champions(), "line", p.provenance().line(),
                "evidence", p.provenance().evidence());
    }

    /** No extractor reads proposals from notes yet: a meeting discusses none until one does. */
    private static final class NoneRead implements Annotator {

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> adds() {
            return Set.of(PROPOSALS);
        }

        @Override
        public void annotate(NoteDocument note) {
            note.put(PROPOSALS, List.of());
        }
    }
}
