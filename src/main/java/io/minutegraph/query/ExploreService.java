package io.minutegraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.minutegraph.owners.OwnersService;
import io.minutegraph.owners.TrackOwners;
import io.minutegraph.store.CypherFile;
import io.minutegraph.store.GraphSessions;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * The graph by track, person, topic and decision, answered by saved queries of {@code cypher/queries/}
 * ({@code person-profile}, {@code timeline}, {@code decisions-about}) and, for tracks and a topic's spellings, by
 * "who owns" ({@link OwnersService}).
 */
@Singleton
public class ExploreService {

    private static final CypherFile PERSON = CypherFile.load("queries/person-profile.cypher");
    private static final CypherFile TIMELINE = CypherFile.load("queries/timeline.cypher");
    private static final CypherFile DECISIONS = CypherFile.load("queries/decisions-about.cypher");

    private final GraphSessions graph;
    private final OwnersService owners;

    public ExploreService(GraphSessions graph, OwnersService owners) {
        this.graph = graph;
        this.owners = owners;
    }

    /**
     * Each track with its current owners as "who owns" ranks them, and its last activity; latest first.
     *
     * @param asOf the date to answer for, or null for the newest meeting's
     */
    public Tracks tracks(@Nullable LocalDate asOf) {
        LocalDate date = asOf == null ? owners.latestMeeting() : asOf;
        return new Tracks(date.toString(), owners.tracks(date));
    }

    /**
     * A person: names, teams, meetings attended, first and last seen, action items, tracks owned.
     *
     * @throws UnknownPersonException when no person has that id
     */
    public Map<String, Object> person(String id) {
        List<Map<String, Object>> found = rows(PERSON, Map.of("person", id));
        if (found.isEmpty()) {
            throw new UnknownPersonException(id);
        }
        return found.get(0);
    }

    /** Meetings per month that speak of a topic, by any of its spellings. */
    public Timeline timeline(String topic) {
        List<String> terms = owners.terms(topic);
        return new Timeline(topic, terms, rows(TIMELINE, Map.of("terms", terms)));
    }

    /**
     * What was decided about something, newest first, each decision cited.
     *
     * @param since the first date to include, or null for every decision
     */
    public Decisions decisions(String about, @Nullable LocalDate since) {
        Map<String, Object> params = new HashMap<>();
        params.put("about", about);
        params.put("since", since == null ? null : since.toString());
        return new Decisions(about, rows(DECISIONS, params));
    }

    private List<Map<String, Object>> rows(CypherFile query, Map<String, Object> params) {
        return graph.query(query.text(), params).stream().map(Record::asMap).toList();
    }

    /** The tracks as of a date ({@code yyyy-mm-dd}). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Tracks(String asOf, List<TrackOwners> tracks) {
    }

    /**
     * A topic's meetings by month.
     *
     * @param terms the spellings the meetings were matched by
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Timeline(String topic, List<String> terms, List<Map<String, Object>> months) {
    }

    /** The decisions about something, as {@code decisions-about.cypher} gives them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Decisions(String about, List<Map<String, Object>> decisions) {
    }
}
