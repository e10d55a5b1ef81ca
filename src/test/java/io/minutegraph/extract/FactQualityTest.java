package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.CorpusGraphs;
import io.minutegraph.TestPaths;
import io.minutegraph.facts.FactKinds;
import io.minutegraph.facts.actionitems.ActionItem;
import io.minutegraph.facts.events.EventMention;
import io.minutegraph.facts.ownership.Ownership;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.Participation;
import io.minutegraph.graph.PersonRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every kind of fact measured on a hand-labelled sample of the shared corpus (src/test/resources/quality/facts/, one
 * file a note, labelled by reading the notes, independently of the extractor): action items found and precise,
 * owners right, inline commitments found, releases, events and editions, ownership (line ±1 and person), features,
 * release plans, release dates and track statuses. The figures go to standard output and
 * target/facts-quality.txt (docs/quality.md reports them); the assertions guard against regressions.
 */
class FactQualityTest {

    /** Matches against labels: precision, recall and F1 of one kind of fact. */
    private record Score(String kind, int matched, int predicted, int labelled) {

        double precision() {
            return predicted == 0 ? 1.0 : matched / (double) predicted;
        }

        double recall() {
            return labelled == 0 ? 1.0 : matched / (double) labelled;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line() {
            return String.format(Locale.ROOT, "%-16s precision %.4f  recall %.4f  F1 %.4f  (%d matched, %d found, %d"
                    + " labelled)", kind, precision(), recall(), f1(), matched, predicted, labelled);
        }
    }

    private final Map<String, String> toLabel = new HashMap<>();

