package io.minutegraph.annotate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How communities write a meeting's date outside a front matter: in the file's path ({@code 2023-01-04.md},
 * {@code main/2024/CG-01-30.md}, {@code stack/2022/7-18-22.md}, {@code stack-2025-02-24.md},
 * {@code 2020-03/april-2.md}, {@code 2019.10.03.md}, {@code CG-06.md} in a year's folder) and in text (a title or
 * heading, "January 31st video call", "Meeting 2023-02-01", "31 January 2023", or a {@code Date:} line).
 */
public final class DateConventions {

    /** What a path says of a date; each part null when it says nothing of it. */
    public record PathDate(Integer year, Integer month, Integer day) {

        public static final PathDate NONE = new PathDate(null, null, null);

        /** The day, when the path gives year, month and day. */
        public Optional<LocalDate> date() {
            return year != null && month != null && day != null ? of(year, month, day) : Optional.empty();
        }
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** The last day of a meeting over several: "July 18-20, 2017", "25–26 October". */
    private static final String LAST_DAY = "(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?";
    /** {@code 2023-01-04}, {@code 2019.10.03}, {@code 2023_01_04}, {@code 20230104}. */
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([-._/]?)(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    /** {@code January 31st}, {@code Jan 31, 2023}, {@code January 31st of 2023}. */
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])" + MONTH + "[\\s_-]*(\\d{1,2})" + ORDINAL
            + "(?!\\d)" + LAST_DAY + "(?:,?\\s*(?:of\\s+)?((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
    /** {@code 31 January 2023}, {@code 31st of Jan}. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})" + ORDINAL + LAST_DAY
            + "(?:\\s+of)?[\\s_-]+"
            + MONTH + "(?![\\p{L}])(?:,?\\s*((?:19|20)\\d{2}))?", Pattern.CASE_INSENSITIVE);
    /** {@code 12/03/2021}, read month first. */
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern YEAR_FOLDER = Pattern.compile("^((?:19|20)\\d{2})(?:[-_.](\\d{1,2}))?$");
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?(?:meeting\\s+)?(?:dates?|when|held on)(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);

    private DateConventions() {
    }

    /**
     * The date a path gives: a full date anywhere in it (the file name's first), else the year of a year's folder
     * ({@code 2024/}, {@code 2020-03/}) with the month and day of the file name ({@code CG-01-30},
     * {@code 7-18-22}, {@code april-2}, a month alone in {@code CG-06}).
     */
    public static PathDate fromPath(String source) {
        String path = source.replace('\\', '/');
        String[] parts = path.split("/");
        String stem = parts[parts.length - 1].replaceFirst("(?i)\\.md$", "");
        for (String part : reversed(parts, stem)) {
            Optional<LocalDate> full = iso(part);
            if (full.isPresent()) {
                return new PathDate(full.get().getYear(), full.get().getMonthValue(), full.get().getDayOfMonth());
            }
        }
        Integer year = null;
        Integer folderMonth = null;
        // A year's file ("2021.md") or the nearest year's folder ("2024/", "2020-03/").
        for (int i = parts.length - 1; i >= 0 && year == null; i--) {
            Matcher folder = YEAR_FOLDER.matcher(i == parts.length - 1 ? stem : parts[i]);
            if (folder.matches()) {
                year = Integer.parseInt(folder.group(1));
                folderMonth = folder.group(2) == null ? null : Integer.parseInt(folder.group(2));
            }
        }
        Matcher named = MONTH_DAY.matcher(stem);
        if (named.find()) {
            Integer y = named.group(3) != null ? Integer.valueOf(named.group(3)) : year;
            return valid(y, MONTHS.get(key(named.group(1))), Integer.parseInt(named.group(2)));
        }
        List<Integer> numbers = new ArrayList<>();
        Matcher n = NUMBERS.matcher(stem);
        while (n.find()) {
            numbers.add(n.group().length() <= 2 ? Integer.parseInt(n.group()) : -1);
        }
        if (numbers.size() >= 3 && numbers.get(2) >= 0 && (year == null || year % 100 == numbers.get(2))) {
            // M-D-YY, the year's last two digits agreeing with the folder's where there is one.
            PathDate mdy = valid(2000 + numbers.get(2), numbers.get(0), numbers.get(1));
            if (mdy.day() != null) {
                return mdy;
            }
        }
        if (numbers.size() >= 2 && year != null) {
            PathDate md = valid(year, numbers.get(0), numbers.get(1));
            if (md.day() != null) {
                return md;
            }
        }
        if (numbers.size() == 1 && year != null && numbers.get(0) >= 1 && numbers.get(0) <= 12) {
            return new PathDate(year, numbers.get(0), null);
        }
        return new PathDate(year, folderMonth, null);
    }

