package io.minutegraph.people;

import io.minutegraph.graph.Keys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person being assembled from the name forms that fit them, while a {@link PeopleDirectory} is built. */
final class Identity {
    String id;
    final Set<String> firsts = new LinkedHashSet<>();
    String surname;
    final Set<String> surnameStarts = new LinkedHashSet<>();
    final Set<String> initials = new LinkedHashSet<>();
    final Set<String> aliases = new LinkedHashSet<>();
    final Map<String, Integer> fullNames = new LinkedHashMap<>();
    final Map<String, Integer> shortNames = new LinkedHashMap<>();
    String github;
    boolean declared;
    String canonical;

    String name() {
        if (canonical != null) {
            return canonical;
        }
        Map<String, Integer> names = fullNames.isEmpty() ? shortNames : fullNames;
        return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().length())).map(Map.Entry::getKey).orElse(id);
    }

    /** The first words of the names written for them, lower-cased with diacritics kept ("michaël"). */
    Set<String> writtenFirsts() {
        Set<String> firstWords = new LinkedHashSet<>();
        for (String name : concat(fullNames.keySet(), shortNames.keySet(), aliases)) {
            String[] words = name.strip().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                firstWords.add(words[0].toLowerCase(java.util.Locale.ROOT));
            }
        }
        return firstWords;
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b,
                                       java.util.Collection<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** SjK abbreviates Sairaj Kodilkar: see {@link PeopleDirectory#goBy}. */
    boolean abbreviatedBy(String written) {
        List<String> parts = capitalised(written);
        if (parts.size() != 2) {
            return false;
        }
        String surnameKnown = surname != null ? surname : surnameStarts.stream()
                .max(Comparator.comparingInt(String::length)).orElse(null);
        return firsts.stream().anyMatch(f -> abbreviates(parts.get(0), f))
                && surnameKnown != null && abbreviates(parts.get(1), surnameKnown);
    }

    /**
     * Whether this person may go by initials the notes use although nothing says so: only a first name is known
     * (Fabian, Terry), no initials are known for them, and the initials' first part abbreviates it (F for Fabian,
     * Sj for Sairaj). Two parts only ({@code FP}, {@code SjK}); the surname's cannot be checked.
     */
    boolean mayGoBy(String written) {
        if (!initials.isEmpty() || surname != null || !surnameStarts.isEmpty()) {
            return false;
        }
        List<String> parts = capitalised(written);
        return parts.size() == 2 && firsts.stream().anyMatch(f -> abbreviates(parts.get(0), f));
    }

    boolean firstFits(String first) {
        // A short form fits a longer first name it starts (Alex, Alexander), never the reverse (Marco, Marc).
        // Four letters at least: Dan is not Daniel.
        return firsts.contains(first) || first.length() >= 4 && firsts.stream().anyMatch(f -> f.startsWith(first));
    }

    /** Whether a surname start fits what is known of the surname; false when nothing is. */
    boolean surnameStartsWith(String start) {
        if (surname != null) {
            return surname.startsWith(start);
        }
        // Compatible with every start known: TeoTeugea does not fit someone written TeoT and TeoTiron.
        return !surnameStarts.isEmpty()
                && surnameStarts.stream().allMatch(s -> s.startsWith(start) || start.startsWith(s));
    }

    void add(NameForm form, int count) {
        if (form.first() != null) {
            firsts.add(form.first());
        }
        if (form.kind() == NameForm.Kind.FULL) {
            surname = surname == null ? form.surname() : surname;
            fullNames.merge(form.text(), Math.max(count, 1), Integer::sum);
        } else {
            if (form.kind() == NameForm.Kind.HANDLE) {
                surnameStarts.add(form.surname());
            }
            shortNames.merge(form.text(), Math.max(count, 1), Integer::sum);
        }
        initials.addAll(form.initials());
        if (form.login() != null && github == null) {
            github = form.login();
        }
    }

    /** The folded parts of initials as written, each a capital and the small letters after it: SjK is sj, k. */
    private static List<String> capitalised(String written) {
        String plain = Keys.fold(written).replace(" ", "");
        List<String> parts = new ArrayList<>();
        StringBuilder part = null;
        for (int i = 0; i < written.length() && i < plain.length(); i++) {
            char c = written.charAt(i);
            if (Character.isUpperCase(c)) {
                part = new StringBuilder();
                parts.add(null);
            }
            if (part == null) {
                return List.of();
            }
            part.append(plain.charAt(i));
            parts.set(parts.size() - 1, part.toString());
        }
        return parts;
    }

    /** "sj" abbreviates "sairaj": same first letter, then the rest in order. */
    private static boolean abbreviates(String abbreviation, String name) {
        if (name.isEmpty() || abbreviation.charAt(0) != name.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < abbreviation.length(); i++) {
            at = name.indexOf(abbreviation.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
