package io.minutegraph.nlp;

import java.time.LocalDate;
import java.util.Map;

/** Finds dates and places in chosen lines of a note; {@link DatesAndPlaces} is the CoreNLP one. */
@FunctionalInterface
public interface DateAndPlaceFinder {

    /**
     * Reads the given lines (line number → text) as one document dated {@code meetingDate}; returns what each line
     * holds, for every line given.
     */
    Map<Integer, DatesAndPlaces.Found> read(Map<Integer, String> lines, LocalDate meetingDate);

    /** The process's CoreNLP pipeline, loaded when a note first needs it. */
    static DateAndPlaceFinder shared() {
        return (lines, meetingDate) -> DatesAndPlaces.shared().read(lines, meetingDate);
    }
}
