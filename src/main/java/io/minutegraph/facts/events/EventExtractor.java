package io.minutegraph.facts.events;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.graph.Provenance;
import io.minutegraph.nlp.DateAndPlaceFinder;
import io.minutegraph.nlp.DatesAndPlaces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Events a note speaks of, one per edition: series from a gazetteer ({@code gazetteer/events.yaml}: FOSDEM'23,
 * GSoC22, Google Summer of Code 2023) and hackathons by pattern ({@code Zagreb Hackathon - April 2024},
 * {@code binary compat hackathon}, {@code hackathon at Aveiro, Portugal}, {@code Hackathon, Saturday, January 14,
 * 2023}). Dates on an event's line are read by SUTime against the meeting's date ("next Saturday"), by pattern where
 * SUTime finds none; places by the pattern ("at Aveiro") or CoreNLP's NER ("Xen Summit in Prague"). The edition is
 * the year written with the name, else the year of the date, else a year on the line, else the meeting's.
 */
public final class EventExtractor implements Annotator {

    public static final Layer<List<EventMention>> EVENTS = new Layer<>("events");

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
    private static final Pattern SERIES_HACKATHON = Pattern.compile("\\s*[Hh]ackathon\\b");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(won'?t|will not|not be|no|cancel\\w*|postpone\\w*)\\b");
    private static final Pattern WEEKDAY_SET = Pattern.compile("(?i)\\b(on|next|this|coming)\\s+(monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday)\\b");
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
    private final DateAndPlaceFinder nlp;

    /** @param month the month the event takes place each year, or 0 when it varies or is not known */
    private record Series(String name, Pattern pattern, int month) {
    }

    /**
     * An event found on a line, before its date and place are read.
     *
     * @param suffix   the edition as written with the name ('23, 2024), or null
     * @param place    a place the pattern itself names ("hackathon at Aveiro"), or null
     * @param needsDay an unnamed hackathon: it counts only where the line sets a day
     */
    private record Pending(String name, String suffix, String place, boolean needsDay, int line, String text,
                           Series series) {
    }

    /** With dates and places read by CoreNLP's shared pipeline, loaded when a note first names an event. */
    public EventExtractor() {
        this(DateAndPlaceFinder.shared());
    }

    public EventExtractor(DateAndPlaceFinder nlp) {
        this.series = loadSeries();
        this.nlp = nlp;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(EVENTS);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(EVENTS, extract(note, note.get(Layers.DATE).date()));
    }

    List<EventMention> extract(NoteDocument note, LocalDate meetingDate) {
        List<Pending> pending = new ArrayList<>();
        boolean hackathonList = false;
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            String line = note.line(n);
            Matcher place = LIST_PLACE.matcher(line);
            if (hackathonList && place.find()) {
                pending.add(new Pending(place.group(1) + " hackathon", null, place.group(1), false, n, line, null));
                continue;
            }
            hackathonList = HACKATHON_LIST.matcher(line).find()
                    || hackathonList && !line.isBlank() && LIST_PLACE.matcher(line).find();
            boolean seriesHackathon = false;
            for (Series s : series) {
                Matcher m = s.pattern.matcher(line);
                while (m.find()) {
                    // "the USoC'23 hackathon" is one event, the series' hackathon.
                    boolean hackathon = SERIES_HACKATHON.matcher(line).region(m.end(), line.length()).lookingAt();
                    seriesHackathon |= hackathon;
                    pending.add(new Pending(hackathon ? s.name + " hackathon" : s.name, m.group(1), null, false, n,
                            line, s));
                }
            }
            Optional<Hackathon> hackathon = seriesHackathon ? Optional.empty() : hackathon(line);
            if (hackathon.isPresent()) {
                Hackathon h = hackathon.get();
                pending.add(new Pending(h.name, null, h.place, h.needsDay, n, line, null));
            }
        }
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> lines = new TreeMap<>();
        pending.forEach(p -> lines.put(p.line, p.text));
        Map<Integer, DatesAndPlaces.Found> read = nlp.read(lines, meetingDate);
        Map<String, EventMention> first = new LinkedHashMap<>();
        for (Pending p : pending) {
            DatesAndPlaces.Found found = read.getOrDefault(p.line, DatesAndPlaces.Found.NOTHING);
            String date = date(found, date(p.text, meetingDate));
            if (p.needsDay && !setsADay(p.text, date)) {
                continue;
            }
            String place = p.place != null ? p.place : found.places().stream()
                    .filter(where -> !p.name.toLowerCase(Locale.ROOT).contains(where.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            String edition = p.suffix == null && date == null && p.series != null
                    ? seriesEdition(p, pending, meetingDate) : edition(p.suffix, p.text, date, meetingDate);
            first.putIfAbsent(p.name.toLowerCase(Locale.ROOT) + "|" + edition, new EventMention(p.name, edition, date,
                    place, new Provenance(note.source(), p.line, p.text.strip())));
        }
        return new ArrayList<>(first.values());
    }

    /**
     * The date SUTime reads on the line, else the one the patterns read: SUTime knows "next Saturday" and
     * "late July 2023"; a pattern's day stands where SUTime found only its month.
     */
    private static String date(DatesAndPlaces.Found found, String byPattern) {
        // A year alone is no date: SUTime reads FOSDEM'23's '23 as one.
        String bySutime = found.dates().stream().filter(d -> d.length() >= 7).findFirst().orElse(null);
        if (bySutime == null) {
            return byPattern;
        }
        return byPattern != null && byPattern.length() > bySutime.length() && byPattern.startsWith(bySutime)
                ? byPattern : bySutime;
    }

    /**
     * Whether an unnamed hackathon's line sets a day for it: a day is read, written out ("January 14") or as a
     * weekday it is on ("on Saturday", "next Saturday"), and the line does not say there will be none. "Saturday
     * hackathon to include porting work" names a habit, not a day.
     */
    private static boolean setsADay(String line, String date) {
        return date != null && date.length() == 10 && !NEGATED.matcher(line).find()
                && (DAY_DATE.matcher(line).find() || DAY_FIRST_DATE.matcher(line).find()
                        || WEEKDAY_SET.matcher(line).find());
    }

    /**
     * The edition of a series mention with no year and no date: the one edition other mentions of the series in the
     * note give ("FOSDEM takes place on February 3-4, 2024" ... "Announce FOSDEM items"), else, for a yearly event,
     * the next edition once its month is more than a month past, else the meeting's year.
     */
    private static String seriesEdition(Pending mention, List<Pending> all, LocalDate meetingDate) {
        Set<String> given = new TreeSet<>();
        for (Pending other : all) {
            if (other.series == mention.series && other.suffix != null) {
                given.add(edition(other.suffix, other.text, null, meetingDate));
            }
        }
        if (given.size() == 1) {
            return given.iterator().next();
        }
        if (meetingDate != null && mention.series.month > 0 && meetingDate.getMonthValue() > mention.series.month + 1) {
            return String.valueOf(meetingDate.getYear() + 1);
        }
        return edition(null, mention.text, null, meetingDate);
    }

    private record Hackathon(String name, String place, boolean needsDay) {
    }

    /** The hackathon a line names: by place ("at Aveiro"), by name or topic ("Lyon", "binary compat"), or unnamed. */
    private static Optional<Hackathon> hackathon(String line) {
        if (!HACKATHON.matcher(line).find()) {
            return Optional.empty();
        }
        Matcher at = HACKATHON_AT.matcher(line);
        if (at.find() && !NOT_A_NAME.contains(at.group(1).split(",")[0].strip().toLowerCase(Locale.ROOT))) {
            String place = at.group(1);
            String town = place.split(",")[0].strip();
            return Optional.of(new Hackathon(town + " hackathon", place, false));
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
                String name = String.join(" ", Arrays.copyOfRange(words, start, words.length));
                return Optional.of(new Hackathon(name + " hackathon", null, false));
            }
        }
        // "Hackathon, Saturday, January 14, 2023": unnamed, but a day is set.
        return Optional.of(new Hackathon("Hackathon", null, true));
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
                int month = entry.get("month") instanceof Integer m ? m : 0;
                series.add(new Series(name, Pattern.compile("(?<![\\w-])(?:" + alternatives + ")"
                        + "(\\s*['’]\\d{2}\\b|\\s+20\\d{2}\\b|\\d{2}\\b)?(?![\\w-])", Pattern.CASE_INSENSITIVE), month));
            }
            return series;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer/events.yaml", e);
        }
    }
}
