package io.minutegraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a meeting took place, read leniently from a front-matter {@code datetime}.
 *
 * <p>Accepts what people type: {@code 2023-01-06T14:00:00+02:00}, {@code 2023-03-15T10:00+02:00}, {@code 2023-01-06},
 * {@code 2023-01-06 14:00}, and an over-padded field such as {@code 2023-05-010}. An impossible date
 * ({@code 2023-02-30}) is no date.
 *
 * @param date     the day
 * @param datetime the start with its offset, when a time and an offset were given
 */
public record MeetingTime(LocalDate date, OffsetDateTime datetime) {

    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4})-(\\d{1,3})-(\\d{1,3})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");

    /** A front-matter value, written as a date with an optional time and offset and nothing else. */
    public static Optional<MeetingTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATETIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            OffsetDateTime datetime = null;
            if (m.group(4) != null && m.group(7) != null) {
                int seconds = m.group(6) == null ? 0 : num(m, 6);
                datetime = OffsetDateTime.of(date.atTime(num(m, 4), num(m, 5), seconds), offset(m.group(7)));
            }
            return Optional.of(new MeetingTime(date, datetime));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static ZoneOffset offset(String text) {
        return text.equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(text.length() == 5
                ? text.substring(0, 3) + ":" + text.substring(3) : text);
    }
}
