package io.minutegraph.graphql;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses a query deeper or more complex (more fields) than allowed, counting the fields of the graph only. The
 * schema's own fields ({@code __schema}, {@code __type}, {@code __typename}) and everything below them are not
 * counted: GraphiQL's introspection is 13 levels deep, and graphql-java already bounds introspection itself (its
 * good-faith check refuses an introspection query that repeats fields to amplify the work).
 */
final class QueryLimits extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final int maxComplexity;

    QueryLimits(int maxDepth, int maxComplexity) {
        this.maxDepth = maxDepth;
        this.maxComplexity = maxComplexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        int[] depthAndFields = {0, 0};
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        int depth = depth(field);
                        if (depth > 0) {
                            depthAndFields[0] = Math.max(depthAndFields[0], depth);
                            depthAndFields[1]++;
                        }
                    }
                });
        if (depthAndFields[0] > maxDepth) {
            throw new AbortExecutionException("maximum query depth exceeded " + depthAndFields[0] + " > " + maxDepth);
        }
        if (depthAndFields[1] > maxComplexity) {
            throw new AbortExecutionException("maximum query complexity exceeded " + depthAndFields[1] + " > "
                    + maxComplexity);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** How deep a field of the graph lies (1 for a root field); 0 for the schema's own fields and what they hold. */
    private static int depth(QueryVisitorFieldEnvironment field) {
        int depth = 0;
        for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
            if (f.isTypeNameIntrospectionField() || f.getField().getName().startsWith("__")) {
                return 0;
            }
            depth++;
        }
        return depth;
    }
}
