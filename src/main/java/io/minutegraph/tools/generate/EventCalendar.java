package io.minutegraph.tools.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Events a meeting looks ahead to, written as the notes write them ({@code FOSDEM'24: February 3-4, 2024,
 * Brussels}, {@code Unikraft Hackathon in Athens on 14 March 2024}, {@code KubeCon NA - November 2023}): the series
 * of {@code gazetteer/events.yaml} in the month they take place each year, and hackathons on a Saturday in a town.
 * Always the edition after the meeting's date, so that a note never announces what is past.
 */
final class EventCalendar {

    /**
     * @param name what a TODO or an agenda calls it ({@code FOSDEM'24}, {@code the Athens hackathon})
     * @param line the line that announces it, with its date
     */
    record Upcoming(String name, String line) {
    }

    private record Town(String name, String country) {
    }

    private static final List<Town> TOWNS = List.of(new Town("Athens", "Greece"), new Town("Zagreb", "Croatia"),
            new Town("Lyon", "France"), new Town("Aachen", "Germany"), new Town("Aveiro", "Portugal"),
            new Town("Porto", "Portugal"), new Town("Bucharest", "Romania"), new Town("Amsterdam", "Netherlands"),
            new Town("Haifa", "Israel"), new Town("Munich", "Germany"), new Town("Vienna", "Austria"),
            new Town("Prague", "Czechia"), new Town("Lisbon", "Portugal"), new Town("Barcelona", "Spain"),
            new Town("Heidelberg", "Germany"), new Town("Thessaloniki", "Greece"), new Town("Cluj", "Romania"),
            new Town("Timișoara", "Romania"), new Town("Edinburgh", "Scotland"), new Town("Delft", "Netherlands"));

    Upcoming upcoming(LocalDate day, Dice dice) {
        return switch (dice.weighted(3, 1.5, 1.5, 2, 1.5, 1, 1, 1, 0.7, 4)) {
            case 0 -> fosdem(day, dice);
            case 1 -> kubecon(day, dice);
            case 2 -> {
                int year = edition(day, Month.AUGUST);
                String name = "USoC'" + yy(year);
                yield new Upcoming(name, dice.chance(0.5) ? name : name + " will take place in late August " + year
                        + ", online, on Discord");
            }
            case 3 -> {
                int year = edition(day, Month.MAY);
                String name = "GSoC'" + yy(year);
                yield new Upcoming(name, dice.chance(0.5) ? "Organize " + name
                        : name + " contributors start on " + WrittenDates.monthDayYear(LocalDate.of(year, 5, 27)));
            }
            case 4 -> {
                int year = edition(day, Month.MARCH);
                yield new Upcoming("CloudFest", "CloudFest - March " + year);
            }
            case 5 -> {
                int year = edition(day, Month.JUNE);
                yield new Upcoming("Xen Summit " + year, "Xen Summit in " + dice.pick(TOWNS).name() + ", June " + year);
            }
            case 6 -> {
                int year = edition(day, Month.SEPTEMBER);
                yield new Upcoming("Open Source Summit", "Open Source Summit EU: " + dice.pick(TOWNS).name()
                        + ": September " + year);
            }
            case 7 -> {
                int year = edition(day, Month.NOVEMBER);
                yield new Upcoming("Linux Plumbers", "Linux Plumbers Conference in " + dice.pick(TOWNS).name()
                        + ", November " + year);
            }
            case 8 -> {
                int year = edition(day, Month.APRIL);
                yield new Upcoming("EuroSys'" + yy(year), "Paper accepted at EuroSys'" + yy(year));
            }
            default -> hackathon(day, dice);
        };
    }

    /**
     * Hackathons planned by town, as a list: "We will organize three hackathons in spring-summer 2022:" followed by
     * {@code * Lyon (France): May 14-15, 2022}.
     */
    List<String> hackathonPlan(LocalDate day, Dice dice) {
        int count = dice.between(2, 3);
        LocalDate saturday = day.plusWeeks(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<String> lines = new ArrayList<>();
        lines.add("We will organize " + (count == 2 ? "two" : "three") + " hackathons in spring-summer "
                + saturday.getYear() + ":");
        for (int i = 0; i < count; i++) {
            Town town = dice.pick(TOWNS);
            lines.add("* " + town.name() + " (" + town.country() + "): " + WrittenDates.month(saturday.getMonth())
                    + " " + days(saturday) + ", " + saturday.getYear());
            saturday = saturday.plusWeeks(dice.between(3, 6));
        }
        return lines;
    }

    private static Upcoming fosdem(LocalDate day, Dice dice) {
        int year = edition(day, Month.FEBRUARY);
        String name = "FOSDEM'" + yy(year);
        LocalDate saturday = LocalDate.of(year, 2, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        return new Upcoming(name, switch (dice.between(0, 2)) {
            case 0 -> name + ": February " + saturday.getDayOfMonth() + "-" + (saturday.getDayOfMonth() + 1) + ", "
                    + year + ", Brussels";
            case 1 -> name + ": https://fosdem.org/" + year + "/";
            default -> "We submitted two talks to " + name + ".";
        });
    }

    private static Upcoming kubecon(LocalDate day, Dice dice) {
        boolean europe = dice.chance(0.5);
        int year = edition(day, europe ? Month.MARCH : Month.NOVEMBER);
        String name = europe ? "KubeCon EU" : "KubeCon NA";
        return new Upcoming(name, name + " - " + (europe ? "March " : "November ") + year);
    }

    private static Upcoming hackathon(LocalDate day, Dice dice) {
        LocalDate saturday = day.plusWeeks(dice.between(2, 20)).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Town town = dice.pick(TOWNS);
        String month = WrittenDates.month(saturday.getMonth());
        return switch (dice.between(0, 3)) {
            case 0 -> new Upcoming("the " + town.name() + " hackathon", "Unikraft Hackathon in " + town.name() + " on "
                    + WrittenDates.dayMonthYear(saturday));
            case 1 -> new Upcoming("the " + town.name() + " hackathon", town.name() + " Hackathon - " + month + " "
                    + saturday.getYear());
            case 2 -> new Upcoming("the hackathon", "Hackathon, Saturday, " + WrittenDates.monthDayYear(saturday)
                    + ", full day (online)");
            default -> new Upcoming("the " + town.name() + " hackathon", "We will have a hackathon at " + town.name()
                    + ", " + town.country() + " on " + month + " " + days(saturday) + ", " + saturday.getYear() + ".");
        };
    }

    /** A weekend as the notes write it, {@code 14-15}, or the Saturday alone when Sunday is in another month. */
    private static String days(LocalDate saturday) {
        LocalDate sunday = saturday.plusDays(1);
        return sunday.getMonth() == saturday.getMonth()
                ? saturday.getDayOfMonth() + "-" + sunday.getDayOfMonth() : String.valueOf(saturday.getDayOfMonth());
    }

    /** The year of the next edition of a yearly event held in a month: this year's until that month is out. */
    private static int edition(LocalDate day, Month month) {
        return day.getMonthValue() <= month.getValue() ? day.getYear() : day.getYear() + 1;
    }

    private static String yy(int year) {
        return String.format("%02d", year % 100);
    }
}
