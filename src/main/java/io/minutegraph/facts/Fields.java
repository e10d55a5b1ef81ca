package io.minutegraph.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Named values in the order given, nulls allowed: a row of a write statement, or an object of JSON output. */
public final class Fields {

    private Fields() {
    }

    /** {@code Fields.of("name", name, "line", line)}: names at even places, each followed by its value. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a name without a value");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
