package io.minutegraph.facts.releaseschedules;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.facts.releases.ReleaseMention;
import io.minutegraph.facts.releases.ReleaseSections;
import io.minutegraph.graph.Provenance;
import io.minutegraph.nlp.DateAndPlaceFinder;
import io.minutegraph.nlp.DatesAndPlaces;
import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * When a note says a release will be: a date on a line that names one release, or stands in such a section, and
 * says it is planned ({@code Release 0.13 will happen on Monday, May 1, 2023}, {@code release 0.14 - late July 2023},
 * {@code Scheduled for Monday, January 23, 2023.} under {@code ### 0.12 Release}), read by SUTime against the
 * meeting's date. A feature freeze's date is not the release's.
 */
public final class ReleaseScheduleExtractor implements Annotator {

    /** Dates given for releases. */
    public static final Layer<List<ReleaseSchedule>> SCHEDULES = new Layer<>("release schedules");

    private static final Pattern SCHEDULE_CUE = Pattern.compile("(?i)\\b(planned|scheduled|will happen|to happen"
            + "|happens|due|targeted|target|deadline|expected|release date|to be released|will be released"
            + "|released on|release on)\\b|\\d\\s*(?:release\\s*)?[-–(]");
    private static final Pattern NOT_THE_RELEASE = Pattern.compile("(?i)\\bfreeze\\b");

    private final DateAndPlaceFinder nlp;

    public ReleaseScheduleExtractor(DateAndPlaceFinder nlp) {
        this.nlp = nlp;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE, ReleaseExtractor.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(SCHEDULES);
    }

    @Override
    public void annotate(NoteDocument note) {
        ReleaseSections releases = ReleaseSections.of(note);
        note.put(SCHEDULES, releases.isEmpty() ? List.of() : schedules(note, releases));
    }

    private List<ReleaseSchedule> schedules(NoteDocument note, ReleaseSections releases) {
        List<Heading> headings = releases.headings();
        Map<Integer, ReleaseMention> about = new TreeMap<>();
        int section = -1;
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            while (section + 1 < headings.size() && headings.get(section + 1).line() <= n) {
                section++;
            }
            String line = note.line(n);
            ReleaseMention release = releases.names(n) ? releases.onLine(n) : releases.ofSection(section);
            if (release != null && SCHEDULE_CUE.matcher(line).find() && !NOT_THE_RELEASE.matcher(line).find()) {
                about.put(n, release);
            }
        }
        if (about.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> lines = new LinkedHashMap<>();
        about.keySet().forEach(n -> lines.put(n, note.line(n)));
        Map<Integer, DatesAndPlaces.Found> read = nlp.read(lines, note.get(Layers.DATE).date());
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
                        new Provenance(note.source(), n, note.line(n).strip())));
            }
        });
        return schedules;
    }
}
