package io.minutegraph.facts.actionitems;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.PersonRef;
import java.util.List;
import java.util.Map;

/** Action items: {@code (:Meeting)-[:RECORDED]->(:ActionItem)-[:ASSIGNED_TO]->(:Person)}. */
public final class ActionItemKind extends FactKind<ActionItem> {

    public ActionItemKind() {
        super("actionItems", ActionItemExtractor.ACTION_ITEMS, "store/write-action-items.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new ActionItemExtractor();
    }

    @Override
    public Map<String, Object> row(ActionItem a) {
        return Fields.of("id", a.provenance().source() + "#" + a.provenance().line(), "text", a.text(),
                "kind", a.kind(), "rawOwner", a.rawOwner(), "group", a.group(),
                "owners", a.owners().stream().map(PersonRef::id).toList(), "done", a.done());
    }

    @Override
    public List<PersonRef> people(ActionItem a) {
        return a.owners();
    }

    @Override
    public String retractStatement() {
        return "store/retract-action-items.cypher";
    }

    @Override
    public Map<String, Object> json(ActionItem a) {
        Map<String, Object> item = Fields.of("line", a.provenance().line(), "text", a.text(), "kind", a.kind(),
                "rawOwner", a.rawOwner(), "owners", a.owners().stream().map(PersonRef::id).toList(),
                "group", a.group(), "done", a.done());
        if (!a.unresolved().isEmpty()) {
            item.put("unresolved", a.unresolved());
        }
        return item;
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("ActionItem", "id");
    }
}
