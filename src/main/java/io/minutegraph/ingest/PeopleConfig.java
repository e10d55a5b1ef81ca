package io.minutegraph.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.minutegraph.people.DeclaredPeopleFolder;
import io.minutegraph.people.DeclaredPerson;
import java.nio.file.Path;
import java.util.List;

/**
 * Where identity resolution finds people a project declares ({@code minutegraph.people.*}).
 *
 * @param declaredDir a folder of team YAML files with maintainers and reviewers (name, github), or empty
 */
@ConfigurationProperties("minutegraph.people")
public record PeopleConfig(@Nullable String declaredDir) {

    /** The declared people, from {@code override} when given, else from the configured folder, else none. */
    public List<DeclaredPerson> declared(@Nullable Path override) {
        Path dir = override != null ? override
                : declaredDir == null || declaredDir.isBlank() ? null : Path.of(declaredDir);
        return dir == null ? List.of()
                : DeclaredPeopleFolder.read(dir).stream().map(DeclaredPeopleFolder.Declaration::person).toList();
    }
}
