package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.minutegraph.owners.OwnersService;
import io.minutegraph.owners.UnknownTrackException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** {@code GET /api/owners?track=X[&asOf=yyyy-mm-dd]}: who owns a track, ranked and cited (docs/owners.md). */
@Controller("/api")
public class OwnersController {

    private final OwnersService owners;

    public OwnersController(OwnersService owners) {
        this.owners = owners;
    }

    @Get("/owners")
    public HttpResponse<?> owners(@QueryValue String track, @Nullable @QueryValue String asOf) {
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest(Map.of("error", "asOf must be a date, yyyy-mm-dd: " + asOf));
        }
        try {
            return HttpResponse.ok(owners.owners(track, date));
        } catch (UnknownTrackException e) {
            return HttpResponse.notFound(Map.of("error", e.getMessage(), "closest", e.closest()));
        }
    }
}
