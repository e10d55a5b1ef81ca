package io.minutegraph.facts.peoplenamed;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.PersonRef;
import java.util.List;
import java.util.Map;

/** People a meeting's text names: {@code (:Meeting)-[:NAMES {as}]->(:Person)}. */
public final class PeopleNamedKind extends FactKind<PersonMention> {

    public PeopleNamedKind() {
        super("peopleNamed", PeopleMentionExtractor.MENTIONS, "store/write-person-mentions.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new PeopleMentionExtractor();
    }

    @Override
    public Map<String, Object> row(PersonMention p) {
        return Fields.of("person", p.person().id(), "as", p.written());
    }

    @Override
    public List<PersonRef> people(PersonMention p) {
        return List.of(p.person());
    }

    @Override
    public Map<String, Object> json(PersonMention p) {
        return Fields.of("person", p.person().id(), "as", p.written(), "line", p.provenance().line());
    }
}
