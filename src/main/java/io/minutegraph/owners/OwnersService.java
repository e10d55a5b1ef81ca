package io.minutegraph.owners;

import io.minutegraph.extract.StageClock;
import io.minutegraph.facts.features.FeatureExtractor;
import io.minutegraph.facts.features.FeatureGazetteer;
import io.minutegraph.graph.Keys;
import io.minutegraph.store.CypherFile;
import io.minutegraph.store.GraphSessions;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * "Who owns track X", answered from the graph by the saved query {@code cypher/queries/who-owns.cypher}, which finds,
 * ranks and cites the owners. A track is matched by its name and, when it is a feature of the gazetteer or names one
 * ({@code SMP}, {@code plat rearch}), by every alias of that feature, without regard to case or diacritics: which
 * features a name names is the gazetteer's matching ({@link FeatureExtractor}), so the spellings are worked out here.
 *
 * <p>Answers are kept, each with the graph's version when it was worked out ({@link GraphSessions#version}), and
 * given again while the version is the same: on a large graph an answer reads thousands of pieces of evidence
 * (docs/PERFORMANCE.md, "Who owns"), and between two writes it cannot change.
 */
@Singleton
public class OwnersService {

    private static final CypherFile WHO_OWNS = CypherFile.load("queries/who-owns.cypher");
    private static final CypherFile TRACKS = CypherFile.load("queries/tracks.cypher");
    private static final CypherFile NAMES = CypherFile.load("queries/track-names.cypher");
    private static final CypherFile LATEST = CypherFile.load("queries/latest-meeting.cypher");
    private static final CypherFile SPELLINGS = CypherFile.load("queries/feature-spellings.cypher");
    private static final int CLOSEST = 5;
    /** Owners in an answer unless more are asked for. */
    public static final int DEFAULT_LIMIT = 20;
    /**
     * How many answers are kept, and how many owners of each: on 100 000 notes a track can have thousands of
     * candidates, so a whole answer can weigh megabytes. Asking for more owners than are kept works the answer out.
     */
    private static final int KEPT_ANSWERS = 64;
    private static final int KEPT_OWNERS = 100;
    /** Lists of tracks kept, each for a date: each list asks "who owns" about every track, so it is kept too. */
    private static final int KEPT_TRACK_LISTS = 8;

    private final GraphSessions neo4j;
    private volatile KeptFeatures features;
    private final Map<String, Kept> kept = lastUsed(KEPT_ANSWERS);
    private final Map<LocalDate, KeptTracks> keptTracks = lastUsed(KEPT_TRACK_LISTS);

    /** An answer (its first {@link #KEPT_OWNERS} owners) and the graph version it was worked out at. */
    private record Kept(String version, OwnersAnswer answer) {
    }

    public OwnersService(GraphSessions neo4j) {
        this.neo4j = neo4j;
    }

