package io.minutegraph.people;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a folder of team declarations, one YAML file a team, as in a project's governance repository:
 * <pre>
 * name: sig-core
 * maintainers:
 *   - name: Simon Kuenzer
 *     github: skuenzer
 * reviewers:
 *   - name: ...
 * </pre>
 * Files that are not such a map are skipped with a reason; they never stop the rest.
 */
public final class DeclaredPeopleFolder {

    private static final Logger LOG = LoggerFactory.getLogger(DeclaredPeopleFolder.class);

    /**
     * A role a person is declared in for a team.
     *
     * @param team   the team's {@code name} (or the file name without {@code .yaml})
     * @param role   {@code maintainer} or {@code reviewer}
     * @param person who
     * @param source the file, relative to the folder
     */
    public record Declaration(String team, String role, DeclaredPerson person, String source) {
    }

    private DeclaredPeopleFolder() {
    }

    public static List<Declaration> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("declared people folder " + folder + " does not exist or is not a folder");
        }
        List<Declaration> declarations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        for (Path file : files) {
            Object doc;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                doc = new Yaml(new SafeConstructor(options)).load(reader);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipped {}: {}", file, e.getMessage());
                continue;
            }
            if (!(doc instanceof Map<?, ?> map)) {
                LOG.warn("Skipped {}: not a map of fields", file);
                continue;
            }
            String fileName = file.getFileName().toString();
            String team = map.get("name") instanceof String n ? n : fileName.replaceFirst("\\.ya?ml$", "");
            add(declarations, team, "maintainer", map.get("maintainers"), fileName);
            add(declarations, team, "reviewer", map.get("reviewers"), fileName);
        }
        return declarations;
    }

    private static void add(List<Declaration> out, String team, String role, Object people, String source) {
        if (!(people instanceof List<?> list)) {
            return;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> person && person.get("name") instanceof String name && !name.isBlank()) {
                String github = person.get("github") instanceof String g && !g.isBlank() ? g.strip() : null;
                out.add(new Declaration(team, role, new DeclaredPerson(name.strip(), github), source));
            }
        }
    }
}
