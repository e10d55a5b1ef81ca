package io.minutegraph.annotate;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Optional settings of a notes folder, from {@code minutegraph.yml} at its root, for a community that does something
 * the general rules do not read. Without the file, every setting is empty and detection works by itself.
 *
 * <pre>
 * default-team: core                 # the team of notes whose front matter names none
 * team-folder-level: 2               # which folder below the root names teams (1 = the first)
 * attendee-labels: [Roll, Quorum]    # more names of attendee sections
 * speaker-patterns:                  # more ways a line names its speaker: a regex with a group named "label"
 *   - '^&gt;\s*(?&lt;label&gt;[A-Z]{2}):'
 * skip: ['drafts/**', '**&#47;template.md']   # files that are not meeting notes (glob patterns)
 * gazetteer: features.yaml           # the community's features and subsystems (FeatureGazetteer)
 * </pre>
 *
 * @param defaultTeam     the team of notes whose front matter names none, or null
 * @param teamFolderLevel which folder level below the root names teams, or null to find it
 * @param attendeeLabels  more attendee section names, lower-cased
 * @param speakerPatterns more speaker conventions, each with a group named {@code label}
 * @param skip            glob patterns of files, relative to the root, that are not notes
 * @param gazetteer       the community's list of features, relative to the root, or null
 */
public record FolderSettings(String defaultTeam, Integer teamFolderLevel, Set<String> attendeeLabels,
                             List<Pattern> speakerPatterns, List<String> skip, String gazetteer) {

    public static final String FILE = "minutegraph.yml";
    public static final FolderSettings NONE = new FolderSettings(null, null, Set.of(), List.of(), List.of(), null);

    public FolderSettings {
        attendeeLabels = Set.copyOf(attendeeLabels);
        speakerPatterns = List.copyOf(speakerPatterns);
        skip = List.copyOf(skip);
    }

    /**
     * The settings of a notes folder: its {@code minutegraph.yml}, or none.
     *
     * @throws IllegalArgumentException when the file is there but cannot be read as settings, naming the file and
     *                                  the reason
     */
    public static FolderSettings of(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setAllowDuplicateKeys(false);
            Object root = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
            if (root == null) {
                return NONE;
            }
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": settings must be a map of keys to values");
            }
            return read(file, map);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static FolderSettings read(Path file, Map<?, ?> map) {
        Set<String> known = Set.of("default-team", "team-folder-level", "attendee-labels", "speaker-patterns", "skip",
                "gazetteer");
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(file + ": unknown setting '" + key + "'; known: " + known);
            }
        }
        Object level = map.get("team-folder-level");
        if (level != null && !(level instanceof Integer i && i >= 1)) {
            throw new IllegalArgumentException(file + ": team-folder-level must be a whole number from 1, not " + level);
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : strings(file, map, "speaker-patterns")) {
            try {
                Pattern pattern = Pattern.compile(regex);
                if (!regex.contains("(?<label>")) {
                    throw new IllegalArgumentException(file + ": speaker pattern '" + regex
                            + "' has no group named label, (?<label>...)");
                }
                patterns.add(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(file + ": speaker pattern '" + regex + "' is not a regex: "
                        + e.getDescription(), e);
            }
        }
        Object team = map.get("default-team");
        return new FolderSettings(team == null ? null : team.toString().strip().toLowerCase(Locale.ROOT),
                (Integer) level,
                Set.copyOf(strings(file, map, "attendee-labels").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()),
                patterns, strings(file, map, "skip"), map.get("gazetteer") == null ? null
                        : map.get("gazetteer").toString());
    }

    private static List<String> strings(Path file, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        if (!(value instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw new IllegalArgumentException(file + ": " + key + " must be a list of texts");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** Whether a note at {@code source} (relative to the root) is one the settings say to skip. */
    public boolean skips(String source) {
        for (String glob : skip) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (matcher.matches(Path.of(source))) {
                return true;
            }
        }
        return false;
    }
}
