package io.minutegraph.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.minutegraph.people.DeclaredPeopleFolder;
import io.minutegraph.people.PeopleSources;
import io.minutegraph.people.PeopleRegistry;
import java.nio.file.Path;
import java.util.List;

/**
 * What identity resolution knows besides the notes ({@code minutegraph.people.*}).
 *
 * @param declaredDir a folder of team YAML files with maintainers and reviewers (name, github), or empty
 * @param registry    a people registry file (see {@link PeopleRegistry}), or empty
 */
@ConfigurationProperties("minutegraph.people")
public record PeopleConfig(@Nullable String declaredDir, @Nullable String registry) {

    /** The registry entries, from {@code override} when given, else from the configured file, else none. */
    public List<PeopleRegistry.Entry> registry(@Nullable Path override) {
        Path file = override != null ? override : registry == null || registry.isBlank() ? null : Path.of(registry);
        return file == null ? List.of() : PeopleRegistry.read(file);
    }

    /** The declarations (team, role, person) from {@code override} or the configured folder, else none. */
    public List<DeclaredPeopleFolder.Declaration> declarations(@Nullable Path override) {
        Path dir = override != null ? override
                : declaredDir == null || declaredDir.isBlank() ? null : Path.of(declaredDir);
        return dir == null ? List.of() : DeclaredPeopleFolder.read(dir);
    }

    /** Declarations and registry, each from its override when given, else as configured, else none. */
    public PeopleSources sources(@Nullable Path declaredOverride, @Nullable Path registryOverride) {
        return new PeopleSources(declarations(declaredOverride), registry(registryOverride));
    }
}