    @Test
    void measuresEveryKindOfFactOnTheLabelledSample() throws IOException {
        Map<String, Map<String, Object>> labels = labels();
        Map<String, NoteGraph> graphs = CorpusGraphs.of(labels.keySet());
        assertThat(graphs.keySet()).as("every labelled note was extracted").isEqualTo(labels.keySet());
        mapPeople(labels, graphs);

        int itemsLabelled = 0;
        int itemsFound = 0;
        int ownersChecked = 0;
        int ownersRight = 0;
        int ownersUnresolved = 0;
        int inlineLabelled = 0;
        int inlineFound = 0;
        int todoPredicted = 0;
        int todoMatched = 0;
        List<Score> scores = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : List.of("releases", "events", "ownership", "features", "release plans", "release dates",
                "track status")) {
            counts.put(kind, new int[3]);
        }
        int editionsChecked = 0;
        int editionsRight = 0;
        for (Map.Entry<String, Map<String, Object>> entry : labels.entrySet()) {
            Map<String, Object> key = entry.getValue();
            NoteGraph graph = graphs.get(entry.getKey());
            Map<Integer, ActionItem> byLine = new HashMap<>();
            FactKinds.ACTION_ITEMS.in(graph).forEach(a -> byLine.putIfAbsent(a.provenance().line(), a));
            Set<Integer> labelledLines = new HashSet<>();
            for (Map<String, Object> item : list(key, "action_items")) {
                int line = (Integer) item.get("line");
                labelledLines.add(line);
                ActionItem found = byLine.get(line);
                if (Boolean.TRUE.equals(item.get("inline"))) {
                    inlineLabelled++;
                    inlineFound += found != null ? 1 : 0;
                    continue;
                }
                itemsLabelled++;
                if (found == null) {
                    continue;
                }
                itemsFound++;
                List<String> owners = strings(item.get("owners"));
                if (owners.contains("unknown") || Boolean.TRUE.equals(item.get("group"))) {
                    continue;
                }
                ownersChecked++;
                Set<String> got = new HashSet<>();
                found.owners().stream().map(PersonRef::id).forEach(id -> got.add(toLabel.getOrDefault(id, id)));
                if (got.equals(new HashSet<>(owners))) {
                    ownersRight++;
                } else if (found.owners().isEmpty()) {
                    ownersUnresolved++;
                }
            }
            for (ActionItem a : FactKinds.ACTION_ITEMS.in(graph)) {
                if (a.kind().equals("todo")) {
                    todoPredicted++;
                    todoMatched += labelledLines.contains(a.provenance().line()) ? 1 : 0;
                }
            }
            count(counts.get("releases"), versions(strings(key.get("releases"))),
                    versions(FactKinds.RELEASES.in(graph).stream().filter(r -> r.product().equals("unikraft"))
                            .map(r -> r.version()).toList()));
            int[] events = counts.get("events");
            List<EventMention> predictedEvents = new ArrayList<>(FactKinds.EVENTS.in(graph));
            events[1] += predictedEvents.size();
            events[2] += list(key, "events").size();
            for (Map<String, Object> labelled : list(key, "events")) {
                EventMention hit = predictedEvents.stream().filter(e -> sameEvent(labelled, e)).findFirst()
                        .orElse(null);
                if (hit != null) {
                    predictedEvents.remove(hit);
                    events[0]++;
                    if (labelled.get("edition") != null) {
                        editionsChecked++;
                        editionsRight += String.valueOf(labelled.get("edition")).equals(hit.edition()) ? 1 : 0;
                    }
                }
            }
            ownership(counts.get("ownership"), list(key, "ownership"), FactKinds.OWNERSHIP.in(graph));
            count(counts.get("features"), folded(strings(key.get("features"))),
                    folded(FactKinds.FEATURES.in(graph).stream().map(f -> f.name()).toList()));
            count(counts.get("release plans"), pairs(list(key, "planned_for"), "line", "release"),
                    FactKinds.RELEASE_PLANS.in(graph).stream().map(p -> p.provenance().line() + "|" + version(p.version())).toList());
            count(counts.get("release dates"), pairs(list(key, "release_dates"), "release", "date"),
                    FactKinds.RELEASE_SCHEDULES.in(graph).stream().map(s -> version(s.version()) + "|" + s.date()).toList());
            count(counts.get("track status"), pairs(list(key, "track_status"), "line", "status"),
                    FactKinds.TRACK_STATUSES.in(graph).stream().map(s -> s.provenance().line() + "|" + s.status()).toList());
        }
        counts.forEach((kind, c) -> scores.add(new Score(kind, c[0], c[1], c[2])));

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "facts quality on %d hand-labelled notes%n", labels.size()));
        report.append(String.format(Locale.ROOT, "%-16s found %.4f  precision %.4f  (%d of %d labelled, %d of %d"
                        + " found in TODO sections labelled)%n", "action items", ratio(itemsFound, itemsLabelled),
                ratio(todoMatched, todoPredicted), itemsFound, itemsLabelled, todoMatched, todoPredicted));
        report.append(String.format(Locale.ROOT, "%-16s right %.4f  unresolved %.4f  wrong %.4f  (%d checked)%n",
                "owners", ratio(ownersRight, ownersChecked), ratio(ownersUnresolved, ownersChecked),
                ratio(ownersChecked - ownersRight - ownersUnresolved, ownersChecked), ownersChecked));
        report.append(String.format(Locale.ROOT, "%-16s found %.4f  (%d of %d)%n", "inline", ratio(inlineFound,
                inlineLabelled), inlineFound, inlineLabelled));
        scores.forEach(s -> report.append(s.line()).append(System.lineSeparator()));
        report.append(String.format(Locale.ROOT, "%-16s right %.4f  (%d checked)%n", "event editions",
                ratio(editionsRight, editionsChecked), editionsChecked));
        System.out.print(report);
        Files.createDirectories(TestPaths.projectDir().resolve("target"));
        Files.writeString(TestPaths.projectDir().resolve("target/facts-quality.txt"), report);

        Map<String, Score> byKind = new HashMap<>();
        scores.forEach(s -> byKind.put(s.kind(), s));
        assertThat(ratio(itemsFound, itemsLabelled)).as("action items found").isGreaterThanOrEqualTo(0.9);
        assertThat(ratio(todoMatched, todoPredicted)).as("action items precision").isGreaterThanOrEqualTo(0.9);
        assertThat(ratio(ownersRight, ownersChecked)).as("owners right").isGreaterThanOrEqualTo(0.95);
        assertThat(ratio(ownersChecked - ownersRight - ownersUnresolved, ownersChecked)).as("owners wrong")
                .isLessThanOrEqualTo(0.02);
        assertThat(ratio(inlineFound, inlineLabelled)).as("inline commitments found").isGreaterThanOrEqualTo(0.5);
        assertThat(byKind.get("releases").f1()).as("releases F1").isGreaterThanOrEqualTo(0.85);
        assertThat(byKind.get("features").precision()).as("features precision").isGreaterThanOrEqualTo(0.7);
        assertThat(byKind.get("ownership").precision()).as("ownership precision").isGreaterThanOrEqualTo(0.75);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> labels() throws IOException {
        Map<String, Map<String, Object>> labels = new LinkedHashMap<>();
        Path folder = TestPaths.projectDir().resolve("src/test/resources/quality/facts");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Map<String, Object> key = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                    labels.put((String) key.get("source"), key);
                }
            }
        }
        return labels;
    }

    /**
     * Our ids and the labels' are named independently: an id maps to the label its participant entries most often
     * carry; otherwise an id is taken to be the label of the same spelling.
     */
    private void mapPeople(Map<String, Map<String, Object>> labels, Map<String, NoteGraph> graphs) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        labels.forEach((source, key) -> {
            Map<String, Participation> byRaw = new HashMap<>();
            graphs.get(source).participations().forEach(p -> byRaw.putIfAbsent(p.raw(), p));
            for (Map<String, Object> entry : list(key, "participants")) {
                Participation p = byRaw.get(String.valueOf(entry.get("raw")));
                if (p != null && p.people().size() == 1 && entry.get("person") instanceof String label
                        && !label.equals("unknown") && !label.equals("none") && p.people().get(0) != null) {
                    votes.computeIfAbsent(p.people().get(0), k -> new HashMap<>()).merge(label, 1, Integer::sum);
                }
            }
        });
        votes.forEach((id, counts) -> toLabel.put(id, counts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
    }

    private void ownership(int[] counts, List<Map<String, Object>> labelled, List<Ownership> predicted) {
        counts[1] += predicted.size();
        counts[2] += labelled.size();
        Set<Ownership> used = new HashSet<>();
        for (Map<String, Object> label : labelled) {
            int line = (Integer) label.get("line");
            for (Ownership o : predicted) {
                String person = toLabel.getOrDefault(o.person().id(), o.person().id());
                if (!used.contains(o) && Math.abs(o.provenance().line() - line) <= 1
                        && person.equals(label.get("person"))) {
                    used.add(o);
                    counts[0]++;
                    break;
                }
            }
        }
    }

    /** Adds matches of a labelled and a predicted set of values to [matched, predicted, labelled]. */
    private static void count(int[] counts, Set<String> labelled, Set<String> predicted) {
        Set<String> both = new HashSet<>(labelled);
        both.retainAll(predicted);
        counts[0] += both.size();
        counts[1] += predicted.size();
        counts[2] += labelled.size();
    }

    private static void count(int[] counts, Set<String> labelled, List<String> predicted) {
        count(counts, labelled, new HashSet<>(predicted));
    }

    /** As score.py matches events: hackathons by name, month or place; other events by name. */
    private static boolean sameEvent(Map<String, Object> labelled, EventMention predicted) {
        String g = fold(String.valueOf(labelled.get("name"))).replace("unikraft", "");
        String p = fold(predicted.name()).replace("unikraft", "");
        if (g.contains("hackathon") || p.contains("hackathon")) {
            if (!(g.contains("hackathon") && p.contains("hackathon"))) {
                return false;
            }
            Object date = labelled.get("date");
            boolean sameMonth = date != null && predicted.date() != null && predicted.date().length() >= 7
                    && String.valueOf(date).startsWith(predicted.date().substring(0, 7));
            String place = labelled.get("location") == null ? "" : fold(String.valueOf(labelled.get("location")));
            boolean samePlace = !place.isEmpty() && (p.contains(place) || predicted.location() != null
                    && fold(predicted.location()).contains(place));
            return g.equals(p) || sameMonth || samePlace;
        }
        return g.contains(p) || p.contains(g);
    }

    /** Labelled facts as "first|second" values, releases and statuses written as we write them. */
    private static Set<String> pairs(List<Map<String, Object>> items, String first, String second) {
        Set<String> out = new HashSet<>();
        for (Map<String, Object> item : items) {
            out.add(value(first, item.get(first)) + "|" + value(second, item.get(second)));
        }
        return out;
    }

    private static String value(String field, Object value) {
        String written = String.valueOf(value);
        return switch (field) {
            case "release" -> version(written);
            case "status" -> written.strip().toUpperCase(Locale.ROOT);
            default -> written;
        };
    }

    private static Set<String> versions(List<String> written) {
        Set<String> out = new HashSet<>();
        written.forEach(v -> out.add(version(v)));
        return out;
    }

    /** 0.13.0 and v0.13 are 0.13. */
    private static String version(String written) {
        String v = written.strip().toLowerCase(Locale.ROOT).replaceFirst("^v", "");
        return v.matches("\\d+\\.\\d+\\.0") ? v.substring(0, v.length() - 2) : v;
    }

    private static Set<String> folded(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(fold(n)));
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^\\p{Alnum}]", "").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> key, String field) {
        Object value = key.get(field);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : part / (double) whole;
    }
}
