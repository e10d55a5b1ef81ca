package io.minutegraph.facts.events;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import java.util.Locale;
import java.util.Map;

/** Events a meeting mentions: {@code (:Meeting)-[:MENTIONS]->(:Event)}, one Event per edition. */
public final class EventKind extends FactKind<EventMention> {

    public EventKind() {
        super("events", EventExtractor.EVENTS, "store/write-events.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new EventExtractor(context.nlp());
    }

    @Override
    public Map<String, Object> row(EventMention e) {
        // One Event per edition, however the name is cased.
        String key = e.name().toLowerCase(Locale.ROOT) + "|" + (e.edition() == null ? "" : e.edition());
        return Fields.of("key", key, "name", e.name(), "edition", e.edition(), "date", e.date(),
                "location", e.location());
    }

    @Override
    public Map<String, Object> json(EventMention e) {
        return Fields.of("name", e.name(), "edition", e.edition(), "date", e.date(), "location", e.location(),
                "line", e.provenance().line(), "evidence", e.provenance().evidence());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Event", "key");
    }
}
