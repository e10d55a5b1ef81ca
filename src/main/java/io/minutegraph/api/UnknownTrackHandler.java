package io.minutegraph.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.minutegraph.owners.UnknownTrackException;
import jakarta.inject.Singleton;
import java.util.Map;

/** "Who owns" about a track the graph does not know gets 404 and the names closest to it, to ask again with. */
@Produces
@Singleton
public class UnknownTrackHandler extends ErrorHandler<UnknownTrackException> {

    public UnknownTrackHandler() {
        super(HttpStatus.NOT_FOUND);
    }

    @Override
    Map<String, Object> details(UnknownTrackException e) {
        return Map.of("closest", e.closest());
    }
}
