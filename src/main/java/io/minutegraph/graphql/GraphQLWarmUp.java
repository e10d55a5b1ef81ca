package io.minutegraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import io.minutegraph.owners.OwnersService;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dataloader.DataLoaderRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks GraphQL a few questions in-process once the service is up, so that its first user does not wait for
 * graphql-java's first execution and for Neo4j to plan the statements behind each field: on the corpus the first
 * question about meetings took 1.4 s and the first "who owns" 1.7-2.3 s, against tens of milliseconds once asked
 * (docs/PERFORMANCE.md, "Warming up"). It reads and never writes; each question is one page of a root field and its
 * relationships, so it stays small on a large graph. Four relationships are left to their first user, since each can
 * read a large part of the graph at once: the meetings of a team, a feature, a release and an event.
 */
@Singleton
public class GraphQLWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQLWarmUp.class);

    /**
     * Every relationship of a meeting, one level down, and the fields a page of meetings is read with. Relationships
     * of the relationships fan out: on 100 000 synthetic notes the attendees' teams and the people's tracks' owners
     * made the warm-up 42 s long, so each relationship is asked once, from the field where it stays small.
     */
    private static final String MEETINGS = """
            query WarmMeetings($from: String, $to: String) {
              recent: meetings(from: $from, to: $to) { ...page }
              newest: meetings { ...page }
            }
            fragment page on MeetingConnection {
              edges { cursor node { id title date source
                teams { name maintainers { id name } reviewers { id name } }
                attendees { id name aliases initials github }
                actionItems { id text kind rawOwner group source line owners { id name } meeting { id } }
                releases { product version dates { date said source line } plannedFeatures { name } }
                events { key name edition date location }
                features { name kind plannedFor { product version } } } }
              pageInfo { hasNextPage endCursor }
            }""";

    private static final String PEOPLE = """
            {
              people { edges { cursor node { id name aliases initials github
                meetings { id } actionItems { id } teams { name } tracks { id name } } }
                pageInfo { hasNextPage endCursor } }
            }""";

    private static final String TRACK = """
            query WarmTrack($track: String!, $person: ID!, $year: String) {
              owners(track: $track) { track terms asOf candidates remarks
                owners { person { id name } role score since lastSeen current evidence { kind source line date text } } }
              track(name: $track) { id name owners { id name } statuses { status date source line } }
              person(id: $person) { id name }
              search(text: $track) { kind id name }
              releases { product version }
              events(year: $year) { key name edition date location }
            }""";

    private final GraphQL graphQL;
    private final Provider<DataLoaderRegistry> dataLoaders;
    private final OwnersService owners;

    public GraphQLWarmUp(GraphQL graphQL, Provider<DataLoaderRegistry> dataLoaders, OwnersService owners) {
        this.graphQL = graphQL;
        this.dataLoaders = dataLoaders;
        this.owners = owners;
    }

    /**
     * Asks the questions, on the calling thread; a question that fails is logged, never thrown.
     *
     * @return whether every question was asked and answered (a graph without people or tracks leaves some unasked)
     */
    public boolean run() {
        long started = System.nanoTime();
        try {
            LocalDate newest = owners.latestMeeting();
            ask(MEETINGS, Map.of("from", newest.minusDays(30).toString(), "to", newest.toString()));
            List<Map<String, Object>> people = nodes(ask(PEOPLE, Map.of()), "people");
            Optional<String> track = people.stream().flatMap(person -> list(person.get("tracks")).stream())
                    .map(t -> (String) t.get("name")).findFirst();
            if (track.isEmpty()) {
                LOG.info("GraphQL warmed up in {} ms, without a track to ask about",
                        (System.nanoTime() - started) / 1_000_000);
                return false;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("track", track.get());
            variables.put("person", people.get(0).get("id"));
            variables.put("year", String.valueOf(newest.getYear()));
            ask(TRACK, variables);
            LOG.info("GraphQL warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Warming GraphQL up failed (the first questions will be slower): {}", e.getMessage());
            return false;
        }
    }

    private Map<String, Object> ask(String query, Map<String, Object> variables) {
        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput(query).variables(variables)
                .dataLoaderRegistry(dataLoaders.get()));
        if (!result.getErrors().isEmpty()) {
            throw new IllegalStateException(result.getErrors().get(0).getMessage());
        }
        return result.getData();
    }

    /** The nodes of a connection field of a result. */
    private static List<Map<String, Object>> nodes(Map<String, Object> data, String field) {
        Map<?, ?> connection = (Map<?, ?>) data.get(field);
        return list(connection.get("edges")).stream().map(edge -> map(edge.get("node"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
