package io.minutegraph.people;

import java.util.Set;

/**
 * One way a person is written, read into its parts.
 *
 * @param text     as written (trimmed, remarks removed)
 * @param kind     what sort of form it is
 * @param first    folded first name ({@code "razvan"} for {@code RăzvanD}), or null for a login
 * @param surname  folded surname, or its start for a handle ({@code "d"} for {@code RăzvanD}), or null
 * @param initials initials this form gives ({@code RD} for {@code RăzvanD} and for {@code Răzvan Deaconescu}),
 *                 plus any written beside it ({@code Sairaj Kodilkar (SK)})
 * @param login    a login or handle written beside it or as the whole form ({@code adminy}), or null
 */
public record NameForm(String text, Kind kind, String first, String surname, Set<String> initials, String login) {

    public enum Kind {
        /** First name and surname: {@code Simon Kuenzer}. */
        FULL,
        /** First name and the start of the surname in one word: {@code AlexJ}, {@code RaduNichita}, {@code Razvan V}. */
        HANDLE,
        /** A first name alone: {@code Simon}. */
        FIRST,
        /** A lower-case login: {@code adminy}. */
        LOGIN,
        /** Initials standing for a person: {@code SK} in {@code FH, SK, DA}. */
        INITIALS
    }

    public NameForm {
        initials = Set.copyOf(initials);
    }

    /** This form with the initials and login another writing of the same name gives, where this one gives none. */
    public NameForm withWhatElseIsKnown(NameForm other) {
        Set<String> all = new java.util.LinkedHashSet<>(initials);
        all.addAll(other.initials);
        return new NameForm(text, kind, first, surname, all, login != null ? login : other.login);
    }
}
