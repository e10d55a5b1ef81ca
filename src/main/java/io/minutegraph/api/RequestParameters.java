package io.minutegraph.api;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The API's query parameters read as values, or an {@link InvalidRequestException} that names the one at fault. */
final class RequestParameters {

    private RequestParameters() {
    }

    /** A date written {@code yyyy-mm-dd}, or null when the parameter is missing or blank. */
    @Nullable
    static LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date, yyyy-mm-dd: " + value);
        }
    }

    /** A whole number of at least 1, or {@code fallback} when the parameter is missing or blank. */
    static int count(String name, @Nullable String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int count;
        try {
            count = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1) {
            throw new InvalidRequestException(name + " must be a whole number, at least 1: " + value);
        }
        return count;
    }

    /** The text itself, unless it is blank, which {@code problem} explains. */
    static String text(String value, String problem) {
        if (value.isBlank()) {
            throw new InvalidRequestException(problem);
        }
        return value;
    }
}
