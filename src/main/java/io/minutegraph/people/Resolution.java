package io.minutegraph.people;

import java.util.List;

/**
 * What a mention (a participant name, a speaker's initials) resolved to in one note.
 *
 * @param mention    the name form or initials as written
 * @param person     the person's id, or null when unresolved
 * @param reason     why: how it was resolved, or why it was not
 * @param candidates for an unresolved mention, the people it could be
 */
public record Resolution(String mention, String person, String reason, List<String> candidates) {

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    public boolean resolved() {
        return person != null;
    }

    static Resolution to(String mention, String person, String reason) {
        return new Resolution(mention, person, reason, List.of());
    }

    static Resolution unresolved(String mention, String reason, List<String> candidates) {
        return new Resolution(mention, null, reason, candidates);
    }
}
