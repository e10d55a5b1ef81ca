package io.minutegraph.tools.generate;

import io.minutegraph.graph.Keys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes one synthetic note as the real ones are written: YAML front matter ({@code title}, {@code tags},
 * {@code datetime}, {@code location}, {@code teams}, {@code participants}), an agenda, discussions under
 * {@code ###} topic headings with speakers' initials at line starts, status lists of tracks, release plans and
 * events, and a "TODOs and Decisions" section of items owned by initials. Older notes are written the older way
 * (no title, {@code ###} sections, flat discussions), as the corpus changed its style around late 2022.
 */
final class NoteComposer {

    /**
     * A part of the discussion.
     *
     * @param agenda     its agenda item, or null
     * @param todos      the TODO items it leads to
     * @param structural a release, events or status list: it keeps its heading in a flat discussion and its item in
     *                   a working group's agenda, as the real notes do
     */
    private record Topic(String agenda, String heading, List<String> lines, List<String> todos, boolean structural) {
    }

    private static final LocalDate MODERN = LocalDate.of(2022, 10, 1);
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final String DISCORD = "Online, Discord (https://bit.ly/UnikraftDiscord), the `#monkey-business`"
            + " voice channel";
    private static final List<String> STATUS_CYCLE = List.of("READY TO START", "IN PROGRESS", "ongoing",
            "IN REVIEW", "DONE", "continuous");
    private static final List<String> STATUS_NEWS = List.of("PRIORITY", "THIS WEEK", "BLOCKED", "ON HOLD",
            "NEXT WEEK");

    /** A kind of topic and how likely a meeting is to have it; topics that do not apply come out empty. */
    private record TopicChance(double probability, Function<NoteDraft, List<Topic>> topics) {
    }

    private final long seed;
    private final List<SyntheticPerson> people;
    private final FeatureCatalogue features;
    private final ReleaseTimeline releases = new ReleaseTimeline();
    private final EventCalendar events = new EventCalendar();
    private final Map<SyntheticTeam.Kind, List<TopicChance>> chances = new EnumMap<>(SyntheticTeam.Kind.class);

    NoteComposer(long seed, List<SyntheticPerson> people, FeatureCatalogue features) {
        this.seed = seed;
        this.people = people;
        this.features = features;
        chances.put(SyntheticTeam.Kind.COMMUNITY, List.of(new TopicChance(0.75, this::events),
                new TopicChance(0.5, this::postRelease), new TopicChance(0.4, d -> releasePlan(d, true)),
                new TopicChance(0.5, this::tracks), new TopicChance(0.4, this::running)));
        chances.put(SyntheticTeam.Kind.MAINTAINERS, List.of(new TopicChance(0.4, this::postRelease),
                new TopicChance(0.6, this::patchRelease), new TopicChance(0.6, d -> releasePlan(d, true)),
                new TopicChance(0.2, this::tracks), new TopicChance(0.15, this::events),
                new TopicChance(0.3, this::running)));
        chances.put(SyntheticTeam.Kind.WORKING_GROUP, List.of(new TopicChance(0.12, d -> releasePlan(d, false)),
                new TopicChance(0.2, this::tracks), new TopicChance(0.12, this::events)));
    }

    /** The note of a team's meeting number {@code index}, which starts at {@code start}. */
    String compose(SyntheticTeam team, int index, LocalDateTime start) {
        Dice dice = new Dice(Dice.seed(seed, team.number(), index));
        NoteDraft draft = new NoteDraft(dice, team, index, start.toLocalDate(), people, features, releases, events);
        boolean modern = !start.toLocalDate().isBefore(MODERN) || dice.chance(0.25);
        StringBuilder out = new StringBuilder(4096);
        frontMatter(out, draft, start, modern);
        List<Topic> topics = topics(draft);
        agenda(out, draft, topics, modern);
        discussions(out, draft, topics, modern);
        todos(out, draft, topics, modern);
        return out.toString();
    }

    private void frontMatter(StringBuilder out, NoteDraft d, LocalDateTime start, boolean modern) {
        Dice dice = d.dice;
        out.append("---\n");
        if (modern || dice.chance(0.3)) {
            String date = d.team.name().equals("kraft") || dice.chance(0.1)
                    ? WrittenDates.dayMonthYear(d.day) : WrittenDates.monthDayYear(d.day);
            out.append("title: \"").append(d.team.title()).append(", ").append(date).append("\"\n");
            out.append("tags: unikraft, ").append(d.team.name());
            if (dice.chance(0.4)) {
                out.append(", ").append(Keys.slug(d.team.focus().get(0)));
            }
            out.append('\n');
        }
        String offset = switch (dice.weighted(75, 20, 5)) {
            case 0 -> "+02:00";
            case 1 -> "+01:00";
            default -> "+03:00";
        };
        out.append("datetime: ").append(DATETIME.format(start)).append(offset).append('\n');
        out.append("location: ").append(location(d)).append('\n');
        String item = modern ? "- " : "  - ";
        out.append("teams:\n").append(item).append(d.team.name()).append('\n');
        out.append("participants:\n");
        List<String> entries = new ArrayList<>(d.present.stream().map(NoteDraft.Attendee::entry).toList());
        if (entries.size() >= 4 && dice.chance(0.005)) {
            // A hurried note taker's "FH, SK": two people as initials in one entry.
            entries.set(0, d.present.get(0).person().initials() + ", " + d.present.get(1).person().initials());
            entries.remove(1);
        }
        if (dice.chance(0.015)) {
            entries.add(dice.between(0, entries.size()), dice.pick(List.of("TBD", "", "TODO", "TO FILL")));
        }
        entries.forEach(e -> out.append(item).append(e).append('\n'));
        out.append("---\n\n");
    }

    private static String location(NoteDraft d) {
        return switch (d.dice.weighted(80, 8, 4, 3, 5)) {
            case 1 -> "Google Meet";
            case 2 -> "Zoom";
            case 3 -> "Bucharest, UPB, room PR706";
            case 4 -> "Online, Discord, the `#maintainers-voice` voice channel";
            default -> DISCORD;
        };
    }

    /** What the meeting talks about, by the kind of team: each kind of topic with its chance, in this order. */
    private List<Topic> topics(NoteDraft d) {
        Dice dice = d.dice;
        List<Topic> topics = new ArrayList<>();
        for (TopicChance chance : chances.get(d.team.kind())) {
            if (dice.chance(chance.probability())) {
                topics.addAll(chance.topics().apply(d));
            }
        }
        int statuses = switch (d.team.kind()) {
            case COMMUNITY -> dice.between(0, 2);
            case MAINTAINERS -> dice.between(1, 3);
            case WORKING_GROUP -> dice.between(1, 4);
        };
        if (dice.chance(0.15)) {
            statuses += 3; // now and then a long meeting
        }
        for (int i = 0; i < statuses; i++) {
            topics.add(dice.chance(0.4) ? topics.size() : dice.between(0, topics.size()), status(d));
        }
        return topics;
    }

    /** Speakers on the state of a feature: what they did, what is stuck, what they will do. */
    private Topic status(NoteDraft d) {
        Dice dice = d.dice;
        NoteDraft.Focus focus = d.newTopic();
        NoteDraft.Attendee owner = d.speaker();
        String heading = switch (dice.weighted(40, 15, 15, 10, 10)) {
            case 1 -> focus.f() + " status";
            case 2 -> owner.person().first();
            case 3 -> "Review of " + focus.f() + " PRs";
            case 4 -> "Next steps";
            default -> focus.f();
        };
        List<String> lines = new ArrayList<>();
        boolean bulleted = dice.chance(0.1);
        int paragraphs = dice.between(2, 7);
        for (int p = 0; p < paragraphs; p++) {
            if (!lines.isEmpty() && !bulleted) {
                lines.add("");
            }
            int kind = dice.weighted(72, 16, 12);
            if (kind == 0) {
                NoteDraft.Attendee speaker = p == 0 && heading.equals(owner.person().first()) ? owner : d.speaker();
                String tag = dice.chance(0.03) ? "**" + speaker.tag() + "**" : speaker.tag();
                lines.add((bulleted ? "- " : "") + tag + ": " + d.fill(dice.pick(Phrases.SAID), focus));
                if (!bulleted && dice.chance(0.3)) {
                    lines.add(d.fill(dice.pick(Phrases.CONTINUED), focus));
                }
                if (!bulleted && dice.chance(0.12)) {
                    int items = dice.between(2, 4);
                    for (int i = 0; i < items; i++) {
                        lines.add("* " + d.fill(dice.pick(Phrases.LISTED), d.focus()));
                    }
                }
            } else {
                List<String> bank = kind == 1 ? Phrases.STATED : Phrases.OWNING;
                lines.add((bulleted ? "- " : "") + d.fill(dice.pick(bank), focus));
            }
        }
        return new Topic(heading, heading, lines, List.of(), false);
    }

    /** The next release: its date and what it will hold; sometimes, with {@code later}, what comes after it. */
    private List<Topic> releasePlan(NoteDraft d, boolean later) {
        Dice dice = d.dice;
        String v = d.release(d.next.version());
        String heading = switch (dice.between(0, 4)) {
            case 0 -> v;
            case 1 -> "Release " + v;
            case 2 -> "Plans for Release " + v;
            case 3 -> v + " Release";
            default -> "Release " + v + " items";
        };
        List<String> lines = new ArrayList<>();
        if (dice.chance(0.6)) {
            String when = WrittenDates.withWeekday(d.next.date());
            lines.add(switch (dice.between(0, 3)) {
                case 0 -> "Release " + v + " will happen on " + when + ".";
                case 1 -> "Scheduled for " + when + ".";
                case 2 -> "Release " + v + " - " + (d.next.date().getDayOfMonth() <= 15 ? "early " : "late ")
                        + WrittenDates.month(d.next.date().getMonth()) + " " + d.next.date().getYear();
                default -> "Target date: " + when + ".";
            });
            lines.add("");
        }
        int items = d.dice.between(3, 9);
        for (int i = 0; i < items; i++) {
            lines.add("* " + d.fill(dice.pick(Phrases.PLANNED), d.focus()));
        }
        if (dice.chance(0.3)) {
            lines.add("");
            lines.add("Feature freeze: " + WrittenDates.monthDayYear(d.next.date().minusWeeks(2)));
        }
        if (dice.chance(0.3)) {
            lines.add("");
            lines.add(v + " GitHub project: https://github.com/orgs/unikraft/projects/" + dice.between(20, 90));
        }
        List<String> todos = dice.chance(0.4) ? List.of(d.owners() + ": Create a GitHub project for " + v + ".")
                : List.of();
        List<Topic> topics = new ArrayList<>();
        topics.add(new Topic(dice.chance(0.5) ? "Planning for the " + v + " release" : "Next release plans", heading,
                lines, todos, true));
        if (later && dice.chance(0.25)) {
            List<String> afterwards = new ArrayList<>();
            int count = dice.between(2, 5);
            for (int i = 0; i < count; i++) {
                afterwards.add("* " + d.fill("{f}", d.focus()));
            }
            topics.add(new Topic(null, "Later", afterwards, List.of(), true));
        }
        return topics;
    }

    /** Looking back on the release just out: how it went, thanks. */
    private List<Topic> postRelease(NoteDraft d) {
        if (d.previous.isEmpty()) {
            return List.of();
        }
        Dice dice = d.dice;
        String pv = d.release(d.previous.orElseThrow().version());
        List<String> lines = new ArrayList<>();
        lines.add(d.speaker().tag() + ": Release went really well.");
        lines.add("We got to less than " + dice.between(20, 60) + " PRs.");
        if (dice.chance(0.7)) {
            lines.add(d.fill("Many thanks to {name} and {name} for their work.", d.focus()));
        }
        lines.add("");
        lines.add(d.speaker().tag() + ": Thank you to everyone, " + dice.between(12, 40) + " contributors this time.");
        String heading = "Post " + pv + " release";
        return List.of(new Topic(heading, heading, lines, List.of(), true));
    }

    /** A patch release due within weeks: what goes in and when, as the maintainers plan 0.16.3. */
    private List<Topic> patchRelease(NoteDraft d) {
        if (d.patch.isEmpty()) {
            return List.of();
        }
        Dice dice = d.dice;
        ReleaseTimeline.Release patch = d.patch.orElseThrow();
        String pv = d.release(patch.version());
        List<String> lines = new ArrayList<>();
        lines.add("- Small fixes / updates.");
        if (dice.chance(0.5)) {
            lines.add("- Fully populated catalog.");
        }
        lines.add(d.fill("- Archs all working - testing apps on {f}, native {arch}.", d.focus()));
        lines.add("- ideally: this week, " + WrittenDates.monthDayYear(patch.date()) + " - no later than "
                + WrittenDates.monthDayYear(patch.date().plusWeeks(1)));
        return List.of(new Topic(pv + " patch release", pv, lines,
                List.of(d.owners() + ": Create a GitHub project for " + pv + "."), true));
    }

    private List<Topic> events(NoteDraft d) {
        Dice dice = d.dice;
        List<String> announced = new ArrayList<>();
        announced.add(d.event.line());
        int more = dice.between(0, 3);
        for (int i = 0; i < more; i++) {
            String line = events.upcoming(d.day, dice).line();
            if (!announced.contains(line)) {
                announced.add(line);
            }
        }
        List<String> lines = new ArrayList<>();
        boolean listed = dice.chance(0.3);
        for (String line : announced) {
            if (!listed && !lines.isEmpty()) {
                lines.add("");
            }
            lines.add(listed ? "- " + line : line);
        }
        if (dice.chance(0.1)) {
            lines.add("");
            lines.addAll(events.hackathonPlan(d.day, dice));
        }
        List<String> todos = dice.chance(0.5)
                ? List.of(d.owners() + ": " + (dice.chance(0.5) ? "Post on social media on " + d.event.name() + "."
                        : "Announce " + d.event.name() + " on social media."))
                : List.of();
        String heading = switch (dice.between(0, 2)) {
            case 0 -> "Community Updates";
            case 1 -> "Past & Incoming Events";
            default -> "Events";
        };
        return List.of(new Topic("Community updates: events, meetings, " + d.event.name(), heading, lines, todos,
                true));
    }

    /**
     * The state of each track with its owners ({@code - plat re-arch (Marc, Michalis): READY TO START}); a track's
     * status moves along as the series goes on, so that status over time tells a story.
     */
    private List<Topic> tracks(NoteDraft d) {
        Dice dice = d.dice;
        List<String> lines = new ArrayList<>();
        int count = dice.between(3, 8);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String track = d.focus().f();
            if (seen.contains(Keys.fold(track))) {
                continue;
            }
            seen.add(Keys.fold(track));
            String status = dice.chance(0.12) ? dice.pick(STATUS_NEWS) : STATUS_CYCLE.get(Math.floorMod(
                    Keys.fold(track).hashCode() + d.index / 5, STATUS_CYCLE.size()));
            String owners = d.fill("{owners}", d.focus());
            switch (dice.weighted(60, 20, 10, 10)) {
                case 1 -> lines.add("- " + track + ": " + status);
                case 2 -> lines.add("- " + track + " (" + owners + ")");
                case 3 -> {
                    lines.add("- " + track + " (" + owners + ")");
                    lines.add("  - State: " + status.toLowerCase(Locale.ROOT));
                }
                default -> lines.add("- " + track + " (" + owners + "): " + status);
            }
        }
        String heading = switch (dice.between(0, 3)) {
            case 0 -> "Updates, Q&A";
            case 1 -> "Status updates";
            case 2 -> "Tracks";
            default -> "Status";
        };
        return List.of(new Topic("Status updates", heading, lines, List.of(), true));
    }

    /** How the community runs: schedules, branches, reviews. */
    private List<Topic> running(NoteDraft d) {
        Dice dice = d.dice;
        List<String> lines = new ArrayList<>();
        int count = dice.between(2, 5);
        for (int i = 0; i < count; i++) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            String said = d.fill(dice.pick(Phrases.RUNNING), d.focus());
            lines.add(dice.chance(0.4) ? d.speaker().tag() + ": " + said : said);
        }
        String heading = switch (dice.between(0, 4)) {
            case 0 -> "Community Guidelines";
            case 1 -> "Meeting Schedule";
            case 2 -> "CI, Branches, Release Process";
            case 3 -> "Ideas, Proposals, Feedback";
            default -> "Others";
        };
        return List.of(new Topic(heading, heading, lines, List.of(), false));
    }

    private static void agenda(StringBuilder out, NoteDraft d, List<Topic> topics, boolean modern) {
        Dice dice = d.dice;
        out.append(modern ? dice.chance(0.7) ? "## :dart: Agenda" : "## Agenda" : "### Agenda").append("\n\n");
        List<String> items = new ArrayList<>();
        if (d.team.kind() == SyntheticTeam.Kind.WORKING_GROUP) {
            if (!modern && dice.chance(0.3)) {
                out.append("Status updates\n\n");
                return;
            }
            items.add("Status update");
            topics.stream().filter(t -> t.structural() && t.agenda() != null).forEach(t -> items.add(t.agenda()));
            items.add("Next steps");
        } else {
            topics.stream().filter(t -> t.agenda() != null && !items.contains(t.agenda()))
                    .forEach(t -> items.add(t.agenda()));
            if (dice.chance(0.5)) {
                items.add(dice.chance(0.5) ? "Others" : "Anything else");
            }
        }
        String bullet = dice.chance(0.3) ? "* " : "- ";
        items.forEach(i -> out.append(bullet).append(i).append('\n'));
        out.append('\n');
    }

    private static void discussions(StringBuilder out, NoteDraft d, List<Topic> topics, boolean modern) {
        Dice dice = d.dice;
        out.append(modern ? dice.chance(0.7) ? "## :closed_book: Discussions" : "## Discussions" : "### Discussions")
                .append("\n\n");
        // Working groups often write speaker after speaker with no topic headings, as the SMP notes do.
        boolean flat = d.team.kind() == SyntheticTeam.Kind.WORKING_GROUP && dice.chance(modern ? 0.3 : 0.6);
        String level = modern ? "### " : "#### ";
        for (Topic topic : topics) {
            if (!flat || topic.structural()) {
                out.append(level).append(topic.heading()).append("\n\n");
            }
            topic.lines().forEach(line -> out.append(line).append('\n'));
            out.append('\n');
        }
    }

    private static void todos(StringBuilder out, NoteDraft d, List<Topic> topics, boolean modern) {
        Dice dice = d.dice;
        String heading = modern ? dice.chance(0.7) ? "## :wrench: TODOs and Decisions"
                : dice.chance(0.8) ? "## TODOs and Decisions" : "## Action Items"
                : dice.chance(0.8) ? "### TODOs and Decisions" : "### TODOs";
        out.append(heading).append("\n\n");
        List<String> items = new ArrayList<>();
        topics.forEach(t -> items.addAll(t.todos()));
        int count = d.team.kind() == SyntheticTeam.Kind.COMMUNITY ? dice.between(2, 7) : dice.between(1, 5);
        for (int i = 0; i < count; i++) {
            NoteDraft.Focus focus = d.focus();
            items.add(switch (dice.weighted(75, 7, 11, 7)) {
                case 1 -> d.fill(dice.pick(Phrases.GROUP_TODO), focus);
                case 2 -> d.fill(dice.pick(Phrases.DECIDED), focus);
                case 3 -> d.fill(dice.pick(Phrases.TRAILING_TODO), focus);
                default -> d.owners() + ": " + d.fill(dice.pick(Phrases.TODO), focus);
            });
        }
        boolean listed = dice.chance(0.35);
        for (int i = 0; i < items.size(); i++) {
            String prefix = !listed ? "" : dice.chance(0.05) ? "- [ ] " : "- ";
            out.append(prefix).append(items.get(i)).append('\n');
            if (dice.chance(0.08)) {
                out.append(listed ? "  " : "").append(dice.pick(Phrases.TODO_CONTINUED)).append('\n');
            }
            if (!listed && i < items.size() - 1) {
                out.append('\n');
            }
        }
    }
}
