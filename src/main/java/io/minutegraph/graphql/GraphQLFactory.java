package io.minutegraph.graphql;

import graphql.GraphQL;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Prototype;
import io.minutegraph.facts.FactKind;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.owners.OwnersService;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * GraphQL over the graph: the schema {@code schema.graphqls}, root fields read by {@link GraphData} a page at a time,
 * relationships through one DataLoader per field and request (one Cypher query per field, however many parents), and
 * limits that refuse abusive queries ({@link QueryLimits}): depth at most {@value #MAX_DEPTH}, complexity at most
 * {@value #MAX_COMPLEXITY} (each field counts one), introspection not counted.
 */
@Factory
public class GraphQLFactory {

    static final int MAX_DEPTH = 10;
    static final int MAX_COMPLEXITY = 1000;
    private static final int MAX_PAGE = 100;
    /**
     * The field holding each type's key, as the relationship queries expect it: the meetings' own types here, the
     * types of the nodes fact kinds write from the kinds ({@link FactKind#graphQLKeys}).
     */
    private static final Map<String, String> KEYS = keys();

    @Singleton
    public GraphQL graphQL(GraphData data, OwnersService owners) {
        TypeDefinitionRegistry types = new SchemaParser().parse(schemaText());
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        wiring.type(TypeRuntimeWiring.newTypeWiring("Query")
                .dataFetcher("owners", env -> OwnersMaps.of(owners.owners(env.getArgument("track"),
                        env.getArgument("asOf") == null ? null : java.time.LocalDate.parse(env.getArgument("asOf")),
                        env.getArgument("limit"))))
                .dataFetcher("person", env -> first(data.root("Query.person", Map.of("id", env.getArgument("id")))))
                .dataFetcher("people", env -> page(data, "Query.people", env,
                        params(env, "nameContains")))
                .dataFetcher("meetings", env -> page(data, "Query.meetings", env,
                        params(env, "team", "from", "to")))
                .dataFetcher("track", env -> first(data.root("Query.track", Map.of("name", env.getArgument("name")))))
                .dataFetcher("releases", env -> data.root("Query.releases", params(env, "product")))
                .dataFetcher("events", env -> data.root("Query.events", params(env, "year")))
                .dataFetcher("decisions", env -> data.saved("decisions-about", params(env, "about", "since")))
                .dataFetcher("search", env -> {
                    Map<String, Object> p = params(env, "text");
                    p.put("skip", 0);
                    p.put("limit", size(env));
                    return data.root("Query.search", p);
                }));
        Map<String, TypeRuntimeWiring.Builder> byType = new HashMap<>();
        for (String field : data.relationFields()) {
            String[] parts = field.split("\\.");
            byType.computeIfAbsent(parts[0], TypeRuntimeWiring::newTypeWiring)
                    .dataFetcher(parts[1], related(field, KEYS.get(parts[0]), !isList(types, parts[0], parts[1])));
        }
        byType.values().forEach(wiring::type);
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        return GraphQL.newGraphQL(schema).instrumentation(new QueryLimits(MAX_DEPTH, MAX_COMPLEXITY)).build();
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new HashMap<>(Map.of("Person", "id", "Meeting", "id", "Team", "name"));
        for (FactKind<?> kind : FactKinds.ALL) {
            kind.graphQLKeys().forEach((type, key) -> {
                String known = keys.putIfAbsent(type, key);
                if (known != null && !known.equals(key)) {
                    throw new IllegalStateException(type + " is keyed by " + known + " and by " + key);
                }
            });
        }
        return keys;
    }

    /** Whether the schema gives the field a list of items, rather than one. */
    private static boolean isList(TypeDefinitionRegistry types, String type, String field) {
        Type<?> fieldType = types.getType(type, ObjectTypeDefinition.class).orElseThrow().getFieldDefinitions()
                .stream().filter(f -> f.getName().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the schema has no field " + type + "." + field))
                .getType();
        if (fieldType instanceof NonNullType nonNull) {
            fieldType = nonNull.getType();
        }
        return fieldType instanceof ListType;
    }

    /** A new registry for every request: DataLoaders cache what they load, which must not outlive the request. */
    @Prototype
    public DataLoaderRegistry dataLoaders(GraphData data) {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        for (String field : data.relationFields()) {
            DataLoader<Object, List<Map<String, Object>>> loader = DataLoaderFactory.newMappedDataLoader(
                    keys -> CompletableFuture.supplyAsync(() -> data.related(field, keys)));
            registry.register(field, loader);
        }
        return registry;
    }

    private static DataFetcher<CompletableFuture<Object>> related(String field, String key, boolean single) {
        return env -> {
            Map<String, Object> source = env.getSource();
            DataLoader<Object, List<Map<String, Object>>> loader = env.getDataLoader(field);
            return loader.load(source.get(key)).thenApply(items -> single ? first(items) : items);
        };
    }

    /** A connection: the page after the cursor, one row more read to know whether another page follows. */
    private static Map<String, Object> page(GraphData data, String field, DataFetchingEnvironment env,
                                            Map<String, Object> params) {
        int first = size(env);
        int offset = offset(env.getArgument("after"));
        params.put("skip", offset);
        params.put("limit", first + 1);
        List<Map<String, Object>> rows = data.root(field, params);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < Math.min(first, rows.size()); i++) {
            edges.add(Map.of("cursor", cursor(offset + i + 1), "node", rows.get(i)));
        }
        Map<String, Object> pageInfo = new HashMap<>();
        pageInfo.put("hasNextPage", rows.size() > first);
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
        return Map.of("edges", edges, "pageInfo", pageInfo);
    }

    private static int size(DataFetchingEnvironment env) {
        Integer first = env.getArgument("first");
        if (first == null || first < 1 || first > MAX_PAGE) {
            throw new IllegalArgumentException("first must be between 1 and " + MAX_PAGE);
        }
        return first;
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Integer.parseInt(decoded.substring("offset:".length()));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a cursor of this API: " + cursor);
        }
    }

    /** The arguments named, null where not given (the queries test for null). */
    private static Map<String, Object> params(DataFetchingEnvironment env, String... names) {
        Map<String, Object> params = new HashMap<>();
        for (String name : names) {
            params.put(name, env.getArgument(name));
        }
        return params;
    }

    private static Map<String, Object> first(List<Map<String, Object>> items) {
        return items.isEmpty() ? null : items.get(0);
    }

    private static String schemaText() {
        try (InputStream in = GraphQLFactory.class.getClassLoader().getResourceAsStream("schema.graphqls")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphqls is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
