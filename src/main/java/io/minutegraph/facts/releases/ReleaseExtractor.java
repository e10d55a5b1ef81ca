package io.minutegraph.facts.releases;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.Layers;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.graph.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Releases a note mentions, each once with the line it first appears on. A version counts when its own context
 * says release (see {@link VersionMentions}), or when its context is weak ({@code moved to 0.15}) and the folder
 * speaks of that version as a release elsewhere: which versions are releases is learnt from the notes, not listed.
 */
public final class ReleaseExtractor implements Annotator {

    /** Every mention of a release, line by line: a release may be named on many lines. */
    public static final Layer<List<ReleaseMention>> MENTIONS = new Layer<>("release mentions");
    /** Each release once, at its first mention. */
    public static final Layer<List<ReleaseMention>> RELEASES = new Layer<>("releases");

    /**
     * Versions spoken of as releases somewhere in a folder, per product ({@code unikraft:0.12}), each with the date
     * it was first spoken of so.
     */
    public static final class KnownReleases {
        private final Map<String, LocalDate> firstSpoken = new HashMap<>();

        /** Adds what {@link #spokenIn} found in a note. */
        public void learn(Map<String, LocalDate> spoken) {
            spoken.forEach((release, date) -> firstSpoken.merge(release, date, (a, b) -> a.isBefore(b) ? a : b));
        }

        /** The versions a note speaks of as releases in strong context ({@code product:version}), at its date. */
        public static Map<String, LocalDate> spokenIn(NoteDocument note) {
            LocalDate date = note.get(Layers.DATE).date();
            String product = defaultProduct(note);
            Map<String, LocalDate> spoken = new HashMap<>();
            for (int n = note.firstLine(); n <= note.lastLine(); n++) {
                for (VersionMentions.Mention m : VersionMentions.find(note.line(n), product)) {
                    if (m.isProjectRelease() && m.context() == VersionMentions.Context.STRONG) {
                        spoken.put(m.product() + ":" + m.version(), date);
                    }
                }
            }
            return spoken;
        }

        /** Every release known, as {@code product:version}. */
        public Set<String> versions() {
            return Set.copyOf(firstSpoken.keySet());
        }

        boolean contains(String product, String version) {
            return firstSpoken.containsKey(product + ":" + version);
        }

        /**
         * Whether a higher version of the product, same major, was already spoken of as a release well before
         * {@code date}: releases only go up, so a lower number then is not this product's release.
         */
        boolean superseded(String product, String version, LocalDate date) {
            if (date == null) {
                return false;
            }
            for (Map.Entry<String, LocalDate> e : firstSpoken.entrySet()) {
                String[] key = e.getKey().split(":", 2);
                // Within one major version only: a 1.0 planned long ahead says nothing about 0.16.
                if (key[0].equals(product) && major(key[1]) == major(version) && compare(key[1], version) > 0
                        && e.getValue().isBefore(date.minusDays(SUPERSEDED_AFTER_DAYS))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How long before a note a higher version must have been spoken of for a lower one to be out of place. */
    private static final long SUPERSEDED_AFTER_DAYS = 180;

    private final KnownReleases known;

    public ReleaseExtractor(KnownReleases known) {
        this.known = known;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DATE, Layers.TEAMS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(MENTIONS, RELEASES);
    }

    @Override
    public void annotate(NoteDocument note) {
        List<ReleaseMention> every = everyMention(note);
        note.put(MENTIONS, every);
        note.put(RELEASES, firstOfEach(every));
    }

    /** Each release once, at the first of its mentions. */
    static List<ReleaseMention> firstOfEach(List<ReleaseMention> mentions) {
        Map<String, ReleaseMention> first = new LinkedHashMap<>();
        for (ReleaseMention m : mentions) {
            first.putIfAbsent(m.product() + ":" + m.version(), m);
        }
        return new ArrayList<>(first.values());
    }

    /** Every mention of a release in the note's body, line by line, in order: a release may be named on many lines. */
    List<ReleaseMention> everyMention(NoteDocument note) {
        List<ReleaseMention> found = new ArrayList<>();
        String product = defaultProduct(note);
        LocalDate date = note.get(Layers.DATE).date();
        boolean toolTeam = note.get(Layers.TEAMS).stream().anyMatch(t -> t.team().contains("kraft"));
        for (int n = note.firstLine(); n <= note.lastLine(); n++) {
            for (VersionMentions.Mention m : VersionMentions.find(note.line(n), product)) {
                boolean release = m.isProjectRelease() && (m.context() == VersionMentions.Context.STRONG
                        || m.context() == VersionMentions.Context.WEAK && known.contains(m.product(), m.version()));
                if (!release) {
                    continue;
                }
                String owner = m.product();
                if (owner.equals(VersionMentions.PROJECT) && known.superseded(owner, m.version(), date)) {
                    // Not Unikraft's release at this date: the tool's, in its team's notes; else nobody's.
                    if (!toolTeam || known.superseded(VersionMentions.KRAFTKIT, m.version(), date)) {
                        continue;
                    }
                    owner = VersionMentions.KRAFTKIT;
                }
                found.add(new ReleaseMention(owner, m.version(), new Provenance(note.source(), n,
                        note.line(n).strip())));
            }
        }
        return found;
    }

    private static int major(String version) {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** Compares versions by their numbers: 0.9 before 0.10 before 0.16.3 before 1.0. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int diff = Integer.compare(i < x.length ? Integer.parseInt(x[i]) : 0,
                    i < y.length ? Integer.parseInt(y[i]) : 0);
            if (diff != 0) {
                return diff;
            }
        }
        return 0;
    }

    /** A team named after KraftKit ("kraftkit team") speaks of KraftKit's versions unless it names Unikraft. */
    static String defaultProduct(NoteDocument note) {
        return note.get(Layers.TEAMS).stream().anyMatch(t -> t.team().contains(VersionMentions.KRAFTKIT))
                ? VersionMentions.KRAFTKIT : VersionMentions.PROJECT;
    }
}
