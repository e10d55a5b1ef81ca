package io.minutegraph.people;

import java.util.List;

/**
 * What identity resolution knows besides the notes.
 *
 * @param declarations people a project declares for its teams (maintainers, reviewers)
 * @param registry     a maintainer's corrections, which override the automatic resolution
 */
public record PeopleSources(List<DeclaredPeopleFolder.Declaration> declarations, List<PeopleRegistry.Entry> registry) {

    public static final PeopleSources NONE = new PeopleSources(List.of(), List.of());

    public PeopleSources {
        declarations = List.copyOf(declarations);
        registry = List.copyOf(registry);
    }

    public List<DeclaredPerson> declared() {
        return declarations.stream().map(DeclaredPeopleFolder.Declaration::person).toList();
    }
}
