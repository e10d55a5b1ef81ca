package io.minutegraph.people;

import io.minutegraph.graph.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Places name forms into identities, fullest first, and remembers what each form may denote: one identity, or
 * several when the form fits several people. The corpus-wide half of building a {@link PeopleDirectory}.
 */
final class IdentityPlacement {
    final List<Identity> identities = new ArrayList<>();
    final Map<String, List<Integer>> forms = new HashMap<>();
    final Set<String> usedIds = new HashSet<>();

    void register(PeopleRegistry.Entry entry) {
        Identity identity = new Identity();
        NameForm name = ParticipantEntry.nameForm(entry.name());
        if (name != null) {
            identity.add(name, 0);
        } else {
            identity.shortNames.put(entry.name(), 1);
        }
        identity.initials.addAll(entry.initials().stream().map(ParticipantEntry::foldInitials).toList());
        identity.github = entry.github();
        identity.declared = true;
        identity.canonical = entry.name();
        identity.id = uniqueId(entry.id() != null ? entry.id() : Keys.slug(entry.name()));
        identities.add(identity);
        List<Integer> only = List.of(identities.size() - 1);
        forms.put(Keys.fold(entry.name()), only);
        for (String alias : entry.aliases()) {
            forms.put(Keys.fold(alias), only);
            ParticipantEntry.parse(alias).names().forEach(form -> identity.add(form, 0));
        }
        if (entry.github() != null) {
            forms.put(Keys.fold(entry.github()), only);
        }
    }

    void place(NameForm form, String github, int count) {
        List<Integer> candidates = candidates(form, github);
        if (candidates.size() == 1) {
            Identity identity = identities.get(candidates.get(0));
            identity.add(form, count);
            if (count > 0) {
                identity.aliases.add(form.text());
            }
        } else if (candidates.isEmpty()) {
            Identity identity = new Identity();
            identity.add(form, count);
            identity.declared = count == 0;
            identity.github = github != null ? github : identity.github;
            if (count > 0) {
                identity.aliases.add(form.text());
            }
            identity.id = uniqueId(Keys.slug(form.text()));
            identities.add(identity);
            candidates = List.of(identities.size() - 1);
        }
        if (github != null && candidates.size() == 1) {
            Identity identity = identities.get(candidates.get(0));
            identity.github = identity.github == null ? github : identity.github;
            identity.declared = true;
        }
        forms.merge(PeopleDirectory.key(form), candidates, (a, b) -> a.equals(b) ? a : List.copyOf(new LinkedHashSet<>(
                concat(a, b))));
    }

    private List<Integer> candidates(NameForm form, String github) {
        List<Integer> exact = forms.getOrDefault(PeopleDirectory.key(form), List.of());
        if (!exact.isEmpty()) {
            return exact;
        }
        String login = github != null ? github : form.login();
        if (login != null) {
            List<Integer> byLogin = matching(i -> login.equalsIgnoreCase(i.github));
            if (byLogin.size() == 1) {
                return byLogin;
            }
        }
        return switch (form.kind()) {
            // Same surname and first names alike (Gabi / Gabriel Mocanu), or same first name and one surname
            // cut short (Alexander Jun / Jung).
            case FULL -> matching(i -> i.surname != null
                    && (i.surname.equals(form.surname())
                            && i.firsts.stream().anyMatch(f -> commonPrefix(f, form.first()) >= 3)
                    || i.firsts.contains(form.first()) && Math.min(i.surname.length(), form.surname().length()) >= 3
                            && (i.surname.startsWith(form.surname()) || form.surname().startsWith(i.surname))));
            case HANDLE -> {
                String asLogin = Keys.fold(form.text()).replace(" ", "");
                List<Integer> byLogin = matching(i -> asLogin.equalsIgnoreCase(i.github));
                yield byLogin.size() == 1 ? byLogin : matching(i -> i.firstFits(form.first())
                        && i.surnameStartsWith(form.surname()));
            }
            case LOGIN -> matching(i -> form.login().equalsIgnoreCase(i.github));
            case FIRST -> {
                List<Integer> same = matching(i -> i.firsts.contains(form.first()));
                if (!same.isEmpty()) {
                    yield same;
                }
                // A nickname (Alex, Cristi) joins someone the notes write, never a name known only from a
                // declaration: Costi, who goes by CR, is not the declared Costin Lupu.
                List<Integer> longer = matching(i -> i.firstFits(form.first()) && !i.aliases.isEmpty());
                if (!longer.isEmpty()) {
                    yield longer;
                }
                yield matching(i -> i.firsts.stream().anyMatch(f -> misspelt(f, form.first())));
            }
            case INITIALS -> List.of();
        };
    }

    private List<Integer> matching(Predicate<Identity> test) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            if (test.test(identities.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    private String uniqueId(String base) {
        String id = base.isEmpty() ? "person" : base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /**
     * One letter added, dropped, changed or two swapped, in names of seven letters or more, and neither a prefix of
     * the other ({@code Antoinne} is Antoine; {@code Sergio} is not Sergiu, {@code Teodora} is not Teodor).
     */
    static boolean misspelt(String a, String b) {
        if (a.length() < 7 || b.length() < 7 || a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        return Keys.distance(a, b) == 1;
    }
}
