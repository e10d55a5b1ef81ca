package io.minutegraph.tools.generate;

import io.minutegraph.graph.Keys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A made-up member of the community, with the canonical name a registry would give them and the ways notes write
 * them: {@code Răzvan Deaconescu}, {@code Răzvan}, {@code RăzvanD}, {@code RăzvanDeaconescu}, {@code RazvanD},
 * and {@code RD} as a speaker or owner.
 *
 * @param number the person's place in the cast, which also seeds what is drawn for them
 * @param first  first name, as its owner writes it (diacritics included)
 * @param last   surname; a double-barrelled one ({@code Popescu-Moga}) only once plain pairs run out
 * @param habit  how note takers usually write this person
 */
public record SyntheticPerson(int number, String first, String last, Style habit) {

    /** A way of writing a person in a note's participants. */
    public enum Style {
        /** {@code Răzvan Deaconescu} */
        FULL,
        /** {@code Răzvan} */
        FIRST,
        /** {@code RăzvanD} */
        HANDLE,
        /** {@code RăzvanDeaconescu} */
        JOINED,
        /**
         * The name as a hurried note taker types it: diacritics dropped ({@code RazvanD}) or, for a long first
         * name, one letter doubled ({@code Antooine}). Short names get no typo: a changed letter in a short name
         * ({@code Sergio}, {@code Sergiu}) is as likely another person, and resolution rightly treats it so.
         */
        MISSPELT
    }

    public String canonical() {
        return first + " " + last;
    }

    /** {@code RD}: what speaker and owner prefixes use; plain capitals, as the notes type them. */
    public String initials() {
        return (initial(first) + initial(last)).toUpperCase(Locale.ROOT);
    }

    /**
     * {@code SaK}: the longer initials notes use to tell apart two people of a meeting with the same initials (the
     * corpus's {@code SjK} beside {@code SK}).
     */
    public String longInitials() {
        String folded = Keys.fold(first).replace(" ", "");
        String second = folded.length() > 1 ? folded.substring(1, 2) : "";
        return initial(first).toUpperCase(Locale.ROOT) + second + initial(last).toUpperCase(Locale.ROOT);
    }

    /** The spelling for a style; a style this person has no form for falls back to the handle. */
    public String written(Style style) {
        return switch (style) {
            case FULL -> canonical();
            case FIRST -> first;
            case HANDLE -> handle();
            case JOINED -> first + surnameHead();
            case MISSPELT -> misspelt() == null ? handle() : misspelt();
        };
    }

    /** Whether this person has a misspelt form of their own. */
    public boolean canBeMisspelt() {
        return misspelt() != null;
    }

    /** Every spelling this person may appear under in participants, in a fixed order. */
    public List<String> spellings() {
        Set<String> all = new LinkedHashSet<>();
        for (Style style : Style.values()) {
            all.add(written(style));
        }
        return new ArrayList<>(all);
    }

    private String handle() {
        return first + surnameHead().charAt(0);
    }

    /** The first part of a double-barrelled surname: {@code RaduPopescu}, not {@code RaduPopescu-Moga}. */
    private String surnameHead() {
        int dash = last.indexOf('-');
        return dash < 0 ? last : last.substring(0, dash);
    }

    private String misspelt() {
        String plain = Keys.fold(first);
        if (!plain.equalsIgnoreCase(first)) {
            // Diacritics dropped keep the surname initial: the corpus's RazvanD beside RăzvanD.
            return Character.toUpperCase(plain.charAt(0)) + plain.substring(1) + surnameHead().charAt(0);
        }
        if (first.length() < 7) {
            return null;
        }
        // A letter doubled inside the name, never at its end: "Antoinne" is read as Antoine, "Antoinee" would
        // start with "Antoine" and be taken for a longer name.
        int at = first.length() / 2;
        return first.substring(0, at + 1) + first.charAt(at) + first.substring(at + 1);
    }

    private static String initial(String name) {
        return Keys.fold(name).substring(0, 1);
    }
}
