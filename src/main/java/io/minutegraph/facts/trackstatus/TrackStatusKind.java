package io.minutegraph.facts.trackstatus;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.facts.ExtractorContext;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.Fields;
import io.minutegraph.graph.Keys;
import java.util.Map;

/** Statuses meetings report for tracks: {@code (:Meeting)-[:REPORTS {status, date}]->(:Track)}. */
public final class TrackStatusKind extends FactKind<TrackStatus> {

    public TrackStatusKind() {
        super("trackStatus", TrackStatusExtractor.STATUSES, "store/write-track-status.cypher");
    }

    @Override
    public Annotator extractor(ExtractorContext context) {
        return new TrackStatusExtractor();
    }

    @Override
    public Map<String, Object> row(TrackStatus s) {
        return Fields.of("track", s.track(), "trackId", Keys.fold(s.track()), "status", s.status());
    }

    @Override
    public Map<String, Object> json(TrackStatus s) {
        return Fields.of("track", s.track(), "status", s.status(), "line", s.provenance().line());
    }

    @Override
    public Map<String, String> graphQLKeys() {
        return Map.of("Track", "id");
    }
}
