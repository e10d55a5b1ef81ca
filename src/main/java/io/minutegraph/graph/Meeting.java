package io.minutegraph.graph;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The meeting a note records.
 *
 * @param id       stable id: the note's path without {@code .md}
 * @param title    as written, or made from team and date when the note has none
 * @param date     the meeting day
 * @param datetime start with its UTC offset when the note gives one, else null
 * @param location as written, or null
 * @param source   the note's path relative to the notes folder
 * @param sha256   hex SHA-256 of the note file
 */
public record Meeting(String id, String title, LocalDate date, OffsetDateTime datetime, String location,
                      String source, String sha256) implements Serializable {
}
