package io.minutegraph.people;

/**
 * A person a project declares, e.g. a maintainer in a governance file: a full name and a GitHub login.
 *
 * @param name   full name
 * @param github login, or null
 */
public record DeclaredPerson(String name, String github) {
}
