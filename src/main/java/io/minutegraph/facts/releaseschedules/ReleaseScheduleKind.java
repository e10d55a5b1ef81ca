package io.minutegraph.facts.releaseschedules;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import io.minutegraph.facts.releases.ReleaseKind;
import java.util.Map;

/** Dates meetings give for releases: {@code (:Meeting)-[:SCHEDULES {date}]->(:Release)}. */
public final class ReleaseScheduleKind extends FactKind<ReleaseSchedule> {

    public ReleaseScheduleKind() {
        super("releaseDates", ReleaseScheduleExtractor.SCHEDULES, "store/write-release-schedules.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new ReleaseScheduleExtractor(context.nlp());
    }

    @Override
    public Map<String, Object> row(ReleaseSchedule s) {
        return Fields.of("product", s.product(), "version", s.version(), "date", s.date());
    }

    @Override
    public String afterBatchStatement() {
        return ReleaseKind.ORDER_RELEASES;
    }

    @Override
    public Map<String, Object> json(ReleaseSchedule s) {
        return Fields.of("version", s.version(), "product", s.product(), "date", s.date(),
                "line", s.provenance().line(), "evidence", s.provenance().evidence());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Release", "key");
    }
}
