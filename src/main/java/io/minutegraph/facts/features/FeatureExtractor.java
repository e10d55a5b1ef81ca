package io.minutegraph.facts.features;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.extract.StageClock;
import io.minutegraph.graph.Provenance;
import io.minutegraph.nlp.GazetteerPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Features and subsystems a note mentions, from the notes folder's gazetteer ({@link FeatureGazetteer}) matched
 * token by token ({@link GazetteerPipeline}): each feature once per note, at the first line that names it, however
 * written
 * ({@code plat re-arch} = {@code plat-re-arch} = {@code plat rearchitecting}).
 */
public final class FeatureExtractor implements Annotator {

    public static final Layer<List<FeatureMention>> FEATURES = new Layer<>("features");

    private record Feature(String name, String kind) {
    }

    private final Map<String, Feature> byLabel = new LinkedHashMap<>();
    private final Map<String, List<String>> spellings = new LinkedHashMap<>();
    private final GazetteerPipeline pipeline;

    private final StageClock clock;

    /** The features of a gazetteer, their time added to the clock's NLP. */
    public FeatureExtractor(FeatureGazetteer gazetteer, StageClock clock) {
        this.clock = clock;
        Map<String, String> phrases = new LinkedHashMap<>();
        for (FeatureGazetteer.Entry entry : gazetteer.entries()) {
            String label = "FEATURE" + byLabel.size();
            byLabel.put(label, new Feature(entry.name(), entry.kind()));
            List<String> written = new ArrayList<>();
            written.add(entry.name());
            written.addAll(entry.aliases());
            written.forEach(w -> phrases.put(w, label));
            spellings.put(entry.name(), List.copyOf(written));
        }
        // Without a gazetteer there is nothing to look for, and CoreNLP's tokenizer is not built.
        this.pipeline = phrases.isEmpty() ? null : new GazetteerPipeline(phrases);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(FEATURES);
    }

    @Override
    public void annotate(NoteDocument note) {
        note.put(FEATURES, extract(note));
    }

    /**
     * Each feature's first mention. Only the lines that can hold an entry are tokenized, in one text (a line break
     * ends a sentence anyway).
     */
    List<FeatureMention> extract(NoteDocument note) {
        if (pipeline == null) {
            return List.of();
        }
        List<Integer> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int line = note.firstLine(); line <= note.lastLine(); line++) {
            if (pipeline.mayHoldAnEntry(note.line(line))) {
                lines.add(line);
                starts.add(text.length());
                text.append(note.line(line)).append('\n');
            }
        }
        Map<String, FeatureMention> first = new LinkedHashMap<>();
        for (GazetteerPipeline.Match m : find(text.toString())) {
            Feature feature = byLabel.get(m.label());
            if (feature != null && !first.containsKey(feature.name())) {
                int line = lines.get(lineOf(starts, m.begin()));
                first.put(feature.name(), new FeatureMention(feature.name(), feature.kind(), m.text(),
                        spellings.get(feature.name()),
                        new Provenance(note.source(), line, note.line(line).strip())));
            }
        }
        return new ArrayList<>(first.values());
    }

    /** The index of the line an offset falls in, given each line's start. */
    private static int lineOf(List<Integer> starts, int offset) {
        int found = java.util.Collections.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** A feature's name and every alias the gazetteer gives it; empty for a name it does not hold. */
    public List<String> spellings(String name) {
        return spellings.getOrDefault(name, List.of());
    }

    /** The gazetteer names of the features a text names, in order, each once. */
    public List<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (GazetteerPipeline.Match m : find(text)) {
            Feature feature = byLabel.get(m.label());
            if (feature != null) {
                names.add(feature.name());
            }
        }
        return List.copyOf(names);
    }

    private List<GazetteerPipeline.Match> find(String text) {
        return pipeline == null ? List.of() : clock.time(StageClock.Stage.NLP, () -> pipeline.find(text));
    }
}
