package io.minutegraph.facts.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A community's list of its features and subsystems (libraries, platforms, tools), each with a kind and the ways
 * its notes write it: a file of the community's own, named by its notes folder's settings ({@code gazetteer:} in
 * {@code minutegraph.yml}) or by {@code minutegraph.notes.gazetteer}. A community without one has no features read
 * from a list; the product holds none of its own.
 *
 * <pre>
 * - name: plat re-arch
 *   kind: subsystem
 *   aliases: [plat-re-arch, platform re-architecture]
 * </pre>
 */
public record FeatureGazetteer(List<Entry> entries) {

    /** One feature: its name, its kind, and every other way the notes write it. */
    public record Entry(String name, String kind, List<String> aliases) {

        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    public static final FeatureGazetteer NONE = new FeatureGazetteer(List.of());

    public FeatureGazetteer {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Reads a gazetteer file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public static FeatureGazetteer read(Path file) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("gazetteer " + file + " cannot be read: " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("gazetteer " + file + " is not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof List<?> list)) {
            throw new IllegalArgumentException("gazetteer " + file + " must be a list of features (name, kind, aliases)");
        }
        List<Entry> entries = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("name") instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("gazetteer " + file + ": every feature needs a name: " + item);
            }
            List<String> aliases = new ArrayList<>();
            if (map.get("aliases") instanceof List<?> written) {
                written.forEach(alias -> aliases.add(String.valueOf(alias)));
            }
            Object kind = map.get("kind");
            entries.add(new Entry(name, kind == null ? null : kind.toString(), aliases));
        }
        return new FeatureGazetteer(entries);
    }
}
