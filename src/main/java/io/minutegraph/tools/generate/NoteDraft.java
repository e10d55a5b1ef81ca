package io.minutegraph.tools.generate;

import io.minutegraph.graph.Keys;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One note while it is being written: its dice, who came and how the note writes each of them, and what the note
 * may speak of (its team's features, the releases and events around its date). Filling a template from
 * {@link Phrases} happens here, so that every part of the note names the same people the same way.
 */
final class NoteDraft {

    /**
     * Someone at the meeting.
     *
     * @param entry  their participants entry, as written in this note
     * @param tag    what their lines start with: initials ({@code RD}), longer initials where two share them
     *               ({@code SaK}), or a first name where initials would read as a word ({@code OK}, {@code IO})
     * @param weight how much they talk
     */
    record Attendee(SyntheticPerson person, String entry, String tag, double weight) {
    }

    /** The features one topic is about, each written one way throughout the topic. */
    record Focus(String f, String g) {
    }

    /** Two capitals that read as a word before a colon, so the notes never use them as initials. */
    private static final Set<String> WORDS = Set.of("OK", "PR", "CI", "QA", "OS", "VM", "IO", "UI", "ID");
    private static final LocalDate PR_EPOCH = LocalDate.of(2021, 1, 1);

    final Dice dice;
    final SyntheticTeam team;
    final int index;
    final LocalDate day;
    final List<Attendee> present;
    /** Active in the team now but not at this meeting: they may still own an item. */
    final List<SyntheticPerson> away;
    final ReleaseTimeline.Release next;
    final Optional<ReleaseTimeline.Release> previous;
    final Optional<ReleaseTimeline.Release> patch;
    final EventCalendar.Upcoming event;
    private final FeatureCatalogue features;
    private final List<SyntheticPerson> people;
    private final Map<String, String> spellings = new HashMap<>();
    private final Set<String> covered = new HashSet<>();

    NoteDraft(Dice dice, SyntheticTeam team, int index, LocalDate day, List<SyntheticPerson> people,
              FeatureCatalogue features, ReleaseTimeline releases, EventCalendar events) {
        this.dice = dice;
        this.team = team;
        this.index = index;
        this.day = day;
        this.people = people;
        this.features = features;
        this.next = releases.next(day);
        this.previous = releases.previous(day).filter(r -> ChronoUnit.DAYS.between(r.date(), day) <= 60);
        this.patch = releases.patchNear(day);
        this.event = events.upcoming(day, dice);
        List<SyntheticTeam.Membership> attending = attending();
        this.present = attendees(attending);
        Set<Integer> here = new HashSet<>();
        attending.forEach(m -> here.add(m.person()));
        this.away = team.members().stream().filter(m -> m.activeAt(index) && !here.contains(m.person()))
                .map(m -> people.get(m.person())).toList();
    }

    /** Who comes: the active members who turn up, at least two, at most a room's worth. */
    private List<SyntheticTeam.Membership> attending() {
        List<SyntheticTeam.Membership> active = new ArrayList<>(team.members().stream()
                .filter(m -> m.activeAt(index)).toList());
        if (active.size() < 2) {
            // Early and late in a series few stretches cover the meeting: the nearest members come.
            team.members().stream().filter(m -> !m.activeAt(index))
                    .sorted(Comparator.comparingInt((SyntheticTeam.Membership m) -> m.distance(index))
                            .thenComparingInt(SyntheticTeam.Membership::person))
                    .limit(2 - active.size()).forEach(active::add);
        }
        List<SyntheticTeam.Membership> came = new ArrayList<>();
        List<SyntheticTeam.Membership> stayed = new ArrayList<>();
        for (SyntheticTeam.Membership m : active) {
            (dice.chance(m.attendance()) ? came : stayed).add(m);
        }
        while (came.size() < Math.min(2, active.size())) {
            came.add(stayed.remove(0));
        }
        int room = team.kind() == SyntheticTeam.Kind.COMMUNITY ? 14 : 9;
        dice.shuffle(came);
        return came.size() > room ? came.subList(0, room) : came;
    }

    private List<Attendee> attendees(List<SyntheticTeam.Membership> came) {
        List<SyntheticPerson> persons = came.stream().map(m -> people.get(m.person())).toList();
        List<Attendee> attendees = new ArrayList<>();
        Map<String, Integer> initialsUsed = new HashMap<>();
        persons.forEach(p -> initialsUsed.merge(p.initials(), 1, Integer::sum));
        List<Set<String>> readAs = persons.stream().map(p -> Set.copyOf(List.of(Keys.fold(p.first()),
                Keys.fold(p.written(SyntheticPerson.Style.HANDLE)), Keys.fold(p.written(SyntheticPerson.Style.JOINED)))))
                .toList();
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            SyntheticPerson person = persons.get(i);
            String entry = entry(person, i, readAs);
            String tag = person.initials();
            if (initialsUsed.get(tag) > 1 && tags.contains(tag)) {
                tag = person.longInitials();
            }
            if (WORDS.contains(tag) || tags.contains(tag)) {
                tag = person.first();
            }
            tags.add(tag);
            // Leads talk most; the first core member, who takes the notes everywhere, more than most.
            double weight = came.get(i).lead() ? 3 : person.number() == 0 ? 1.5 : 1;
            attendees.add(new Attendee(person, entry, tag, weight));
        }
        return attendees;
    }

    /**
     * How this note writes someone: mostly their habit, now and then another form; never a form that reads as
     * another participant's (two Răzvans are written RăzvanD and RăzvanV, not Răzvan and Răzvan).
     */
    private String entry(SyntheticPerson person, int self, List<Set<String>> readAs) {
        SyntheticPerson.Style style = person.habit();
        if (!dice.chance(0.75)) {
            boolean accented = !Keys.fold(person.first()).equalsIgnoreCase(person.first());
            style = SyntheticPerson.Style.values()[dice.weighted(30, 30, 25, 10,
                    person.canBeMisspelt() ? (accented ? 40 : 8) : 0)];
        }
        String written = person.written(style);
        for (SyntheticPerson.Style safer : List.of(SyntheticPerson.Style.HANDLE, SyntheticPerson.Style.JOINED,
                SyntheticPerson.Style.FULL)) {
            if (!clashes(written, self, readAs)) {
                break;
            }
            written = person.written(safer);
        }
        if (dice.chance(0.01)) {
            written += dice.pick(List.of(" (came later)", " (left early)", " (host)"));
        } else if (dice.chance(0.01) && written.equals(person.canonical())) {
            written += " (" + person.initials() + ")";
        }
        return written;
    }

    /** Whether a spelling reads as another participant's first name, handle or joined name. */
    private static boolean clashes(String written, int self, List<Set<String>> readAs) {
        String key = Keys.fold(written);
        for (int other = 0; other < readAs.size(); other++) {
            if (other != self && readAs.get(other).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** A speaker, the leads more often. */
    Attendee speaker() {
        double[] weights = new double[present.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = present.get(i).weight();
        }
        return present.get(dice.weighted(weights));
    }

    /**
     * Owners of an item as its prefix writes them ({@code RD}, {@code AB, CD}, {@code MP / RD}): mostly people at the
     * meeting, sometimes someone of the team who was not.
     */
    String owners() {
        int count = dice.weighted(80, 17, 3) + 1;
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count * 3 && tags.size() < count; i++) {
            String tag = !away.isEmpty() && dice.chance(0.12) ? dice.pick(away).initials() : speaker().tag();
            if (!tags.contains(tag) && !WORDS.contains(tag)) {
                tags.add(tag);
            }
        }
        if (tags.isEmpty()) {
            tags.add(present.get(0).tag());
        }
        return String.join(dice.pick(List.of("/", ", ", " / ")), tags);
    }

    /** Features for a line or a list item: the team's focus mostly, any gazetteer feature now and then. */
    Focus focus() {
        return withSecond(feature());
    }

    /** Features for a new topic: one no other topic of the note is about yet, where the focus allows. */
    Focus newTopic() {
        FeatureCatalogue.Feature f = feature();
        for (int i = 0; i < 5 && covered.contains(f.name()); i++) {
            f = feature();
        }
        covered.add(f.name());
        return withSecond(f);
    }

    private Focus withSecond(FeatureCatalogue.Feature f) {
        FeatureCatalogue.Feature g = feature();
        for (int i = 0; i < 3 && g.equals(f); i++) {
            g = feature();
        }
        return new Focus(spelt(f), spelt(g));
    }

    private FeatureCatalogue.Feature feature() {
        return dice.chance(0.8) ? features.get(dice.pick(team.focus())) : dice.pick(features.all());
    }

    /** A note writes a feature one way throughout, as one note taker would; the next note may write it another. */
    private String spelt(FeatureCatalogue.Feature feature) {
        return spellings.computeIfAbsent(feature.name(), k -> feature.written(dice));
    }

    /** The release as this team names it: KraftKit's notes say "Unikraft 0.17", since their bare numbers are the tool's. */
    String release(String version) {
        return team.name().contains("kraft") ? "Unikraft " + version : version;
    }

    /** A template with its placeholders filled; see {@link Phrases}. */
    String fill(String template, Focus focus) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open).append(value(template.substring(open + 1, close), focus));
            at = close + 1;
        }
        return out.toString();
    }

    private String value(String key, Focus focus) {
        return switch (key) {
            case "f" -> focus.f();
            case "g" -> focus.g();
            case "plat" -> spelt(dice.pick(features.ofKind("platform")));
            case "plat2" -> otherPlatform();
            case "arch" -> spelt(dice.pick(features.ofKind("architecture")));
            case "app" -> spelt(dice.pick(features.ofKind("application")));
            case "name" -> nameInText();
            case "owner" -> ownerInText();
            case "owners" -> ownersInText();
            case "pr" -> String.valueOf(300 + ChronoUnit.DAYS.between(PR_EPOCH, day) * 2 / 3 + dice.between(0, 40));
            case "v" -> release(next.version());
            case "pv" -> release(patch.or(() -> previous).orElse(next).version());
            case "event" -> event.name();
            case "date" -> WrittenDates.monthDayYear(day.plusDays(dice.between(5, 25)));
            case "day" -> WrittenDates.weekday(day.plusDays(dice.between(1, 6)));
            case "n" -> String.valueOf(dice.between(2, 40));
            case "channel" -> dice.pick(Phrases.CHANNELS);
            case "yt" -> Long.toString(Math.abs(Dice.seed(index, team.number())) % 2_000_000_000L, 36);
            default -> throw new IllegalArgumentException("no placeholder {" + key + "}");
        };
    }

    /** A second platform for "works on {plat} but not on {plat2}": one this note has not just named. */
    private String otherPlatform() {
        List<FeatureCatalogue.Feature> platforms = features.ofKind("platform");
        FeatureCatalogue.Feature platform = dice.pick(platforms);
        for (int i = 0; i < 3 && spellings.containsKey(platform.name()); i++) {
            platform = dice.pick(platforms);
        }
        return spelt(platform);
    }

    /** Someone of the team named in the text, by first name mostly, as people talk. */
    private String nameInText() {
        SyntheticPerson person = !away.isEmpty() && dice.chance(0.3) ? dice.pick(away) : speaker().person();
        return dice.chance(0.7) ? person.first() : person.written(SyntheticPerson.Style.HANDLE);
    }

    /** Someone at the meeting said to own something: first name, full name or handle. */
    private String ownerInText() {
        SyntheticPerson person = speaker().person();
        return person.written(SyntheticPerson.Style.values()[dice.weighted(25, 50, 25, 0, 0)]);
    }

    /** Owners in parentheses after a track: {@code Marc, Michalis}, sometimes one tentative ({@code Michalis?}). */
    private String ownersInText() {
        int count = dice.weighted(50, 35, 15) + 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count * 3 && names.size() < count; i++) {
            SyntheticPerson person = speaker().person();
            String name = dice.chance(0.6) ? person.first() : person.written(SyntheticPerson.Style.HANDLE);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (dice.chance(0.05)) {
            names.set(names.size() - 1, names.get(names.size() - 1) + "?");
        }
        return String.join(", ", names);
    }
}