    /** The file name first, then its folders from the nearest. */
    private static List<String> reversed(String[] parts, String stem) {
        List<String> order = new ArrayList<>();
        order.add(stem);
        for (int i = parts.length - 2; i >= 0; i--) {
            order.add(parts[i]);
        }
        return order;
    }

    private static PathDate valid(Integer year, Integer month, Integer day) {
        if (year == null || month == null || of(year, month, day).isEmpty()) {
            return new PathDate(year, month != null && month >= 1 && month <= 12 ? month : null, null);
        }
        return new PathDate(year, month, day);
    }

    /**
     * The first date written in a text ({@code 2023-02-01}, {@code January 31st}, {@code Jan 31, 2023},
     * {@code 31 January 2023}, {@code 12/03/2021}); a date without its year takes {@code year}, and is no date
     * when that is null too.
     */
    public static Optional<LocalDate> inText(String text, Integer year) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> iso = iso(text);
        if (iso.isPresent()) {
            return iso;
        }
        List<Optional<LocalDate>> found = new ArrayList<>();
        Matcher md = MONTH_DAY.matcher(text);
        int mdAt = md.find() ? md.start() : Integer.MAX_VALUE;
        Matcher dm = DAY_MONTH.matcher(text);
        int dmAt = dm.find() ? dm.start() : Integer.MAX_VALUE;
        if (mdAt < dmAt) {
            Integer y = md.group(3) != null ? Integer.valueOf(md.group(3)) : year;
            found.add(y == null ? Optional.empty() : of(y, MONTHS.get(key(md.group(1))), Integer.parseInt(md.group(2))));
        } else if (dmAt < Integer.MAX_VALUE) {
            Integer y = dm.group(3) != null ? Integer.valueOf(dm.group(3)) : year;
            found.add(y == null ? Optional.empty() : of(y, MONTHS.get(key(dm.group(2))), Integer.parseInt(dm.group(1))));
        }
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.find()) {
            found.add(of(Integer.parseInt(slashed.group(3)), Integer.parseInt(slashed.group(1)),
                    Integer.parseInt(slashed.group(2))));
        }
        return found.stream().filter(Optional::isPresent).map(Optional::get).findFirst();
    }

    /** The value of a {@code Date:}, {@code Dates:}, {@code Meeting date:} or {@code When:} line, else null. */
    public static String dateLineValue(String line) {
        Matcher m = DATE_LINE.matcher(line);
        return m.matches() ? m.group(1).strip() : null;
    }

    private static Optional<LocalDate> iso(String text) {
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            if (m.group(2).isEmpty() && (m.group(3).length() != 2 || m.group(4).length() != 2)) {
                continue; // eight digits or nothing: 2023013 is no date
            }
            Optional<LocalDate> date = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(Integer year, Integer month, Integer day) {
        if (year == null || month == null || day == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String key(String month) {
        String m = month.toLowerCase(Locale.ROOT).replace(".", "");
        return m.length() > 3 ? m.substring(0, 3) : m;
    }

    private static Map<String, Integer> months() {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
        }
        return Map.copyOf(months);
    }
}
