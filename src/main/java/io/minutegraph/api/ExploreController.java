package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.minutegraph.owners.OwnersService;
import io.minutegraph.store.CypherFile;
import io.minutegraph.store.GraphSessions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * The graph by track, person, topic and decision, from saved queries of {@code cypher/queries/}:
 * {@code GET /api/tracks} (each track's current owners as "who owns" ranks them), {@code GET /api/people/{id}},
 * {@code GET /api/timeline?topic=X}, {@code GET /api/decisions?about=X&since=yyyy-mm-dd}.
 */
@Controller("/api")
public class ExploreController {

    private static final CypherFile PERSON = CypherFile.load("queries/person-profile.cypher");
    private static final CypherFile TIMELINE = CypherFile.load("queries/timeline.cypher");
    private static final CypherFile DECISIONS = CypherFile.load("queries/decisions-about.cypher");

    private final GraphSessions neo4j;
    private final OwnersService owners;

    public ExploreController(GraphSessions neo4j, OwnersService owners) {
        this.neo4j = neo4j;
        this.owners = owners;
    }

    /** Each track with its current owners as GET /api/owners ranks them, and its last activity; latest first. */
    @Get("/tracks")
    public HttpResponse<?> tracks(@Nullable @QueryValue String asOf) {
        LocalDate date;
        try {
            date = asOf == null || asOf.isBlank() ? owners.latestMeeting() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest(Map.of("error", "asOf must be a date, yyyy-mm-dd: " + asOf));
        }
        return HttpResponse.ok(Map.of("asOf", date.toString(), "tracks", owners.tracks(date)));
    }

    /** A person: names, teams, meetings attended, first and last seen, action items, tracks owned. */
    @Get("/people/{id}")
    public HttpResponse<?> person(@PathVariable String id) {
        List<Map<String, Object>> found = rows(PERSON, Map.of("person", id));
        return found.isEmpty() ? HttpResponse.notFound(Map.of("error", "no person with id " + id))
                : HttpResponse.ok(found.get(0));
    }

    /** Meetings per month that speak of a topic, by any of its spellings. */
    @Get("/timeline")
    public HttpResponse<?> timeline(@QueryValue String topic) {
        List<String> terms = owners.terms(topic);
        return HttpResponse.ok(Map.of("topic", topic, "terms", terms,
                "months", rows(TIMELINE, Map.of("terms", terms))));
    }

    /** What was decided about something, newest first, since a date if one is given; each decision cited. */
    @Get("/decisions")
    public HttpResponse<?> decisions(@QueryValue String about, @Nullable @QueryValue String since) {
        if (about.isBlank()) {
            return HttpResponse.badRequest(Map.of("error", "about must name what the decisions are about"));
        }
        try {
            if (since != null && !since.isBlank()) {
                LocalDate.parse(since);
            }
        } catch (DateTimeParseException e) {
            return HttpResponse.badRequest(Map.of("error", "since must be a date, yyyy-mm-dd: " + since));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("about", about);
        params.put("since", since == null || since.isBlank() ? null : since);
        return HttpResponse.ok(Map.of("about", about, "decisions", rows(DECISIONS, params)));
    }

    private List<Map<String, Object>> rows(CypherFile query, Map<String, Object> params) {
        return neo4j.query(query.text(), params).stream().map(Record::asMap).toList();
    }
}
