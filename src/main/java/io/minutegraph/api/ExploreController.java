package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.minutegraph.query.ExploreService;
import java.util.Map;

/**
 * The graph by track, person, topic and decision ({@link ExploreService}): {@code GET /api/tracks[?asOf=yyyy-mm-dd]}
 * (each track's current owners as "who owns" ranks them), {@code GET /api/people/{id}},
 * {@code GET /api/timeline?topic=X}, {@code GET /api/decisions?about=X[&since=yyyy-mm-dd]}.
 */
@Controller("/api")
public class ExploreController {

    private final ExploreService explore;

    public ExploreController(ExploreService explore) {
        this.explore = explore;
    }

    @Get("/tracks")
    public ExploreService.Tracks tracks(@Nullable @QueryValue String asOf) {
        return explore.tracks(RequestParameters.date("asOf", asOf));
    }

    @Get("/people/{id}")
    public Map<String, Object> person(@PathVariable String id) {
        return explore.person(id);
    }

    @Get("/timeline")
    public ExploreService.Timeline timeline(@QueryValue String topic) {
        return explore.timeline(topic);
    }

    @Get("/decisions")
    public ExploreService.Decisions decisions(@QueryValue String about, @Nullable @QueryValue String since) {
        return explore.decisions(RequestParameters.text(about, "about must name what the decisions are about"),
                RequestParameters.date("since", since));
    }
}
