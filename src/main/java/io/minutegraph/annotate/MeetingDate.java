package io.minutegraph.annotate;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When a meeting took place, as its note says.
 *
 * @param date      the day; the first of the month when only the month is known
 * @param datetime  the start with its UTC offset, when the front matter gives a time and an offset; else null
 * @param precision how much of {@code date} the note gives
 * @param from      where it was read: {@code front matter}, {@code heading}, {@code path}, {@code title},
 *                  {@code date line}
 * @param line      the line it was read from, 0 for the path
 */
public record MeetingDate(LocalDate date, OffsetDateTime datetime, Precision precision, String from, int line) {

    public enum Precision {
        DAY, MONTH;

        /** As {@code extract --json} and the graph write it: {@code day}, {@code month}. */
        public String written() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