    /** A map that keeps the {@code entries} last used. */
    private static <K, V> Map<K, V> lastUsed(int entries) {
        return Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        });
    }

    /** The first {@link #DEFAULT_LIMIT} owners; see {@link #owners(String, LocalDate, int)}. */
    public OwnersAnswer owners(String track, LocalDate asOf) {
        return owners(track, asOf, DEFAULT_LIMIT);
    }

    /**
     * @param asOf  the date to answer for, or null for the newest meeting's
     * @param limit how many owners to give, the strongest first (at least 1); the answer counts them all
     * @throws UnknownTrackException when nothing matches the track
     */
    public OwnersAnswer owners(String track, LocalDate asOf, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        String asked = track == null ? "" : track.strip();
        String key = asked + "\n" + asOf;
        // Its statements read one graph, in one transaction no write ran across; kept once that is sure.
        Kept ranked = neo4j.read((tx, version) -> {
            Kept known = kept.get(key);
            if (known != null && known.version().equals(version) && limit <= KEPT_OWNERS) {
                return known;
            }
            return new Kept(version, answer(tx, version, asked, asOf));
        });
        kept.put(key, new Kept(ranked.version(), ranked.answer().first(KEPT_OWNERS)));
        return ranked.answer().first(limit);
    }

    private OwnersAnswer answer(SimpleQueryRunner tx, String version, String asked, LocalDate asOf) {
        OwnersAnswer answer = Keys.fold(asked).isEmpty() ? null
                : answers(tx, Map.of(asked, terms(tx, version, asked)), asOf).get(asked);
        if (answer == null) {
            throw new UnknownTrackException(asked, closest(tx, asked));
        }
        return answer;
    }

    /**
     * Each track the notes speak of up to a date ({@code cypher/queries/tracks.cypher}), with the owners "who owns"
     * calls current, in its order: every track asked about in one statement. Kept, as answers are, until the graph
     * changes.
     */
    public List<TrackOwners> tracks(LocalDate asOf) {
        KeptTracks listed = neo4j.read((tx, version) -> {
            KeptTracks known = keptTracks.get(asOf);
            if (known != null && known.version().equals(version)) {
                return known;
            }
            List<Record> tracks = tx.run(TRACKS.text(), Map.of("asOf", asOf.toString())).list();
            Map<String, List<String>> questions = new LinkedHashMap<>();
            for (Record t : tracks) {
                questions.put(t.get("name").asString(), terms(tx, version, t.get("name").asString()));
            }
            Map<String, OwnersAnswer> answers = answers(tx, questions, asOf);
            List<TrackOwners> owned = tracks.stream().map(t -> {
                OwnersAnswer answer = answers.get(t.get("name").asString());
                List<TrackOwners.CurrentOwner> current = answer == null ? List.of() : answer.owners().stream()
                        .filter(OwnersAnswer.Owner::current)
                        .map(o -> new TrackOwners.CurrentOwner(o.person().id(), o.person().name(), o.role()))
                        .toList();
                return new TrackOwners(t.get("id").asString(), t.get("name").asString(), current,
                        t.get("lastActivity").asString());
            }).toList();
            return new KeptTracks(version, owned);
        });
        keptTracks.put(asOf, listed);
        return listed.tracks();
    }

    private record KeptTracks(String version, List<TrackOwners> tracks) {
    }

    /** The answers of {@code cypher/queries/who-owns.cypher} to several tracks, each with its spellings. */
    private Map<String, OwnersAnswer> answers(SimpleQueryRunner tx, Map<String, List<String>> terms, LocalDate asOf) {
        List<Map<String, Object>> tracks = terms.entrySet().stream()
                .map(e -> Map.<String, Object>of("track", e.getKey(), "terms", e.getValue())).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("tracks", tracks);
        params.put("asOf", asOf == null ? null : asOf.toString());
        return RankedOwners.answers(terms, tx.run(WHO_OWNS.text(), params).list());
    }

    /**
     * The spellings a track is matched by, lower-cased, folded and hyphenated: its own, and every alias of the
     * features it names ("plat rearch" → plat re-arch, plat-re-arch, platform re-architecture, ...).
     */
    public List<String> terms(String track) {
        return neo4j.read((tx, version) -> terms(tx, version, track));
    }

    private List<String> terms(SimpleQueryRunner tx, String version, String track) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(track);
        FeatureExtractor features = gazetteer(tx, version);
        for (String feature : features.namesIn(track)) {
            spellings.addAll(features.spellings(feature));
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String s : spellings) {
            for (String term : List.of(s.toLowerCase(Locale.ROOT), Keys.fold(s), Keys.slug(s))) {
                if (term.length() >= 2) {
                    terms.add(term);
                }
            }
        }
        return List.copyOf(terms);
    }

    /** The newest meeting's date: what answers are "as of" by default. */
    public LocalDate latestMeeting() {
        Value latest = neo4j.query(LATEST.text(), Map.of()).get(0).get("latest");
        return latest.isNull() ? LocalDate.now() : LocalDate.parse(latest.asString());
    }

    /** The names the graph knows that are closest to what was asked: containing it, then fewest edits away. */
    private List<String> closest(SimpleQueryRunner tx, String asked) {
        String folded = Keys.fold(asked);
        List<String> names = tx.run(NAMES.text(), Map.of()).list().stream()
                .map(r -> r.get("name").asString()).toList();
        Map<String, String> byFold = new LinkedHashMap<>();
        names.forEach(n -> byFold.putIfAbsent(Keys.fold(n), n));
        return byFold.values().stream()
                .sorted(Comparator.comparing((String n) -> !Keys.fold(n).contains(folded) || folded.isEmpty())
                        .thenComparingInt(n -> Keys.distance(Keys.fold(n), folded)).thenComparing(n -> n))
                .limit(CLOSEST).toList();
    }

    /**
     * The features the graph knows with their spellings, as a matcher; made again when the graph has changed, since
     * an ingest may bring features or a gazetteer that writes them otherwise. One made while a write ran is kept
     * under the version from before it, which no question reads once the write is over.
     */
    private FeatureExtractor gazetteer(SimpleQueryRunner tx, String version) {
        KeptFeatures known = features;
        if (known != null && known.version().equals(version)) {
            return known.features();
        }
        List<FeatureGazetteer.Entry> entries = tx.run(SPELLINGS.text(), Map.of()).list().stream()
                .map(r -> new FeatureGazetteer.Entry(r.get("name").asString(), r.get("kind").asString(null),
                        r.get("spellings").asList(Value::asString)))
                .toList();
        FeatureExtractor matcher = new FeatureExtractor(new FeatureGazetteer(entries), new StageClock());
        features = new KeptFeatures(version, matcher);
        return matcher;
    }

    private record KeptFeatures(String version, FeatureExtractor features) {
    }
}
