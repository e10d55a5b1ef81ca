package io.minutegraph.graph;

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
 * @param lineUrl  where a person reads a line of the note on the web, {@code {line}} standing for its number (the
 *                 file at the commit ingested); null when the notes folder gives no such place
 * @param held     false when the note is a stub: an agenda never filled in, a template, a cancellation
 * @param datePrecision {@code day}, or {@code month} when the note gives only the month
 */
public record Meeting(String id, String title, LocalDate date, OffsetDateTime datetime, String location,
                      String source, String sha256, String lineUrl, boolean held, String datePrecision) {

    /** The same meeting, read at {@code lineUrl}. */
    public Meeting withLineUrl(String lineUrl) {
        return new Meeting(id, title, date, datetime, location, source, sha256, lineUrl, held, datePrecision);
    }
}
