package io.minutegraph.facts.topics;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import java.util.Map;

/** Topics of a meeting's sections: {@code (:Meeting)-[:COVERS]->(:Topic)}. */
public final class TopicKind extends FactKind<TopicMention> {

    public TopicKind() {
        super("topics", TopicExtractor.TOPICS, "store/write-topics.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new TopicExtractor();
    }

    @Override
    public Map<String, Object> row(TopicMention t) {
        return Fields.of("id", t.id(), "name", t.name());
    }

    @Override
    public Map<String, Object> json(TopicMention t) {
        return Fields.of("name", t.name(), "line", t.provenance().line(), "evidence", t.provenance().evidence());
    }
}
