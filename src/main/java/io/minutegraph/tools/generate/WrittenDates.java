package io.minutegraph.tools.generate;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Days as meeting notes write them in prose: {@code March 8, 2024}, {@code Monday, May 1, 2024}, {@code 14 March 2024}. */
final class WrittenDates {

    private WrittenDates() {
    }

    static String monthDayYear(LocalDate day) {
        return month(day.getMonth()) + " " + day.getDayOfMonth() + ", " + day.getYear();
    }

    static String withWeekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + monthDayYear(day);
    }

    static String dayMonthYear(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day.getMonth()) + " " + day.getYear();
    }

    static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String month(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
