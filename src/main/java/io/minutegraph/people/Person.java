package io.minutegraph.people;

import java.util.List;

/**
 * A resolved person.
 *
 * @param id       stable id, from the fullest name known
 * @param name     the fullest name known
 * @param aliases  every spelling of participant entries that denotes this person, sorted
 * @param initials initials the person goes by, sorted
 * @param github   GitHub login, or null
 */
public record Person(String id, String name, List<String> aliases, List<String> initials, String github) {

    public Person {
        aliases = List.copyOf(aliases);
        initials = List.copyOf(initials);
    }
}
