package io.minutegraph.people;

import io.minutegraph.graph.Keys;
import io.minutegraph.graph.PersonRef;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Who is who across a whole notes folder: every spelling, handle, full name, login and initials tied to one person,
 * and per note, which person an ambiguous mention denotes.
 *
 * <p>Built in two steps. Corpus-wide, the distinct name forms are placed fullest first (declared people, full
 * names, handles, logins, then bare first names): a form joins the one person it fits ({@code AlexJ} fits
 * Alexander Jung: first name a prefix, surname starting with J; {@code razvand} is Răzvan Deaconescu's login), makes
 * a new person when it fits none, and stays ambiguous when it fits several ({@code Alex}, {@code RaduN}). Then per
 * note, an ambiguous form is decided by that note's evidence only: people listed by other entries are not it, the
 * initials its text uses, and who attends the note's teams around its date. What the evidence does not decide stays
 * unresolved, with its candidates: a wrong answer costs more than no answer.
 */
public final class PeopleDirectory {

    /** How far from a note's date attendance still says who is active in its teams. */
    private static final long PERIOD_DAYS = 365;
    /** A name a speaker label writes makes a person known only when it labels at least this many lines. */
    private static final int SPEAKER_TURNS_TO_KNOW = 2;
    /** A person wins on team and period evidence only with at least this many attendances ... */
    private static final int DOMINANT_MIN = 3;
    /** ... and this many times the runner-up's. */
    private static final int DOMINANT_RATIO = 4;

    private final List<Identity> identities;
    private final Map<String, List<Integer>> forms;
    private final Map<String, List<Integer>> byInitials;
    private final Map<Integer, List<Seen>> seen;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final ThreadLocal<ListedCache> lastListed = new ThreadLocal<>();
    /**
     * Who goes by each written initials, once worked out: every note asks, and working it out for a mixed-case form
     * reads every identity. Cleared when initials are learnt.
     */
    private final Map<String, List<Integer>> goingBy = new ConcurrentHashMap<>();
    private final Map<String, Boolean> knownNames = new ConcurrentHashMap<>();

    private PeopleDirectory(List<Identity> identities, Map<String, List<Integer>> forms,
                            Collection<NoteEvidence> notes) {
        this.identities = identities;
        this.forms = forms;
        this.byInitials = new HashMap<>();
        for (int i = 0; i < identities.size(); i++) {
            indexById.put(identities.get(i).id, i);
            for (String initials : identities.get(i).initials) {
                byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(i);
            }
        }
        this.seen = new HashMap<>();
        for (NoteEvidence note : notes) {
            for (int person : listedUnambiguously(note)) {
                seen.computeIfAbsent(person, k -> new ArrayList<>()).add(new Seen(note.date(), note.teams()));
            }
        }
        // Mentions settled by a note's own evidence (not listed otherwise, initials in its text) count as
        // attendance too, so that a person known only by an ambiguous name (Dragoș) still has a record of the
        // teams they attend when another note gives no such evidence.
        Map<Integer, List<Seen>> settled = new HashMap<>();
        Map<String, Set<Integer>> present = new HashMap<>();
        for (NoteEvidence note : notes) {
            Set<Integer> here = new HashSet<>(listedUnambiguously(note));
            for (String raw : note.participants()) {
                for (NameForm form : ParticipantEntry.parse(raw).names()) {
                    if (form.kind() != NameForm.Kind.INITIALS && this.forms.getOrDefault(key(form), List.of()).size() > 1) {
                        settledByNote(note, form).ifPresent(person -> {
                            here.add(person);
                            settled.computeIfAbsent(person, k -> new ArrayList<>()).add(new Seen(note.date(), note.teams()));
                        });
                    }
                }
            }
            present.put(note.source(), here);
        }
        settled.forEach((person, s) -> seen.computeIfAbsent(person, k -> new ArrayList<>()).addAll(s));
        learnInitials(notes, present);
    }

    /**
     * Initials the notes use without spelling out whose they are (Martin is "MK", Costi "CR"). In a note, initials
     * that no listed participant's known initials explain, where exactly one participant has no initials known
     * and the same first letter, are a vote for that participant. Initials nobody else goes by are learnt from one
     * vote, initials someone else goes by from two; people whose initials are known learn none (unexplained
     * initials are then more likely an absent owner's).
     */
    private void learnInitials(Collection<NoteEvidence> notes, Map<String, Set<Integer>> present) {
        Map<Integer, Map<String, Integer>> votes = new HashMap<>();
        for (NoteEvidence note : notes) {
            Set<Integer> here = present.get(note.source());
            Set<String> explained = new HashSet<>();
            here.forEach(p -> explained.addAll(identities.get(p).initials));
            for (String written : note.initialsUsed()) {
                // Longer forms (MSch, SjK) tell two people with the same two initials apart: they extend someone's
                // initials rather than name someone new, so only plain two-letter initials are learnt.
                String token = ParticipantEntry.foldInitials(written);
                if (explained.contains(token) || token.length() != 2) {
                    continue;
                }
                char letter = Character.toLowerCase(token.charAt(0));
                List<Integer> could = here.stream().filter(p -> identities.get(p).initials.isEmpty()
                        && identities.get(p).firsts.stream().anyMatch(f -> f.charAt(0) == letter)).toList();
                if (could.size() == 1) {
                    votes.computeIfAbsent(could.get(0), k -> new HashMap<>()).merge(token, 1, Integer::sum);
                }
            }
        }
        Set<String> taken = new HashSet<>(byInitials.keySet());
        votes.forEach((person, tokens) -> tokens.forEach((token, count) -> {
            if (count >= 2 || !taken.contains(token)) {
                identities.get(person).initials.add(token);
                List<Integer> owners = byInitials.computeIfAbsent(token, k -> new ArrayList<>());
                if (!owners.contains(person)) {
                    owners.add(person);
                }
            }
        }));
        goingBy.clear();
    }

    /** Builds the directory from every note's evidence and the people a project declares. */
    public static PeopleDirectory build(Collection<NoteEvidence> notes, Collection<DeclaredPerson> declared) {
        return build(notes, declared, List.of());
    }

    /**
     * Builds the directory; registry entries come first and override: each of their aliases always means them.
     */
    public static PeopleDirectory build(Collection<NoteEvidence> notes, Collection<DeclaredPerson> declared,
                                        Collection<PeopleRegistry.Entry> registry) {
        IdentityPlacement placement = new IdentityPlacement();
        for (PeopleRegistry.Entry entry : registry) {
            placement.register(entry);
        }
        for (DeclaredPerson person : declared) {
            NameForm form = ParticipantEntry.nameForm(person.name());
            if (form != null) {
                placement.place(form, person.github(), 0);
            }
        }
        Map<String, NameForm> distinct = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> spellings = new HashMap<>();
        for (NoteEvidence note : notes) {
            for (String raw : note.participants()) {
                for (NameForm form : ParticipantEntry.parse(raw).names()) {
                    if (form.kind() != NameForm.Kind.INITIALS) {
                        // A login or initials one entry gives a name ("James Snell @jasnell") hold for every entry
                        // that writes the name so.
                        distinct.merge(key(form), form, NameForm::withWhatElseIsKnown);
                        counts.merge(key(form), 1, Integer::sum);
                        spellings.computeIfAbsent(key(form), k -> new LinkedHashSet<>()).add(form.text());
                    }
                }
            }
            // Someone a note's labels name in full or by login, more than once, took part, listed or not ("Tucker
            // Taft:", "sacha:"). A capitalised handle ("TeoTeugea:") may be a slip for someone listed: it makes nobody.
            note.speakers().forEach((written, lines) -> {
                NameForm form = ParticipantEntry.nameForm(written);
                if (form != null && lines >= SPEAKER_TURNS_TO_KNOW
                        && (form.kind() == NameForm.Kind.FULL || form.kind() == NameForm.Kind.LOGIN)) {
                    distinct.merge(key(form), form, NameForm::withWhatElseIsKnown);
                    counts.merge(key(form), 1, Integer::sum);
                    spellings.computeIfAbsent(key(form), k -> new LinkedHashSet<>()).add(form.text());
                }
            });
        }
        // Fullest forms first, so that shorter ones find the people they could be; within a kind, longer handle
        // surnames first (RaduNichita before RaduN) and frequent spellings first (Antoine before Antoinne).
        List<NameForm> ordered = new ArrayList<>(distinct.values());
        ordered.sort(Comparator.comparing((NameForm f) -> f.kind().ordinal())
                .thenComparing(f -> f.surname() == null ? 0 : -f.surname().length())
                .thenComparing(f -> -counts.get(key(f)))
                .thenComparing(NameForm::text));
        for (NameForm form : ordered) {
            placement.place(form, null, counts.get(key(form)));
            List<Integer> placed = placement.forms.get(key(form));
            if (placed.size() == 1) {
                placement.identities.get(placed.get(0)).aliases.addAll(spellings.get(key(form)));
            }
        }
        return new PeopleDirectory(placement.identities, placement.forms, notes);
    }

    /** Every person, with ids made unique and stable for the same input. */
    public List<Person> people() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            people.add(person(i));
        }
        return people;
    }

    public Optional<Person> person(String id) {
        Integer i = indexById.get(id);
        return i == null ? Optional.empty() : Optional.of(person(i));
    }

    /**
     * Resolves one participant entry of a note: one resolution per name it holds, in written order; empty for a
     * placeholder such as {@code TODO}.
     */
    public List<Resolution> resolveEntry(NoteEvidence note, String raw) {
        List<Resolution> out = new ArrayList<>();
        for (NameForm form : ParticipantEntry.parse(raw).names()) {
            out.add(form.kind() == NameForm.Kind.INITIALS
                    ? resolveInitials(note, form.initials().iterator().next())
                    : resolveForm(note, form));
        }
        return out;
    }

    /**
     * Resolves initials used in a note ({@code RD} of {@code RD: ...}): first among the note's participants, then
     * among everyone with those initials who attends the note's teams around its date.
     */
    public Resolution resolveInitials(NoteEvidence note, String written) {
        String initials = ParticipantEntry.foldInitials(written);
        List<Integer> withInitials = goBy(written);
        Set<Integer> listed = present(note);
        List<Integer> participants = withInitials.stream().filter(listed::contains).toList();
        if (participants.size() == 1) {
            return Resolution.to(written, id(participants.get(0)), "the one participant with initials " + initials);
        }
        if (participants.size() > 1) {
            // Simon and Sairaj both go by SK; where the note also writes SjK, which only Sairaj goes by, SK is Simon.
            List<Integer> unclaimed = participants.stream()
                    .filter(p -> !namedByOtherInitials(note, written, p, listed)).toList();
            if (unclaimed.size() == 1) {
                return Resolution.to(written, id(unclaimed.get(0)), "of the participants with initials " + initials
                        + ", the one the note does not name by other initials");
            }
            return Resolution.unresolved(written, "initials " + initials + " fit several participants", ids(participants));
        }
        // A participant known only by a first name may be the one: Fabian is FP where Fabian attends and Florin P.,
        // who goes by FP, is not seen in the note's teams then. Where he is, the more active one in those teams decides.
        List<Integer> unnamed = listed.stream().filter(p -> identities.get(p).mayGoBy(written)).sorted().toList();
        if (!unnamed.isEmpty()) {
            List<Integer> near = withInitials.stream().filter(p -> attendedNear(note, p)).toList();
            if (unnamed.size() == 1 && near.isEmpty()) {
                return Resolution.to(written, id(unnamed.get(0)), "the one participant who may go by " + initials
                        + " (first name only, no initials known); nobody known by them attends the note's teams then");
            }
            List<Integer> both = new ArrayList<>(unnamed);
            both.addAll(near);
            Optional<Integer> active = dominantInTeamsAndPeriod(note, both);
            if (active.isPresent()) {
                return Resolution.to(written, id(active.get()), "of the participants who may go by " + initials
                        + " and those known by them, the one far more active in the note's teams then");
            }
            return Resolution.unresolved(written, "initials " + initials + " may be a participant known by first name"
                    + " only or someone known by them: " + names(both), ids(both));
        }
        // Not a participant: everyone known by these initials, and those who may go by them and attended the note's
        // teams around its date.
        List<Integer> candidates = new ArrayList<>(withInitials);
        for (int i = 0; i < identities.size(); i++) {
            if (identities.get(i).mayGoBy(written) && attendedNear(note, i)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Resolution.unresolved(written, "nobody known has initials " + initials, List.of());
        }
        Optional<Integer> active = dominantInTeamsAndPeriod(note, candidates);
        if (active.isPresent()) {
            return Resolution.to(written, id(active.get()),
                    "not a participant; the one with initials " + initials + " active in the note's teams then");
        }
        Optional<Integer> activeThen = dominantInPeriod(note, candidates);
        if (activeThen.isPresent()) {
            return Resolution.to(written, id(activeThen.get()),
                    "not a participant; the one with initials " + initials + " far more active in the project then");
        }
        if (candidates.size() == 1 && withInitials.size() == 1 && activeAnywhere(withInitials.get(0))) {
            return Resolution.to(written, id(withInitials.get(0)), "the only person known with initials " + initials);
        }
        return Resolution.unresolved(written, "initials " + initials + " fit several people, none a participant: "
                + names(candidates), ids(candidates));
    }

    /** Whether someone attended a meeting of the note's teams (of any team, for a note with none) within the period. */
    private boolean attendedNear(NoteEvidence note, int person) {
        if (note.date() == null) {
            return false;
        }
        return seen.getOrDefault(person, List.of()).stream().anyMatch(s -> s.date != null
                && Math.abs(ChronoUnit.DAYS.between(s.date, note.date())) <= PERIOD_DAYS
                && (note.teams().isEmpty() || s.teams.stream().anyMatch(note.teams()::contains)));
    }

    /** The person with a GitHub login, if one has it. */
    public Optional<Person> personWithLogin(String login) {
        for (int i = 0; i < identities.size(); i++) {
            if (login.equalsIgnoreCase(identities.get(i).github)) {
                return Optional.of(person(i));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a name fits someone in the folder (written so, or a first name, handle or full name of someone known):
     * a capitalised word before a colon may be just a word ("Note:", "Update:").
     */
    public boolean knowsName(String name) {
        // Asked of every capitalised word of every note: answered once per spelling.
        return knownNames.computeIfAbsent(name, written -> {
            NameForm form = ParticipantEntry.nameForm(written);
            return form != null && form.kind() != NameForm.Kind.INITIALS && !candidates(form).isEmpty();
        });
    }

    /** Who a form may denote: as placed when it was written in the folder, else everyone it fits. */
    private List<Integer> candidates(NameForm form) {
        List<Integer> placed = forms.get(key(form));
        if (placed != null) {
            return placed;
        }
        List<Integer> fits = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            Identity identity = identities.get(i);
            boolean fit = switch (form.kind()) {
                case FIRST -> identity.firsts.contains(form.first());
                // Alexandra Pirvulescu fits AlexandraP: same first name, surname starting as the handle's.
                case FULL -> identity.firsts.contains(form.first()) && (form.surname().equals(identity.surname)
                        || identity.surname == null && !identity.surnameStarts.isEmpty()
                        && identity.surnameStarts.stream().allMatch(form.surname()::startsWith));
                case HANDLE -> identity.firstFits(form.first()) && identity.surnameStartsWith(form.surname());
                case LOGIN -> form.login().equalsIgnoreCase(identity.github);
                case INITIALS -> false;
            };
            if (fit) {
                fits.add(i);
            }
        }
        return fits;
    }

    /** The person a declared name and login resolve to (the directory holds every declared person). */
    public PersonRef declaredPerson(DeclaredPerson declared) {
        NameForm form = ParticipantEntry.nameForm(declared.name());
        List<Integer> found = form == null ? List.of() : forms.getOrDefault(key(form), List.of());
        if (found.size() != 1) {
            throw new IllegalArgumentException("declared person " + declared.name() + " is not in the directory");
        }
        Person p = person(found.get(0));
        return new PersonRef(p.id(), p.name(), p.aliases(), p.initials(), p.github());
    }

    private Resolution resolveForm(NoteEvidence note, NameForm form) {
        List<Integer> candidates = candidates(form);
        if (candidates.size() == 1) {
            return Resolution.to(form.text(), id(candidates.get(0)), "the one person written this way");
        }
        if (candidates.isEmpty()) {
            return Resolution.unresolved(form.text(), "not seen when the directory was built", List.of());
        }
        Set<Integer> others = listedUnambiguously(note);
        List<Integer> left = candidates.stream().filter(c -> !others.contains(c)).toList();
        if (left.size() == 1) {
            return Resolution.to(form.text(), id(left.get(0)), "the only one of " + names(candidates)
                    + " not listed otherwise in this note");
        }
        if (left.isEmpty()) {
            return Resolution.unresolved(form.text(), "every candidate is listed otherwise in this note",
                    ids(candidates));
        }
        // Two independent signals: initials the text uses, and who attends the note's teams around its date. One
        // alone decides; when both speak and disagree (owners named in a TODO list need not be present), neither does.
        List<Integer> byText = byUnclaimedInitials(note, left, others);
        Optional<Integer> active = dominantInTeamsAndPeriod(note, left);
        if (byText.size() == 1 && active.isPresent() && !active.get().equals(byText.get(0))) {
            return Resolution.unresolved(form.text(), "the note's initials point to " + names(byText)
                    + " but its teams and date to " + names(List.of(active.get())), ids(left));
        }
        if (active.isPresent()) {
            return Resolution.to(form.text(), id(active.get()), "the one of " + names(left)
                    + " who attends the note's teams around its date");
        }
        if (byText.size() == 1) {
            return Resolution.to(form.text(), id(byText.get(0)), "the note's text uses their initials");
        }
        Optional<Integer> activeThen = byText.isEmpty() ? dominantInPeriod(note, left) : Optional.empty();
        if (activeThen.isPresent()) {
            return Resolution.to(form.text(), id(activeThen.get()), "the one of " + names(left)
                    + " far more active in the project around the note's date");
        }
        return Resolution.unresolved(form.text(), "could be " + names(left) + "; the note does not say which",
                ids(left));
    }

    /** What the note alone settles for an ambiguous form: the one candidate not listed otherwise, or named by initials. */
    private Optional<Integer> settledByNote(NoteEvidence note, NameForm form) {
        Set<Integer> others = listedUnambiguously(note);
        List<Integer> left = forms.get(key(form)).stream().filter(c -> !others.contains(c)).toList();
        if (left.size() == 1) {
            return Optional.of(left.get(0));
        }
        List<Integer> byText = byUnclaimedInitials(note, left, others);
        return byText.size() == 1 ? Optional.of(byText.get(0)) : Optional.empty();
    }

    /**
     * Candidates whose initials the note's text uses, counting only initials that no other listed participant
     * explains: "MP:" in a note Michalis Pappas attends says nothing about MariaP.
     */
    private List<Integer> byUnclaimedInitials(NoteEvidence note, List<Integer> candidates, Set<Integer> listed) {
        List<String> unclaimed = note.initialsUsed().stream()
                .filter(t -> listed.stream().noneMatch(goBy(t)::contains)).toList();
        return candidates.stream().filter(c -> unclaimed.stream().anyMatch(t -> goBy(t).contains(c))).toList();
    }

    /**
     * Resolves a speaker label that names someone ({@code Rod}, {@code cramertj}, {@code Yosh Wuyts}): the one
     * person the note lists as present whom it fits (first name, full name, handle, login); where none is listed,
     * the one person the folder writes that way, unless the label is weak (a convention often not naming a speaker,
     * such as "Name, text"), which must name a participant. Never a guess among several.
     */
    public Resolution resolveSpeaker(NoteEvidence note, String written, boolean weak) {
        NameForm form = ParticipantEntry.nameForm(written);
        if (form == null) {
            return Resolution.unresolved(written, "not a name", List.of());
        }
        if (form.kind() == NameForm.Kind.INITIALS) {
            return resolveInitials(note, written);
        }
        String folded = key(form);
        Set<Integer> present = present(note);
        // Written exactly as someone present is known first; then as their name or login can be written.
        List<Integer> listed = present.stream().filter(p -> writtenAs(identities.get(p), folded)).sorted().toList();
        if (listed.isEmpty()) {
            listed = present.stream().filter(p -> fits(identities.get(p), form)).sorted().toList();
        }
        if (listed.size() > 1) {
            // Diacritics tell people apart that folding makes alike: "Michael" is not Michaël.
            String exact = written.strip().toLowerCase(java.util.Locale.ROOT);
            List<Integer> spelt = listed.stream().filter(p -> identities.get(p).writtenFirsts().contains(exact))
                    .toList();
            listed = spelt.size() == 1 ? spelt : listed;
        }
        if (listed.size() == 1) {
            return Resolution.to(written, id(listed.get(0)), "the one participant written this way");
        }
        if (listed.size() > 1) {
            return Resolution.unresolved(written, "fits several participants: " + names(listed), ids(listed));
        }
        // A weak label must name a participant; where the note lists nobody, the folder's one person so written will do.
        if (weak && !note.participants().isEmpty()) {
            return Resolution.unresolved(written, "names no participant of the note", List.of());
        }
        // Someone else's login may hold the name ("niko", "nikomatsakis"): then it is nobody's to take.
        Set<Integer> known = new java.util.TreeSet<>(forms.getOrDefault(folded, List.of()));
        if (form.kind() == NameForm.Kind.FIRST || form.kind() == NameForm.Kind.LOGIN) {
            String name = form.kind() == NameForm.Kind.FIRST ? form.first() : Keys.fold(form.login());
            for (int i = 0; i < identities.size(); i++) {
                if (loginHolds(identities.get(i).github, name) && !name.equals(Keys.fold(identities.get(i).github))) {
                    known.add(i);
                }
            }
        }
        if (known.size() == 1) {
            return Resolution.to(written, id(known.iterator().next()), "the one person written this way");
        }
        return known.isEmpty() ? Resolution.unresolved(written, "not a participant, and nobody known is written so",
                List.of()) : Resolution.unresolved(written, "not a participant; could be " + names(List.copyOf(known)),
                ids(List.copyOf(known)));
    }

    /** Whether the note lists this person as present (ambiguous entries settled as far as the note allows). */
    public boolean listedIn(NoteEvidence note, String id) {
        Integer i = indexById.get(id);
        return i != null && listed(note).contains(i);
    }

    /**
     * Whether a person present at a meeting fits a name form as a speaker label writes it: a first name, full name or
     * handle of theirs, or a login built from their name as logins are ({@code Josh} for a participant listed as
     * {@code joshtriplett}, {@code mgoulet} for Michael Goulet, {@code pnkfelix} for Felix).
     */
    private static boolean fits(Identity identity, NameForm form) {
        return switch (form.kind()) {
            case FIRST -> identity.firstFits(form.first()) || loginHolds(identity.github, form.first());
            case FULL -> identity.firsts.contains(form.first()) && form.surname().equals(identity.surname);
            case HANDLE -> identity.firstFits(form.first()) && identity.surnameStartsWith(form.surname());
            case LOGIN -> form.login().equalsIgnoreCase(identity.github) || loginHolds(identity.github, form.login())
                    || identity.firsts.stream().anyMatch(f -> loginOfName(form.login(), f, identity.surname));
            case INITIALS -> false;
        };
    }

    /** Whether a person is known by exactly this writing: a spelling of theirs, their name or their login. */
    private static boolean writtenAs(Identity identity, String folded) {
        return identity.aliases.stream().anyMatch(a -> Keys.fold(a).equals(folded))
                || Keys.fold(identity.name()).equals(folded)
                || identity.github != null && Keys.fold(identity.github).equals(folded);
    }

    /** Whether a login starts or ends with a name of four letters or more ({@code joshtriplett}, {@code pnkfelix}). */
    private static boolean loginHolds(String login, String name) {
        if (login == null || name == null || name.length() < 4) {
            return false;
        }
        String l = Keys.fold(login).replace(" ", "");
        return l.startsWith(name) || l.endsWith(name);
    }

    /** Whether a login is made of a first name and surname as logins are: michaelgoulet, mgoulet, cramertj. */
    private static boolean loginOfName(String login, String first, String surname) {
        String l = Keys.fold(login).replace(" ", "");
        if (surname == null) {
            return loginHolds(login, first);
        }
        return l.equals(first + surname) || l.equals(first.charAt(0) + surname) || l.equals(first + surname.charAt(0))
                || l.equals(surname + first.charAt(0)) || loginHolds(login, first) || loginHolds(login, surname);
    }

    /** Whether a participant is the only one who goes by some other initials the note uses. */
    private boolean namedByOtherInitials(NoteEvidence note, String written, int person, Set<Integer> listed) {
        String folded = ParticipantEntry.foldInitials(written);
        for (String other : note.initialsUsed()) {
            if (ParticipantEntry.foldInitials(other).equals(folded)) {
                continue;
            }
            List<Integer> owners = goBy(other).stream().filter(listed::contains).toList();
            if (owners.equals(List.of(person))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who goes by initials as written: everyone with those initials, and for a longer mixed-case form (SjK, MSch,
     * ATtr) everyone it abbreviates: its capitals are their initials and each lower-case letter appears, in order,
     * in the name part it follows (j in Sairaj, ch in Schlumpp, tr in Tatar but not in Topală).
     */
    private List<Integer> goBy(String written) {
        return goingBy.computeIfAbsent(written, this::whoGoesBy);
    }

    private List<Integer> whoGoesBy(String written) {
        List<Integer> exact = byInitials.getOrDefault(ParticipantEntry.foldInitials(written), List.of());
        if (!exact.isEmpty() || written.chars().noneMatch(Character::isLowerCase)) {
            return exact;
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < identities.size(); i++) {
            if (identities.get(i).abbreviatedBy(written)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The candidate far more often at meetings of the note's teams within a year of it, if one is. */
    private Optional<Integer> dominantInTeamsAndPeriod(NoteEvidence note, List<Integer> candidates) {
        return note.teams().isEmpty() ? Optional.empty() : dominant(note, candidates, true);
    }

    /** The candidate far more often at any meeting within a year of the note, if one is. */
    private Optional<Integer> dominantInPeriod(NoteEvidence note, List<Integer> candidates) {
        return dominant(note, candidates, false);
    }

    private Optional<Integer> dominant(NoteEvidence note, List<Integer> candidates, boolean sameTeam) {
        if (note.date() == null) {
            return Optional.empty();
        }
        int best = -1;
        int bestScore = 0;
        int second = 0;
        for (int c : candidates) {
            int score = 0;
            for (Seen s : seen.getOrDefault(c, List.of())) {
                if (s.date != null && Math.abs(ChronoUnit.DAYS.between(s.date, note.date())) <= PERIOD_DAYS
                        && (!sameTeam || s.teams.stream().anyMatch(note.teams()::contains))) {
                    score++;
                }
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = c;
            } else if (score > second) {
                second = score;
            }
        }
        boolean dominant = bestScore >= DOMINANT_MIN && bestScore >= DOMINANT_RATIO * second;
        return dominant ? Optional.of(best) : Optional.empty();
    }

    private boolean activeAnywhere(int person) {
        return seen.containsKey(person) || identities.get(person).declared;
    }

    /** People a note lists by entries that mean one person whatever the note (corpus-wide unique forms). */
    private Set<Integer> listedUnambiguously(NoteEvidence note) {
        Set<Integer> listed = new HashSet<>();
        for (String raw : note.participants()) {
            for (NameForm form : ParticipantEntry.parse(raw).names()) {
                List<Integer> c = forms.getOrDefault(key(form), List.of());
                if (c.size() == 1) {
                    listed.add(c.get(0));
                }
            }
        }
        return listed;
    }

    /**
     * Everyone who took part in a meeting as far as its note shows: the people its entries resolve to, and those its
     * labels name in full ({@code Tucker Taft:}) when the folder knows one person so written. A handle is no such
     * evidence: {@code niko} may be the {@code nikomatsakis} the note lists.
     */
    private Set<Integer> present(NoteEvidence note) {
        Set<Integer> listed = listed(note);
        if (note.speakers().isEmpty()) {
            return listed;
        }
        Set<Integer> present = new HashSet<>(listed);
        note.speakers().keySet().forEach(written -> {
            NameForm form = ParticipantEntry.nameForm(written);
            List<Integer> known = form == null ? List.of() : forms.getOrDefault(key(form), List.of());
            if (known.size() == 1 && form.kind() == NameForm.Kind.FULL) {
                present.add(known.get(0));
            }
        });
        return present;
    }

    /**
     * Everyone a note's entries resolve to, ambiguous forms decided as far as the note allows. Every initials of a
     * note asks for it: it is worked out once per note (and thread) and kept until the thread's next note.
     */
    private Set<Integer> listed(NoteEvidence note) {
        ListedCache cached = lastListed.get();
        if (cached != null && cached.note == note) {
            return cached.listed;
        }
        Set<Integer> listed = Set.copyOf(resolveListed(note));
        lastListed.set(new ListedCache(note, listed));
        return listed;
    }

    private record ListedCache(NoteEvidence note, Set<Integer> listed) {
    }

    private Set<Integer> resolveListed(NoteEvidence note) {
        Set<Integer> listed = new HashSet<>(listedUnambiguously(note));
        for (String raw : note.participants()) {
            for (NameForm form : ParticipantEntry.parse(raw).names()) {
                if (form.kind() != NameForm.Kind.INITIALS && forms.getOrDefault(key(form), List.of()).size() > 1) {
                    Resolution r = resolveForm(note, form);
                    if (r.resolved()) {
                        listed.add(index(r.person()));
                    }
                }
            }
        }
        return listed;
    }

    private Person person(int i) {
        Identity identity = identities.get(i);
        return new Person(identity.id, identity.name(), List.copyOf(new TreeSet<>(identity.aliases)),
                List.copyOf(new TreeSet<>(identity.initials)), identity.github);
    }

    private String id(int i) {
        return identities.get(i).id;
    }

    private int index(String id) {
        return indexById.get(id);
    }

    private List<String> ids(List<Integer> people) {
        return people.stream().map(this::id).toList();
    }

    private String names(List<Integer> people) {
        return people.stream().map(p -> identities.get(p).name()).collect(Collectors.joining(", "));
    }

    /** Forms that fold alike are one form: {@code RăzvanD}, {@code RazvanD}, {@code RAzvanD}. */
    static String key(NameForm form) {
        return Keys.fold(form.text());
    }

    private record Seen(LocalDate date, Set<String> teams) {
    }

}
