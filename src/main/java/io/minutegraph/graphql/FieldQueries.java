package io.minutegraph.graphql;

import io.minutegraph.store.CypherFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements of a {@code cypher/graphql/} file, each under its {@code // @field Type.field} line, by field.
 */
final class FieldQueries {

    private static final String FIELD = "// @field ";

    private FieldQueries() {
    }

    static Map<String, String> load(String name) {
        Map<String, String> byField = new LinkedHashMap<>();
        String field = null;
        StringBuilder statement = new StringBuilder();
        for (String line : CypherFile.load(name).text().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(FIELD)) {
                field = trimmed.substring(FIELD.length()).strip();
                statement.setLength(0);
            } else if (field != null && !trimmed.startsWith("//") && !trimmed.isEmpty()) {
                statement.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    byField.put(field, statement.substring(0, statement.lastIndexOf(";")));
                    field = null;
                }
            }
        }
        return byField;
    }
}
