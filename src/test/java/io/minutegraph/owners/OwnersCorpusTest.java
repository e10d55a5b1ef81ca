package io.minutegraph.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.minutegraph.EmbeddedGraph;
import io.minutegraph.TestPaths;
import io.minutegraph.cli.MinutegraphCommand;
import io.minutegraph.graphql.GraphData;
import io.minutegraph.ingest.NotesIngest;
import io.minutegraph.ingest.PeopleConfig;
import io.minutegraph.store.CypherFile;
import io.minutegraph.store.Neo4jConnection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The questions people ask, on the whole shared corpus: "who owns track X" by the service, REST, the command line,
 * GraphQL, Browser's saved query and GET /api/tracks, with cited lines; tracks, people and timelines by REST;
 * GraphQL's paging, batching and limits.
 */
@ExtendWith(EmbeddedGraph.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnersCorpusTest {

    private final ApplicationContext context;
    private final OwnersService owners;
    private final JsonMapper json;
    private String base;

    OwnersCorpusTest(ApplicationContext context) {
        this.context = context;
        this.owners = context.getBean(OwnersService.class);
        this.json = context.getBean(JsonMapper.class);
    }

    @BeforeAll
    void ingestCorpusAndServe() {
        EmbeddedGraph.clear(context);
        var declared = TestPaths.projectDir().resolveSibling("shared").resolve("governance/teams");
        context.getBean(NotesIngest.class).ingest(TestPaths.corpus(),
                context.getBean(PeopleConfig.class).sources(declared, null));
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        if (!server.isRunning()) {
            server.start();
        }
        base = server.getURL().toString();
    }

    private static List<String> cited(OwnersAnswer.Owner owner) {
        return owner.evidence().stream().map(e -> e.source() + ":" + e.line()).toList();
    }

    private OwnersAnswer.Owner owner(OwnersAnswer answer, String id) {
        return answer.owners().stream().filter(o -> o.person().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void platReArchIsOwnedByWhoTheStatusListNames() {
        // discussions/community/2023/2023-06-05.md:32: "- plat re-arch (Marc, Michalis, Simon, Rareș, EdiM, Răzvan,
        // ...): READY TO START"
        OwnersAnswer answer = owners.owners("plat re-arch", null);
        assertThat(answer.asOf()).isEqualTo("2024-03-25");
        assertThat(answer.owners().subList(0, 4)).extracting(o -> o.person().id())
                .contains("michalis-pappas", "marc-rittinghaus", "simon-kuenzer");
        OwnersAnswer.Owner marc = owner(answer, "marc-rittinghaus");
        assertThat(marc.role()).isEqualTo("lead");
        assertThat(marc.current()).isTrue();
        assertThat(cited(marc)).contains("discussions/community/2023/2023-06-05.md:32");
        // Another spelling of the same feature gives the same answer.
        assertThat(owners.owners("Plat-Rearch", null).owners()).extracting(o -> o.person().id())
                .isEqualTo(answer.owners().stream().map(o -> o.person().id()).toList());
    }

    @Test
    void smpOwnersThenAndNow() {
        // discussions/community/2022/2022-04-21.md:35: "* SMP (Marc, Michalis, Rene, RăzvanV, CristiV)", the track
        // list of spring 2022; Cristian Vijelie is not seen after 2023-03 and is no longer current.
        OwnersAnswer now = owners.owners("SMP", null);
        assertThat(now.owners().get(0).role()).isEqualTo("lead");
        OwnersAnswer.Owner cristi = owner(now, "cristian-vijelie");
        assertThat(cristi.current()).isFalse();
        assertThat(cited(cristi)).contains("discussions/community/2022/2022-04-21.md:35");
        OwnersAnswer then = owners.owners("smp", LocalDate.parse("2022-06-01"));
        assertThat(owner(then, "cristian-vijelie").current()).isTrue();
        assertThat(then.owners()).allSatisfy(o -> assertThat(o.evidence())
                .allSatisfy(e -> assertThat(e.date() == null || e.date().compareTo("2022-06-01") <= 0).isTrue()));
    }

    @Test
    void unknownTracksGiveTheClosestNames() {
        assertThatThrownBy(() -> owners.owners("smpx", null)).isInstanceOfSatisfying(UnknownTrackException.class,
                e -> assertThat(e.closest()).anyMatch(n -> n.equalsIgnoreCase("smp")));
    }

    @Test
    void restAndTheCommandLineGiveTheServicesAnswer() throws Exception {
        String expected = json.writeValueAsString(owners.owners("SMP", null));
        HttpResponse<String> ok = get("/api/owners?track=" + URLEncoder.encode("SMP", StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(expected);
        HttpResponse<String> missing = get("/api/owners?track=smpx");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("closest").containsIgnoringCase("\"smp\"");
        assertThat(get("/api/owners?track=SMP&asOf=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/api/owners?track=SMP&limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/owners?track=SMP&limit=many").statusCode()).isEqualTo(400);
        assertThat(get("/api/owners?track=SMP&limit=2").body())
                .isEqualTo(json.writeValueAsString(owners.owners("SMP", null, 2)));

        assertThat(commandLine("owners", "SMP").strip()).isEqualTo(expected);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void graphqlGivesTheSamePeopleAsRestAndBatchesRelationships() throws Exception {
        List<String> rest = owners.owners("SMP", null).owners().stream().map(o -> o.person().id()).toList();
        Map<String, Object> answer = graphql("{ owners(track: \"SMP\") { owners { person { id } role } } }");
        List<Map<String, Object>> viaGraphql = (List<Map<String, Object>>) ((Map<String, Object>)
                ((Map<String, Object>) answer.get("data")).get("owners")).get("owners");
        assertThat(viaGraphql).extracting(o -> ((Map<String, Object>) o.get("person")).get("id")).isEqualTo(rest);

        // Twenty meetings, their attendees, and each attendee's meetings: one statement for the page and one per
        // relationship field, not one per parent.
        GraphData data = context.getBean(GraphData.class);
        long before = data.statementsRun();
        Map<String, Object> nested = graphql("{ meetings(team: \"smp\", first: 20) { edges { node { id"
                + " attendees { id meetings { id } } } } } }");
        assertThat(nested).doesNotContainKey("errors");
        assertThat(data.statementsRun() - before).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void graphqlPagesWithCursorsAndRefusesAbusiveQueries() throws Exception {
        Map<String, Object> first = graphql("{ people(first: 5) { edges { cursor node { id } }"
                + " pageInfo { hasNextPage endCursor } } }");
        Map<String, Object> page = (Map<String, Object>) ((Map<String, Object>) first.get("data")).get("people");
        Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
        assertThat(info.get("hasNextPage")).isEqualTo(true);
        Map<String, Object> second = graphql("{ people(first: 5, after: \"" + info.get("endCursor") + "\") { edges {"
                + " node { id } } } }");
        List<Object> ids = ((List<Map<String, Object>>) page.get("edges")).stream()
                .map(e -> ((Map<String, Object>) e.get("node")).get("id")).toList();
        List<Object> next = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                second.get("data")).get("people")).get("edges")).stream()
                .map(e -> ((Map<String, Object>) e.get("node")).get("id")).toList();
        assertThat(next).hasSize(5).doesNotContainAnyElementsOf(ids);

        Map<String, Object> deep = graphql("{ person(id: \"simon-kuenzer\") { meetings { attendees { meetings {"
                + " attendees { meetings { attendees { meetings { attendees { meetings { id } } } } } } } } } } }");
        assertThat(deep).doesNotContainKey("data");
        assertThat(deep.get("errors").toString()).contains("maximum query depth exceeded");
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            wide.append(" r").append(i).append(": releases { version }");
        }
        Map<String, Object> complex = graphql(wide.append(" }").toString());
        assertThat(complex).doesNotContainKey("data");
        assertThat(complex.get("errors").toString()).contains("maximum query complexity exceeded");
        Map<String, Object> tooMany = graphql("{ people(first: 500) { edges { cursor } } }");
        assertThat(tooMany.get("errors").toString()).contains("first must be between 1 and 100");
    }

    private Map<String, Object> graphql(String query) throws Exception {
        return graphql(query, Map.of());
    }

    private Map<String, Object> graphql(String query, Map<String, Object> variables) throws Exception {
        String body = json.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "/graphql")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void tracksPeopleAndTimelines() throws Exception {
        Map<String, Object> tracks = json.readValue(get("/api/tracks").body(), Argument.mapOf(String.class,
                Object.class));
        Map<String, Object> platReArch = ((List<Map<String, Object>>) tracks.get("tracks")).stream()
                .filter(t -> "plat re arch".equals(t.get("id"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) platReArch.get("current")).extracting(p -> p.get("id"))
                .contains("michalis-pappas", "marc-rittinghaus");

        // Simon Kuenzer: declared maintainer (sig-sched), at meetings from 2021 to 2024.
        Map<String, Object> simon = json.readValue(get("/api/people/simon-kuenzer").body(),
                Argument.mapOf(String.class, Object.class));
        assertThat((List<String>) simon.get("aliases")).contains("Simon");
        assertThat((List<Map<String, Object>>) simon.get("declared")).extracting(d -> d.get("team"))
                .contains("sig-sched");
        assertThat(((Number) simon.get("meetings")).intValue()).isGreaterThan(50);
        assertThat((String) simon.get("firstSeen")).startsWith("2021");
        assertThat((List<Map<String, Object>>) simon.get("actionItems")).isNotEmpty();
        assertThat(get("/api/people/nobody-at-all").statusCode()).isEqualTo(404);

        // The smp team met through 2023 (discussions/smp/): SMP is spoken of every month from January to May.
        Map<String, Object> smp = json.readValue(get("/api/timeline?topic=SMP").body(),
                Argument.mapOf(String.class, Object.class));
        assertThat((List<Map<String, Object>>) smp.get("months")).extracting(m -> m.get("month"))
                .contains("2023-01", "2023-02", "2023-03", "2023-04", "2023-05").doesNotContain("2025-01");
    }

    /** An owner as each way of asking gives it: who, in which role, how strong, since, last seen and current. */
    private static String line(String person, String role, double score, String since, String lastSeen,
                               boolean current) {
        return person + " " + role + " " + score + " " + since + " " + lastSeen + " " + current;
    }

    private static List<String> lines(OwnersAnswer answer) {
        return answer.owners().stream().map(o -> line(o.person().id(), o.role(), o.score(), o.since(), o.lastSeen(),
                o.current())).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyWayOfAskingGivesTheSameOwnersOfEveryTrack() throws Exception {
        // Every track of the corpus, asked of the service, REST, the command line, GraphQL and Browser's saved query
        // (cypher/queries/who-owns.cypher, with the parameters its guide slide shows): the same people in the same
        // order, with the same roles, scores, dates and `current`; and GET /api/tracks lists the current ones.
        Map<String, Object> listed = json.readValue(get("/api/tracks").body(), Argument.mapOf(String.class,
                Object.class));
        List<Map<String, Object>> tracks = (List<Map<String, Object>>) listed.get("tracks");
        assertThat(tracks).hasSizeGreaterThan(100);
        Driver driver = context.getBean(Neo4jConnection.class).driver();
        String whoOwns = CypherFile.load("queries/who-owns.cypher").text();
        int handedOver = 0;
        for (Map<String, Object> track : tracks) {
            String name = (String) track.get("name");
            OwnersAnswer answer = owners.owners(name, null, Integer.MAX_VALUE);
            assertThat(answer.asOf()).isEqualTo(listed.get("asOf"));
            List<String> expected = lines(answer);
            handedOver += (int) answer.remarks().stream().filter(r -> r.contains("was last named")).count();

            OwnersAnswer rest = json.readValue(get("/api/owners?track=" + URLEncoder.encode(name,
                    StandardCharsets.UTF_8) + "&limit=100000").body(), OwnersAnswer.class);
            assertThat(lines(rest)).as("REST, " + name).isEqualTo(expected);

            OwnersAnswer cli = json.readValue(commandLine("owners", "--limit", "100000", "--", name),
                    OwnersAnswer.class);
            assertThat(lines(cli)).as("command line, " + name).isEqualTo(expected);

            Map<String, Object> viaGraphql = graphql("query ($track: String!) { owners(track: $track, limit: 100000)"
                    + " { owners { person { id } role score since lastSeen current } } }", Map.of("track", name));
            List<Map<String, Object>> graphqlOwners = (List<Map<String, Object>>) ((Map<String, Object>)
                    ((Map<String, Object>) viaGraphql.get("data")).get("owners")).get("owners");
            assertThat(graphqlOwners).as("GraphQL, " + name).extracting(o -> line(
                    (String) ((Map<String, Object>) o.get("person")).get("id"), (String) o.get("role"),
                    ((Number) o.get("score")).doubleValue(), (String) o.get("since"), (String) o.get("lastSeen"),
                    (Boolean) o.get("current"))).isEqualTo(expected);

            List<Record> browser = driver.executableQuery(whoOwns).withParameters(Map.of("asOf", answer.asOf(),
                    "tracks", List.of(Map.of("track", name, "terms", answer.terms())))).execute().records();
            assertThat(browser).as("Browser, " + name).extracting(r -> line(r.get("person").asString(),
                    r.get("role").asString(), r.get("score").asDouble(), r.get("since").asString(null),
                    r.get("lastSeen").asString(null), r.get("current").asBoolean())).isEqualTo(expected);

            assertThat((List<Map<String, Object>>) track.get("current")).as("GET /api/tracks, " + name)
                    .extracting(o -> o.get("id") + " " + o.get("role"))
                    .isEqualTo(answer.owners().stream().filter(OwnersAnswer.Owner::current)
                            .map(o -> o.person().id() + " " + o.role()).toList());
        }
        // The corpus hands some tracks over: the rule is exercised, not only agreed on.
        assertThat(handedOver).isPositive();
    }

    /** What {@code minutegraph ARGS} prints. */
    private String commandLine(String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(MinutegraphCommand.commandLine(context).execute(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
