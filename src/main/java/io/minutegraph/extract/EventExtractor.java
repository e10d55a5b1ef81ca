package io.minutegraph.extract;

import io.minutegraph.graph.EventMention;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Note;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Events a note speaks of, one per edition: series from a gazetteer ({@code gazetteer/events.yaml}: FOSDEM'23,
 * GSoC22, Google Summer of Code 2023) and hackathons by pattern ({@code Zagreb Hackathon - April 2024},
 * {@code binary compat hackathon}, {@code hackathon at Aveiro, Portugal}, {@code Hackathon, Saturday, January 14,
 * 2023}). The edition is the year written with the name, else the year of a date on the line, else the meeting's.
 */
public final class EventExtractor {

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern DAY_DATE = Pattern.compile("\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(20\\d{2}))?\\b");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+("
            + MONTHS + ")\\b(?:,?\\s+(20\\d{2}))?");
    /** "We will organize three hackathons in spring-summer 2022:" announces a list of them, by place. */
    private static final Pattern HACKATHON_LIST = Pattern.compile("\\b[Hh]ackathons\\b.*:\\s*$");
    private static final Pattern LIST_PLACE = Pattern.compile("^\\s*[-*+]\\s+(\\p{Lu}[\\p{L}-]+)\\b");
    private static final Pattern MONTH_DATE = Pattern.compile("\\b(" + MONTHS + "),?\\s+(20\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d{2})\\b");
    private static final Pattern NAMED_HACKATHON = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}-]+\\s+){1,2}|(?:[a-z][\\w-]+\\s+){1,3})"
                    + "(?:(?:Unikraft|Unikernel|unikraft|unikernel)\\s+)?[Hh]ackathon\\b");
    private static final Pattern HACKATHON_AT = Pattern.compile(
            "\\b[Hh]ackathon\\s+(?:at|in)\\s+(\\p{Lu}[\\p{L}-]+(?:,\\s*\\p{Lu}[\\p{L}-]+)*)");
    private static final Pattern HACKATHON = Pattern.compile("\\b[Hh]ackathon\\b");
    /** Words before "hackathon" that do not name one: "the hackathon", "Improve hackathon contents". */
    private static final Set<String> NOT_A_NAME = Set.of("the", "a", "an", "our", "this", "that", "next", "last",
            "first", "second", "new", "upcoming", "previous", "each", "every", "any", "one", "unikraft", "unikernel",
            "improve", "improving", "organize", "organise", "organizing", "post", "plan", "planning", "prepare",
            "preparing", "for", "at", "in", "on", "of", "to", "and", "or", "with", "about", "from", "after", "before",
            "during", "future", "online", "physical", "big", "small", "june", "may", "march", "april", "july",
            "august", "september", "october", "november", "december", "january", "february", "summer", "winter",
            "spring", "autumn", "fall", "weekend", "local", "internal", "public", "own", "community", "discuss",
            "discussed", "host", "hosting", "hosted", "run", "running", "did", "do", "had", "have", "has", "is", "was",
            "will", "would", "be", "are", "were", "support", "supporting", "join", "joined", "attend", "attended",
            "current", "another", "other", "same", "these", "those", "their", "his", "her", "my", "your",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "announce", "schedule",
            "promote", "advertise", "setup", "set", "start", "finish", "review", "create", "write", "update", "ping",
            "contact", "ask", "send", "share", "check", "confirm", "book", "find", "add", "there", "no", "not");

    private final List<Series> series;

    private record Series(String name, Pattern pattern) {
    }

    public EventExtractor() {
        this.series = loadSeries();
    }

    public List<EventMention> extract(Note note, LocalDate meetingDate) {
        Map<String, EventMention> first = new LinkedHashMap<>();
        boolean hackathonList = false;
        for (int n = note.frontMatter().lastLine() + 1; n <= note.lines().size(); n++) {
            String line = note.line(n);
            Provenance provenance = new Provenance(note.source(), n, line.strip());
            String date = date(line, meetingDate);
            Matcher place = LIST_PLACE.matcher(line);
            if (hackathonList && place.find()) {
                add(first, new EventMention(place.group(1) + " hackathon", edition(null, line, date, meetingDate),
                        date, place.group(1), provenance));
                continue;
            }
            hackathonList = HACKATHON_LIST.matcher(line).find()
                    || hackathonList && !line.isBlank() && LIST_PLACE.matcher(line).find();
            for (Series s : series) {
                Matcher m = s.pattern.matcher(line);
                while (m.find()) {
                    String edition = edition(m.group(1), line, date, meetingDate);
                    add(first, new EventMention(s.name, edition, date, null, provenance));
                }
            }
            hackathons(line, date, meetingDate, provenance, first);
        }
        return new ArrayList<>(first.values());
    }

    private void hackathons(String line, String date, LocalDate meetingDate, Provenance provenance,
                            Map<String, EventMention> found) {
        if (!HACKATHON.matcher(line).find()) {
            return;
        }
        String edition = edition(null, line, date, meetingDate);
        Matcher at = HACKATHON_AT.matcher(line);
        if (at.find() && !NOT_A_NAME.contains(at.group(1).split(",")[0].strip().toLowerCase(Locale.ROOT))) {
            String place = at.group(1);
            String town = place.split(",")[0].strip();
            add(found, new EventMention(town + " hackathon", edition, date, place, provenance));
            return;
        }
        Matcher named = NAMED_HACKATHON.matcher(line);
        while (named.find()) {
            String qualifier = named.group(1).strip();
            String[] words = qualifier.split("\\s+");
            // "Lyon", "Porting", "binary compat": only the words after the last that does not name (the, our, of).
            int start = 0;
            for (int i = 0; i < words.length; i++) {
                if (NOT_A_NAME.contains(words[i].toLowerCase(Locale.ROOT))) {
                    start = i + 1;
                }
            }
            boolean capitalised = start < words.length && Character.isUpperCase(words[start].charAt(0));
            // One lower-case word is too often just a word ("splitting hackathon text"); two name a topic.
            if (start < words.length && (capitalised || words.length - start >= 2)
                    && !NOT_A_NAME.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
                add(found, new EventMention(name + " hackathon", edition, date, null, provenance));
                return;
            }
        }
        if (date != null && date.length() == 10) {
            // "Hackathon, Saturday, January 14, 2023": unnamed, but a day is set.
            add(found, new EventMention("Hackathon", edition, date, null, provenance));
        }
    }

    private static void add(Map<String, EventMention> found, EventMention event) {
        found.putIfAbsent(event.name().toLowerCase(Locale.ROOT) + "|" + event.edition(), event);
    }

    /** The year written with the name ('23, 22, 2024), else of a date on the line, else a year on it, else the meeting's. */
    private static String edition(String suffix, String line, String date, LocalDate meetingDate) {
        if (suffix != null) {
            String digits = suffix.replaceAll("\\D", "");
            return digits.length() == 2 ? "20" + digits : digits;
        }
        if (date != null) {
            return date.substring(0, 4);
        }
        Matcher year = YEAR.matcher(line);
        if (year.find()) {
            return year.group(1);
        }
        return meetingDate == null ? null : String.valueOf(meetingDate.getYear());
    }

    /** A day ({@code January 14, 2023}, {@code May 14-15, 2022}, {@code 15-16 July}) or a month ({@code November 2023}). */
    static String date(String line, LocalDate meetingDate) {
        Matcher day = DAY_DATE.matcher(line);
        if (day.find()) {
            String found = day(day.group(3), day.group(1), day.group(2), meetingDate);
            if (found != null) {
                return found;
            }
        }
        Matcher dayFirst = DAY_FIRST_DATE.matcher(line);
        if (dayFirst.find()) {
            String found = day(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1), meetingDate);
            if (found != null) {
                return found;
            }
        }
        Matcher monthYear = MONTH_DATE.matcher(line);
        if (monthYear.find()) {
            return String.format("%s-%02d", monthYear.group(2), month(monthYear.group(1)));
        }
        return null;
    }

    /** The day as yyyy-mm-dd, in the meeting's year when none is written; null when it is no day ("May 35"). */
    private static String day(String year, String month, String day, LocalDate meetingDate) {
        if (year == null && meetingDate == null) {
            return null;
        }
        try {
            return LocalDate.of(year != null ? Integer.parseInt(year) : meetingDate.getYear(), month(month),
                    Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Series> loadSeries() {
        try (InputStream in = EventExtractor.class.getResourceAsStream("/gazetteer/events.yaml")) {
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Series> series = new ArrayList<>();
            for (Map<String, Object> entry : entries) {
                String name = (String) entry.get("name");
                List<String> names = new ArrayList<>((List<String>) entry.getOrDefault("aliases", List.of()));
                names.add(name);
                names.sort((a, b) -> b.length() - a.length());
                String alternatives = String.join("|", names.stream().map(n -> Pattern.quote(n)
                        .replace(" ", "\\E\\s+\\Q")).toList());
                series.add(new Series(name, Pattern.compile("(?<![\\w-])(?:" + alternatives + ")"
                        + "(\\s*['’]\\d{2}\\b|\\s+20\\d{2}\\b|\\d{2}\\b)?(?![\\w-])", Pattern.CASE_INSENSITIVE)));
            }
            return series;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer/events.yaml", e);
        }
    }
}
