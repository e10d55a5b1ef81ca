package io.minutegraph.facts.releaseschedules;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;

/**
 * A date a note gives for a release: {@code (:Meeting)-[:SCHEDULES {date}]->(:Release)}. Notes move dates, so
 * each meeting's statement is kept with its own date.
 *
 * @param product {@code unikraft} or {@code kraftkit}
 * @param version the release
 * @param date    {@code yyyy-mm-dd} or {@code yyyy-mm} ("late July 2023"), read by SUTime against the meeting date
 */
public record ReleaseSchedule(String product, String version, String date, Provenance provenance)
        implements Fact {
}
