package io.minutegraph.facts.releaseplans;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.facts.features.FeatureExtractor;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.facts.releases.ReleaseMention;
import io.minutegraph.facts.releaseschedules.ReleaseSchedule;
import io.minutegraph.graph.Provenance;
import io.minutegraph.nlp.DateAndPlaceFinder;
import io.minutegraph.nlp.DatesAndPlaces;
import io.minutegraph.notes.Block;
import io.minutegraph.notes.Heading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a note plans for a release and when it says the release will be:
 * <ul>
 *   <li>a line that plans for one release and names features ({@code For the 0.9 release we will have SMP
 *   support}), those features;</li>
 *   <li>the list items under a heading that names one release ({@code ### 0.17}, {@code ### Plans for Release 0.13},
 *   {@code ### Release 1.0 items}), each a planned item, with the features it names;</li>
 *   <li>a date on a line that names one release, or stands in such a section, and says it is planned
 *   ({@code Release 0.13 will happen on Monday, May 1, 2023}, {@code release 0.14 - late July 2023},
 *   {@code Scheduled for Monday, January 23, 2023.} under {@code ### 0.12 Release}), read by SUTime against the
 *   meeting's date. A feature freeze's date is not the release's.</li>
 * </ul>
 */
public final class ReleasePlanExtractor implements Annotator {

    /** Items planned for releases. */
    public static final Layer<List<ReleasePlan>> PLANS = new Layer<>("release plans");
    /** Dates given for releases. */
    public static final Layer<List<ReleaseSchedule>> SCHEDULES = new Layer<>("release schedules");

    /** A heading about what came after a release plans nothing for it: "Post 0.8 release". */
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(post|after|since)\\b");
    private static final Pattern SCHEDULE_CUE = Pattern.compile("(?i)\\b(planned|scheduled|will happen|to happen"
            + "|happens|due|targeted|target|deadline|expected|release date|to be released|will be released"
            + "|released on|release on)\\b|\\d\\s*(?:release\\s*)?[-–(]");
    /** A line planning for a release: "for the 0.9 release", "0.10 release will be", "in release 0.13", "towards 1.0". */
    private static final Pattern INLINE_PLAN = Pattern.compile("(?i)\\b(?:for|in|into|towards|until|target(?:ing)?)"
            + "\\s+(?:the\\s+)?(?:next\\s+)?(?:release\\s+)?v?\\d+\\.\\d+|\\d+\\.\\d+(?:\\.\\d+)?\\s+release\\s+will\\b"
            + "|\\brelease\\s+v?\\d+\\.\\d+(?:\\.\\d+)?\\s+will\\s+(?:have|include|bring|focus|be)\\b");
    private static final Pattern NOT_THE_RELEASE = Pattern.compile("(?i)\\bfreeze\\b");

    private final FeatureExtractor features;
    private final DateAndPlaceFinder nlp;

    public ReleasePlanExtractor(FeatureExtractor features, DateAndPlaceFinder nlp) {
        this.features = features;
        this.nlp = nlp;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE, ReleaseExtractor.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PLANS, SCHEDULES);
    }

    @Override
    public void annotate(NoteDocument note) {
        Map<Integer, List<ReleaseMention>> byLine = new HashMap<>();
        for (ReleaseMention m : note.get(ReleaseExtractor.MENTIONS)) {
            byLine.computeIfAbsent(m.provenance().line(), k -> new ArrayList<>()).add(m);
        }
        if (byLine.isEmpty()) {
            note.put(PLANS, List.of());
            note.put(SCHEDULES, List.of());
            return;
        }
        // The file's headings, which blocks' section numbers index.
        List<Heading> headings = note.note().outline().headings();
        Map<Integer, ReleaseMention> sections = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            ReleaseMention one = onlyRelease(byLine.get(headings.get(i).line()));
            if (one != null && !AFTER.matcher(headings.get(i).text()).find()) {
                sections.put(i, one);
            }
        }
        note.put(PLANS, plans(note, headings, sections, byLine));
        note.put(SCHEDULES, schedules(note, note.get(Layers.DATE).date(), headings, byLine, sections));
    }

    private List<ReleasePlan> plans(NoteDocument note, List<Heading> headings, Map<Integer, ReleaseMention> sections,
                                    Map<Integer, List<ReleaseMention>> byLine) {
        List<ReleasePlan> plans = new ArrayList<>();
        // A line that plans for one release ("For the 0.9 release we will have SMP support", "0.10 release will be
        // application support: musl, clone syscall, ...") plans the features it names.
        new TreeMap<>(byLine).forEach((n, onLine) -> {
            ReleaseMention release = onlyRelease(onLine);
            String line = note.line(n).strip();
            if (release != null && INLINE_PLAN.matcher(line).find() && !isHeading(headings, n)) {
                List<String> named = features.namesIn(line);
                if (!named.isEmpty()) {
                    plans.add(new ReleasePlan(release.product(), release.version(), line, named,
                            provenance(note, n)));
                }
            }
        });
        for (Block block : note.blocks()) {
            String item = block.text().strip();
            ReleaseMention release = sectionRelease(headings, sections, block.section());
            boolean planned = plans.stream().anyMatch(p -> p.provenance().line() == block.line());
            if (release == null || block.kind() != Block.Kind.LIST_ITEM || item.isEmpty() || item.endsWith("?")
                    || planned) {
                continue;
            }
            plans.add(new ReleasePlan(release.product(), release.version(), item, features.namesIn(item),
                    provenance(note, block.line())));
        }
        return plans;
    }

    private List<ReleaseSchedule> schedules(NoteDocument note, LocalDate meetingDate, List<Heading> headings,
                                            Map<Integer, List<ReleaseMention>> byLine,
                                            Map<Integer, ReleaseMention> sections) {
        Map<Integer, ReleaseMention> about = new TreeMap<>();
        int section = -1;
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            while (section + 1 < headings.size() && headings.get(section + 1).line() <= n) {
                section++;
            }
            String line = note.line(n);
            List<ReleaseMention> here = byLine.get(n);
            ReleaseMention release = here != null ? onlyRelease(here) : sectionRelease(headings, sections, section);
            if (release != null && SCHEDULE_CUE.matcher(line).find() && !NOT_THE_RELEASE.matcher(line).find()) {
                about.put(n, release);
            }
        }
        if (about.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> lines = new LinkedHashMap<>();
        about.keySet().forEach(n -> lines.put(n, note.line(n)));
        Map<Integer, DatesAndPlaces.Found> read = nlp.read(lines, meetingDate);
        List<ReleaseSchedule> schedules = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        about.forEach((n, release) -> {
            // The date after the version, where the line names it: "Next meeting: Monday, May 22 ... (up until
            // Release 1.0 - late January 2024)" dates the release January; "will happen after 0.9" dates nothing.
            int column = Math.max(0, note.line(n).indexOf(release.version()));
            List<String> dates = read.getOrDefault(n, DatesAndPlaces.Found.NOTHING).datesFrom(column).stream()
                    .filter(d -> d.length() >= 7).toList();
            if (!dates.isEmpty() && seen.add(release.product() + ":" + release.version() + "@" + dates.get(0))) {
                schedules.add(new ReleaseSchedule(release.product(), release.version(), dates.get(0),
                        provenance(note, n)));
            }
        });
        return schedules;
    }

    /** The release a section is about: its heading's, or the nearest enclosing heading's that names one. */
    private static ReleaseMention sectionRelease(List<Heading> headings, Map<Integer, ReleaseMention> sections,
                                                 int section) {
        if (section < 0) {
            return null;
        }
        int level = headings.get(section).level() + 1;
        for (int i = section; i >= 0; i--) {
            if (headings.get(i).level() < level) {
                if (sections.containsKey(i)) {
                    return sections.get(i);
                }
                level = headings.get(i).level();
            }
        }
        return null;
    }

    private static boolean isHeading(List<Heading> headings, int line) {
        return headings.stream().anyMatch(h -> h.line() == line);
    }

    /** The one release a line names, or null for none or several ("release 0.16 will be 1.0"). */
    private static ReleaseMention onlyRelease(List<ReleaseMention> onLine) {
        if (onLine == null) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>();
        onLine.forEach(m -> distinct.add(m.product() + ":" + m.version()));
        return distinct.size() == 1 ? onLine.get(0) : null;
    }

    private static Provenance provenance(NoteDocument note, int line) {
        return new Provenance(note.source(), line, note.line(line).strip());
    }
}
