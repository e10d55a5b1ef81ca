package io.minutegraph.tools.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A made-up team and its weekly meeting: who may attend when, and what it talks about.
 *
 * @param number   the team's place in the cast, which also seeds its notes
 * @param name     the folder and {@code teams} entry ({@code smp}, {@code sig-vfscore})
 * @param title    what its notes' titles start with ({@code SMP WG})
 * @param kind     how its meetings go
 * @param focus    gazetteer names of the features it mostly speaks of, its own first
 * @param day      the weekday it meets on
 * @param time     when it meets
 * @param start    the day of its first meeting
 * @param meetings how many notes it gets
 * @param members  everyone who may attend, each for a stretch of the series
 */
public record SyntheticTeam(int number, String name, String title, Kind kind, List<String> focus, DayOfWeek day,
                            LocalTime time, LocalDate start, int meetings, List<Membership> members) {

    /** How a team's meetings go: who comes, and what the notes are mostly about. */
    public enum Kind {
        /** Large, about events, releases and the state of every track. */
        COMMUNITY,
        /** About releases, reviews and CI. */
        MAINTAINERS,
        /** A working group or SIG: status updates on its features, speaker by speaker. */
        WORKING_GROUP
    }

    public SyntheticTeam {
        focus = List.copyOf(focus);
        members = List.copyOf(members);
    }

    /**
     * Someone who may attend a team's meetings from meeting {@code from} up to (not including) {@code until}.
     *
     * @param person     the person's number in the cast
     * @param attendance how likely they come to a meeting while they are around
     * @param lead       whether they run the meeting (speak most, own most items)
     */
    public record Membership(int person, int from, int until, double attendance, boolean lead) {

        boolean activeAt(int meeting) {
            return meeting >= from && meeting < until;
        }

        /** How far a meeting is outside the stretch: 0 inside it. */
        int distance(int meeting) {
            return meeting < from ? from - meeting : meeting >= until ? meeting - until + 1 : 0;
        }
    }
}
