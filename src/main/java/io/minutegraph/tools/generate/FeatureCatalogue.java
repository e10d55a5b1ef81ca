package io.minutegraph.tools.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The features and subsystems synthetic notes speak of: the sample notes' gazetteer ({@code notes/features.yaml},
 * packaged as {@value #GAZETTEER}), which {@link SyntheticCorpus} writes beside the notes, so that generated notes name
 * what extraction knows, however the gazetteer grows.
 */
final class FeatureCatalogue {

    /** Where the gazetteer is on the class path. */
    static final String GAZETTEER = "/tools/generate/features.yaml";

    /**
     * @param name      the gazetteer's name
     * @param kind      library, platform, architecture, tool, ...
     * @param spellings the name and its aliases: the ways notes write it
     */
    record Feature(String name, String kind, List<String> spellings) {

        Feature {
            spellings = List.copyOf(spellings);
        }

        /** Mostly the name, sometimes an alias, as note takers vary. */
        String written(Dice dice) {
            return spellings.size() == 1 || dice.chance(0.6) ? name : dice.pick(spellings.subList(1, spellings.size()));
        }
    }

    private final Map<String, Feature> byName = new LinkedHashMap<>();
    private final Map<String, List<Feature>> byKind = new LinkedHashMap<>();
    private final List<Feature> all;

    @SuppressWarnings("unchecked")
    FeatureCatalogue() {
        try (InputStream in = gazetteer()) {
            List<Map<String, Object>> entries = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            for (Map<String, Object> entry : entries) {
                String name = String.valueOf(entry.get("name"));
                List<String> spellings = new ArrayList<>();
                spellings.add(name);
                for (Object alias : (List<Object>) entry.getOrDefault("aliases", List.of())) {
                    spellings.add(String.valueOf(alias));
                }
                byName.put(name, new Feature(name, String.valueOf(entry.get("kind")), spellings));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GAZETTEER, e);
        }
        all = List.copyOf(byName.values());
        all.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    }

    /** The gazetteer's bytes, to read or to copy. */
    static InputStream gazetteer() {
        InputStream in = FeatureCatalogue.class.getResourceAsStream(GAZETTEER);
        if (in == null) {
            throw new IllegalStateException(GAZETTEER + " is missing from the class path");
        }
        return in;
    }

    Feature get(String name) {
        Feature feature = byName.get(name);
        if (feature == null) {
            throw new IllegalArgumentException("feature '" + name + "' is not in " + GAZETTEER);
        }
        return feature;
    }

    List<Feature> ofKind(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    List<Feature> all() {
        return all;
    }
}
