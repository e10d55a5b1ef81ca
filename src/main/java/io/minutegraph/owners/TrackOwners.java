package io.minutegraph.owners;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A track of {@code GET /api/tracks}: the owners "who owns" calls current, strongest first, and its last activity.
 *
 * @param lastActivity the newest statement or status about it, up to the date asked about
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrackOwners(String id, String name, List<CurrentOwner> current, String lastActivity) {

    /** @param role as "who owns" gives it: lead, maintainer, assignee or contributor */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CurrentOwner(String id, String name, String role) {
    }
}
