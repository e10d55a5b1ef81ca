package io.minutegraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dates and places in chosen lines of a note, by CoreNLP: SUTime normalises dates against the meeting's date
 * ("next Monday", "Saturday, January 14, 2023", "late July 2023"), the 3-class NER model finds locations.
 *
 * <p>The pipeline is {@code tokenize,ssplit,pos,lemma,ner} with the 3-class model, no fine-grained or extra
 * RegexNER, SUTime on without its holiday rules (they need JAXB). It loads once per process, on first use (its
 * models are large), and is shared: CoreNLP annotates separate documents concurrently. Callers pass only the lines
 * that can hold what they look for (an event's line, a release's), and of those only lines with a month, weekday,
 * relative time word, a number like a date or a capitalised word after "in"/"at"/"to" are annotated: its cost
 * follows those lines, not the notes' length.
 */
public final class DatesAndPlaces {

    /**
     * What one line holds.
     *
     * @param dates       normalised dates in written order: {@code 2023-01-14}, {@code 2023-07} or {@code 2023}
     * @param dateColumns where each date starts on its line
     * @param places      locations as written
     */
    public record Found(List<String> dates, List<Integer> dateColumns, List<String> places) {
        public static final Found NOTHING = new Found(List.of(), List.of(), List.of());

        /** The dates written at or after a column of the line ("release 0.14 - late July 2023" after "0.14"). */
        public List<String> datesFrom(int column) {
            List<String> after = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                if (dateColumns.get(i) >= column) {
                    after.add(dates.get(i));
                }
            }
            return after;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DatesAndPlaces.class);
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** SUTime may read a year it is not given far off ("FOSDEM'24" as 1924): only dates near the meeting count. */
    private static final int YEARS_AROUND = 3;
    /** Initials and short capitals ("SK", "CC") the model takes for places. */
    private static final Pattern NOT_A_PLACE = Pattern.compile("\\p{Lu}{1,3}|.*\\d.*");

    /**
     * What a line needs to hold for CoreNLP to find a date or a place in it: a month, a weekday, a word of relative
     * time, a date in digits, or a capitalised word after "in", "at" or "to". Other lines are not annotated.
     */
    private static final Pattern WORTH_READING = Pattern.compile("(?i:\\b(january|february|march|april|june|july"
            + "|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|week"
            + "|weekend|month|year|spring|summer|autumn|winter|quarter)\\b|\\b\\d{1,2}(st|nd|rd|th)\\b|\\b20\\d{2}\\b"
            + "|\\b\\d{1,2}[./-]\\d{1,2}\\b)|\\bMay\\b|\\b(in|at|to)\\s+\\p{Lu}");

    private static final int LINES_KEPT = 20_000;

    private static volatile DatesAndPlaces shared;

    private final StanfordCoreNLP pipeline;
    /**
     * What lines read before held, by meeting date and text, the most recent {@value #LINES_KEPT}: a note edited in a
     * watched folder is read again whole, but only its changed lines need CoreNLP.
     */
    private final Map<String, Found> readBefore = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Found> eldest) {
                    return size() > LINES_KEPT;
                }
            });

    private DatesAndPlaces() {
        long start = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
                + "edu/stanford/nlp/models/sutime/english.sutime.txt");
        props.setProperty("sutime.binders", "0");
        this.pipeline = new StanfordCoreNLP(props);
        LOG.info("CoreNLP dates and places pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** The one pipeline of this process, loaded on first call. */
    public static DatesAndPlaces shared() {
        DatesAndPlaces local = shared;
        if (local == null) {
            synchronized (DatesAndPlaces.class) {
                local = shared;
                if (local == null) {
                    local = new DatesAndPlaces();
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * Reads the given lines (line number → text) as one document dated {@code meetingDate}; returns what each line
     * holds, for every line given.
     */
    public Map<Integer, Found> read(Map<Integer, String> lines, LocalDate meetingDate) {
        Map<Integer, Found> found = new LinkedHashMap<>();
        if (lines.isEmpty()) {
            return found;
        }
        StringBuilder text = new StringBuilder();
        NavigableMap<Integer, Integer> lineAt = new TreeMap<>();
        lines.forEach((number, line) -> {
            found.put(number, Found.NOTHING);
            if (WORTH_READING.matcher(line).find()) {
                Found known = readBefore.get(key(line, meetingDate));
                if (known != null) {
                    found.put(number, known);
                } else {
                    lineAt.put(text.length(), number);
                    found.put(number, new Found(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                    text.append(line.replace('\n', ' ')).append('\n');
                }
            }
        });
        if (lineAt.isEmpty()) {
            return found;
        }
        CoreDocument doc = new CoreDocument(text.toString());
        if (meetingDate != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, meetingDate.toString());
        }
        pipeline.annotate(doc);
        for (CoreEntityMention mention : doc.entityMentions()) {
            Map.Entry<Integer, Integer> start = lineAt.floorEntry(mention.charOffsets().first());
            Found line = found.get(start.getValue());
            switch (mention.entityType()) {
                case "DATE" -> {
                    String value = mention.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    if (value != null && CALENDAR.matcher(value).matches() && near(value, meetingDate)) {
                        line.dates().add(value);
                        line.dateColumns().add(mention.charOffsets().first() - start.getKey());
                    }
                }
                case "LOCATION" -> {
                    if (!NOT_A_PLACE.matcher(mention.text()).matches()) {
                        line.places().add(mention.text());
                    }
                }
                default -> {
                }
            }
        }
        found.replaceAll((n, f) -> f.dates().isEmpty() && f.places().isEmpty() ? Found.NOTHING
                : new Found(List.copyOf(f.dates()), List.copyOf(f.dateColumns()), List.copyOf(f.places())));
        for (int number : lineAt.values()) {
            readBefore.put(key(lines.get(number), meetingDate), found.get(number));
        }
        return found;
    }

    /** Forgets what lines read before held, so that the next reads run CoreNLP (for tests). */
    void forget() {
        readBefore.clear();
    }

    /** A line is read the same whatever lines come with it: each is its own sentence, dated by the meeting only. */
    private static String key(String line, LocalDate meetingDate) {
        return meetingDate + "\n" + line;
    }

    private static boolean near(String date, LocalDate meetingDate) {
        int year = Integer.parseInt(date.substring(0, 4));
        return meetingDate == null ? year >= 2000 : Math.abs(year - meetingDate.getYear()) <= YEARS_AROUND;
    }
}
