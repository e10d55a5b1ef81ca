package io.minutegraph.tools.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The project's release history as every synthetic note agrees on it: a release each quarter on a Monday (0.6 in
 * October 2021, then 0.7, ... 0.19, 1.0, ...), some followed by patch releases a few weeks apart (0.16.1, 0.16.2).
 * A note speaks of the next release as planned and of the last one as done, as the real notes do, so that which
 * versions are releases and when is consistent across a corpus of any size.
 */
final class ReleaseTimeline {

    /**
     * @param version {@code 0.17}, {@code 1.3}, {@code 0.16.2}
     * @param date    the Monday it comes out
     */
    record Release(String version, LocalDate date) {
    }

    private static final YearMonth FIRST = YearMonth.of(2021, 10);
    private static final int FIRST_NUMBER = 6;
    /** Minor versions per major: 0.19 is followed by 1.0. */
    private static final int MINORS = 20;
    private static final int MONTHS_APART = 3;
    private static final int PATCH_WEEKS_APART = 3;

    /** The release on or after a day: the one a meeting that day plans for. */
    Release next(LocalDate day) {
        long k = Math.max(0, ChronoUnit.MONTHS.between(FIRST, YearMonth.from(day)) / MONTHS_APART);
        while (release(k).date().isBefore(day)) {
            k++;
        }
        while (k > 0 && !release(k - 1).date().isBefore(day)) {
            k--;
        }
        return release(k);
    }

    /** The last release before a day, if there was one. */
    Optional<Release> previous(LocalDate day) {
        Release next = next(day);
        long k = index(next);
        return k == 0 ? Optional.empty() : Optional.of(release(k - 1));
    }

    /** A patch release of the last release due within a few weeks of a day, if one is planned. */
    Optional<Release> patchNear(LocalDate day) {
        Optional<Release> previous = previous(day);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        long k = index(previous.get());
        for (int patch = 1; patch <= patches(k); patch++) {
            LocalDate date = previous.get().date().plusWeeks((long) PATCH_WEEKS_APART * patch);
            if (!date.isBefore(day) && !date.isAfter(day.plusWeeks(3))) {
                return Optional.of(new Release(previous.get().version() + "." + patch, date));
            }
        }
        return Optional.empty();
    }

    private static Release release(long k) {
        LocalDate twentieth = FIRST.plusMonths(k * MONTHS_APART).atDay(20);
        long number = FIRST_NUMBER + k;
        return new Release((number / MINORS) + "." + (number % MINORS),
                twentieth.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
    }

    private static long index(Release release) {
        String[] parts = release.version().split("\\.");
        return Long.parseLong(parts[0]) * MINORS + Long.parseLong(parts[1]) - FIRST_NUMBER;
    }

    /** How many patch releases follow release k: none to three, fixed per release. */
    private static int patches(long k) {
        return (int) Math.floorMod(Dice.seed(k, 0x5EED), 4L);
    }
}
