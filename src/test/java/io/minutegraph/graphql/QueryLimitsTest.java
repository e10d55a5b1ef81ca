package io.minutegraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQuery;
import io.micronaut.context.ApplicationContext;
import io.minutegraph.EmbeddedGraph;
import java.util.Map;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The query limits count the graph's fields only: GraphiQL's introspection (13 levels deep) is answered, while deep
 * or wide queries of real fields, with introspection beside them or not, are refused before anything is read.
 */
@ExtendWith(EmbeddedGraph.class)
class QueryLimitsTest {

    private static ExecutionResult run(ApplicationContext context, String query) {
        return context.getBean(GraphQL.class).execute(ExecutionInput.newExecutionInput(query)
                .dataLoaderRegistry(context.getBean(DataLoaderRegistry.class)).build());
    }

    @Test
    void introspectionIsAnsweredWholeAndListsEveryRootField(ApplicationContext context) {
        ExecutionResult result = run(context, IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(result.getErrors()).isEmpty();
        Map<String, Object> schema = result.<Map<String, Map<String, Object>>>getData().get("__schema");
        assertThat(schema.get("types").toString()).contains("name=owners", "name=track", "name=asOf", "name=limit");
    }

    @Test
    void deepAndWideQueriesOfRealFieldsAreStillRefused(ApplicationContext context) {
        String deep = "{ __schema { queryType { name } } person(id: \"x\") { meetings { attendees { meetings {"
                + " attendees { meetings { attendees { meetings { attendees { meetings { id } } } } } } } } } } }";
        assertThat(run(context, deep).getErrors().toString()).contains("maximum query depth exceeded 11 > 10");
        StringBuilder wide = new StringBuilder("{ __typename");
        for (int i = 0; i < 600; i++) {
            wide.append(" r").append(i).append(": releases { version }");
        }
        assertThat(run(context, wide.append(" }").toString()).getErrors().toString())
                .contains("maximum query complexity exceeded 1200 > 1000");
        // However deep introspection goes (its own good-faith check bounds it), it is not counted.
        String ofTypes = "ofType { ".repeat(9) + "name" + " }".repeat(9);
        assertThat(run(context, "{ __type(name: \"Person\") { fields { type { " + ofTypes + " } } } }").getErrors())
                .isEmpty();
    }
}
