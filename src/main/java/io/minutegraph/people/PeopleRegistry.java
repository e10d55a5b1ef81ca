package io.minutegraph.people;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * An optional people registry, in the spirit of git's {@code .mailmap}: what a maintainer knows better than the
 * automatic resolution. Every alias listed always means that person, in every note.
 * <pre>
 * - name: Răzvan Deaconescu      # canonical name (required)
 *   id: razvan-deaconescu        # optional; from the name otherwise
 *   aliases: [RăzvanD, Răzvan]   # spellings of participant entries
 *   initials: [RD]
 *   github: razvand
 * </pre>
 */
public final class PeopleRegistry {

    /**
     * One registered person.
     *
     * @param id       the id to use, or null to derive it from the name
     * @param name     canonical name
     * @param aliases  spellings that always denote them
     * @param initials initials they go by
     * @param github   login, or null
     */
    public record Entry(String id, String name, List<String> aliases, List<String> initials, String github) {

        public Entry {
            aliases = List.copyOf(aliases);
            initials = List.copyOf(initials);
        }
    }

    private PeopleRegistry() {
    }

    /** Reads a registry file; a malformed file is an error naming the file, the entry and what is wrong. */
    public static List<Entry> read(Path file) {
        Object doc;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            doc = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("people registry " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (doc == null) {
            return List.of();
        }
        if (!(doc instanceof List<?> list)) {
            throw new IllegalArgumentException("people registry " + file + " must be a list of people");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> map) || !(map.get("name") instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("people registry " + file + ": entry " + (i + 1)
                        + " needs a 'name'");
            }
            entries.add(new Entry(text(map.get("id")), name.strip(), texts(map.get("aliases")),
                    texts(map.get("initials")), text(map.get("github"))));
        }
        return entries;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static List<String> texts(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null && !v.toString().isBlank()).map(v -> v.toString().strip())
                    .toList();
        }
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString().strip());
    }
}
