package io.minutegraph.owners;

import io.minutegraph.extract.StageClock;
import io.minutegraph.facts.features.FeatureExtractor;
import io.minutegraph.facts.features.FeatureGazetteer;
import io.minutegraph.graph.Keys;
import io.minutegraph.store.CypherFile;
import io.minutegraph.store.Neo4jConnection;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.neo4j.driver.Value;

/**
 * "Who owns track X", answered from the graph with the saved queries of {@code cypher/queries/} and ranked by
 * {@link OwnersRanking}. A track is matched by its name and, when it is a feature of the gazetteer or names one
 * ({@code SMP}, {@code plat rearch}), by every alias of that feature, without regard to case or diacritics.
 *
 * <p>Answers are kept, each with the graph's version when it was worked out ({@link Neo4jConnection#version}), and
 * given again while the version is the same: on a large graph an answer reads thousands of pieces of evidence
 * (docs/PERFORMANCE.md, "Who owns"), and between two writes it cannot change.
 */
@Singleton
public class OwnersService {

    private static final CypherFile EVIDENCE = CypherFile.load("queries/owners-evidence.cypher");
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

    private final Neo4jConnection neo4j;
    private volatile KeptFeatures features;
    private final Map<String, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT_ANSWERS;
        }
    });

    /** An answer (its first {@link #KEPT_OWNERS} owners) and the graph version it was worked out at. */
    private record Kept(String version, OwnersAnswer answer) {
    }

    public OwnersService(Neo4jConnection neo4j) {
        this.neo4j = neo4j;
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
        // Its statements read one graph: no note is written between them. The version is read first, so an answer
        // is never kept under a newer version than the graph it was read from.
        OwnersAnswer ranked = neo4j.reading(() -> {
            String version = neo4j.version();
            Kept known = kept.get(key);
            if (known != null && known.version().equals(version) && limit <= KEPT_OWNERS) {
                return known.answer();
            }
            OwnersAnswer answer = answer(asked, asOf);
            kept.put(key, new Kept(version, answer.first(KEPT_OWNERS)));
            return answer;
        });
        return ranked.first(limit);
    }

    private OwnersAnswer answer(String asked, LocalDate asOf) {
        if (Keys.fold(asked).isEmpty()) {
            throw new UnknownTrackException(asked, closest(asked));
        }
        List<String> terms = terms(asked);
        // One statement: the date (the newest meeting's when none is asked), the evidence and when each person was
        // last seen come back in one round trip.
        Map<String, Object> params = new HashMap<>();
        params.put("terms", terms);
        params.put("asOf", asOf == null ? null : asOf.toString());
        List<Record> records = neo4j.query(EVIDENCE.text(), params);
        List<OwnersRanking.Row> rows = new ArrayList<>();
        Map<String, LocalDate> lastSeen = new HashMap<>();
        // The index finds the spellings anywhere in a text; whole words are checked here, the spellings folded once
        // an answer and each distinct text once.
        List<String> words = terms.stream().map(t -> " " + Keys.fold(t) + " ").distinct().toList();
        Map<String, Boolean> named = new HashMap<>();
        for (Record r : records) {
            if (named.computeIfAbsent(r.get("about").asString(""), about -> names(about, words))) {
                OwnersRanking.Row row = row(r);
                rows.add(row);
                if (!r.get("lastSeen").isNull()) {
                    lastSeen.put(row.person(), LocalDate.parse(r.get("lastSeen").asString()));
                }
            }
        }
        if (rows.isEmpty()) {
            throw new UnknownTrackException(asked, closest(asked));
        }
        LocalDate date = LocalDate.parse(records.get(0).get("asOf").asString());
        return OwnersRanking.rank(asked, terms, date, rows, lastSeen);
    }

    /**
     * The spellings a track is matched by, lower-cased, folded and hyphenated: its own, and every alias of the
     * features it names ("plat rearch" → plat re-arch, plat-re-arch, platform re-architecture, ...).
     */
    public List<String> terms(String track) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(track);
        FeatureExtractor features = gazetteer();
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

    /**
     * Whether a text names the track: one of its spellings as whole words ("ARM" is not in "alarm").
     *
     * @param words the spellings folded, with a space either side
     */
    private static boolean names(String text, List<String> words) {
        String folded = " " + Keys.fold(text) + " ";
        return words.stream().anyMatch(folded::contains);
    }

    private static OwnersRanking.Row row(Record r) {
        Value date = r.get("date");
        Value line = r.get("line");
        return new OwnersRanking.Row(r.get("person").asString(), r.get("name").asString(null), r.get("kind").asString(),
                r.get("confidence").asDouble(), date.isNull() ? null : LocalDate.parse(date.asString()),
                r.get("source").asString(null), line.isNull() ? null : line.asInt(), r.get("url").asString(null),
                r.get("text").asString(null));
    }

    /** The newest meeting's date: what answers are "as of" by default. */
    public LocalDate latestMeeting() {
        Value latest = neo4j.query(LATEST.text(), Map.of()).get(0).get("latest");
        return latest.isNull() ? LocalDate.now() : LocalDate.parse(latest.asString());
    }

    /** The names the graph knows that are closest to what was asked: containing it, then fewest edits away. */
    private List<String> closest(String asked) {
        String folded = Keys.fold(asked);
        List<String> names = neo4j.query(NAMES.text(), Map.of()).stream()
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
     * an ingest may bring features or a gazetteer that writes them otherwise.
     */
    private FeatureExtractor gazetteer() {
        String version = neo4j.version();
        KeptFeatures known = features;
        if (known != null && known.version().equals(version)) {
            return known.features();
        }
        List<FeatureGazetteer.Entry> entries = neo4j.query(SPELLINGS.text(), Map.of()).stream()
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
