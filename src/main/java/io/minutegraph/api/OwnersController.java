package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.minutegraph.owners.OwnersAnswer;
import io.minutegraph.owners.OwnersService;

/**
 * {@code GET /api/owners?track=X[&asOf=yyyy-mm-dd][&limit=N]}: who owns a track, ranked and cited (docs/owners.md);
 * the first 20 owners unless {@code limit} asks for more or fewer. A track the graph does not know is answered 404
 * with the closest names ({@link UnknownTrackHandler}).
 */
@Controller("/api")
public class OwnersController {

    private final OwnersService owners;

    public OwnersController(OwnersService owners) {
        this.owners = owners;
    }

    @Get("/owners")
    public OwnersAnswer owners(@QueryValue String track, @Nullable @QueryValue String asOf,
                               @Nullable @QueryValue String limit) {
        return owners.owners(track, RequestParameters.date("asOf", asOf),
                RequestParameters.count("limit", limit, OwnersService.DEFAULT_LIMIT));
    }
}
