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

/**
 * {@code GET /api/owners?track=X[&asOf=yyyy-mm-dd][&limit=N]}: who owns a track, ranked and cited (docs/owners.md);
 * the first 20 owners unless {@code limit} asks for more or fewer.
 */
@Controller("/api")
public class OwnersController {

    private final OwnersService owners;

    public OwnersController(OwnersService owners) {
        this.owners = owners;
    }

    @Get("/owners")
    public HttpResponse<?> owners(@QueryValue String track, @Nullable @QueryValue String asOf,
                                  @Nullable @QueryValue String limit) {
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest(Map.of("error", "asOf must be a date, yyyy-mm-dd: " + asOf));
        }
        int first;
        try {
            first = limit == null || limit.isBlank() ? OwnersService.DEFAULT_LIMIT : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            first = 0;
        }
        if (first < 1) {
            return HttpResponse.badRequest(Map.of("error", "limit must be a whole number, at least 1: " + limit));
        }
        try {
            return HttpResponse.ok(owners.owners(track, date, first));
        } catch (UnknownTrackException e) {
            return HttpResponse.notFound(Map.of("error", e.getMessage(), "closest", e.closest()));
        }
    }
}
