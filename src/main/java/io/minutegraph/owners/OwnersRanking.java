package io.minutegraph.owners;

import io.minutegraph.owners.OwnersAnswer.Evidence;
import io.minutegraph.owners.OwnersAnswer.Owner;
import io.minutegraph.owners.OwnersAnswer.PersonSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks the evidence that people own a track (docs/owners.md). Tiers first: a statement in the notes ("Michalis will
 * lead this", a track list) outranks a declared maintainership, which outranks an action item on the track, which
 * outranks attending its team's meetings. Within a tier, the score: each piece of evidence weighed by its kind and
 * confidence and halved for every year it is older than the date asked about. A lead statement more than three months
 * older than the newest one about the track, by someone the newer ones do not name, was handed over; owners not seen
 * at a meeting for a year are not current.
 */
public final class OwnersRanking {

    /** One row of {@code cypher/queries/owners-evidence.cypher}. */
    public record Row(String person, String name, String kind, double confidence, LocalDate date, String source,
                      Integer line, String url, String text) {
    }

    private static final long HALF_LIFE_DAYS = 365;
    private static final long CURRENT_DAYS = 365;
    private static final long HANDOVER_DAYS = 90;
    private static final int EVIDENCE_SHOWN = 10;
    private static final int ATTENDANCE_SHOWN = 3;
    private static final List<String> TIERS = List.of("statement", "maintains", "reviews", "action item", "attended");

    private OwnersRanking() {
    }

    public static OwnersAnswer rank(String track, List<String> terms, LocalDate asOf, List<Row> rows,
                                    Map<String, LocalDate> lastSeen) {
        Map<String, List<Row>> byPerson = new LinkedHashMap<>();
        rows.forEach(r -> byPerson.computeIfAbsent(r.person(), k -> new ArrayList<>()).add(r));
        LocalDate newestLead = rows.stream().filter(OwnersRanking::lead).map(Row::date)
                .max(Comparator.naturalOrder()).orElse(null);
        List<String> remarks = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        for (List<Row> evidence : byPerson.values()) {
            ranked.add(ranked(evidence, asOf, newestLead, lastSeen, remarks));
        }
        // The same order as cypher/queries/who-owns.cypher, ties broken by id.
        ranked.sort(Comparator.comparingInt(Ranked::tier).thenComparing(r -> !r.owner.current())
                .thenComparing(r -> -r.owner.score()).thenComparing(r -> r.owner.person().id()));
        disagreement(ranked).ifPresent(remarks::add);
        return new OwnersAnswer(track, terms, asOf.toString(), ranked.size(),
                ranked.stream().map(Ranked::owner).toList(), remarks);
    }

    private record Ranked(int tier, Owner owner) {
    }

    private static Ranked ranked(List<Row> evidence, LocalDate asOf, LocalDate newestLead,
                                 Map<String, LocalDate> lastSeen, List<String> remarks) {
        Row first = evidence.get(0);
        int tier = evidence.stream().mapToInt(r -> TIERS.indexOf(r.kind())).min().orElse(TIERS.size());
        String bestKind = TIERS.get(tier);
        double score = 0;
        for (Row r : evidence) {
            score += weight(r.kind()) * r.confidence() * decay(r.date(), asOf);
        }
        String since = evidence.stream().filter(r -> r.kind().equals(bestKind) && r.date() != null).map(Row::date)
                .min(Comparator.naturalOrder()).map(LocalDate::toString).orElse(null);
        LocalDate seen = lastSeen.get(first.person());
        LocalDate latestLead = evidence.stream().filter(OwnersRanking::lead).map(Row::date)
                .max(Comparator.naturalOrder()).orElse(null);
        boolean handedOver = latestLead != null && newestLead != null
                && latestLead.isBefore(newestLead.minusDays(HANDOVER_DAYS));
        if (handedOver) {
            remarks.add(first.name() + " was last named as owner on " + latestLead + "; newer statements (up to "
                    + newestLead + ") name others.");
        }
        boolean current = !handedOver && seen != null && !seen.isBefore(asOf.minusDays(CURRENT_DAYS));
        // Attendance is the weakest evidence and the most plentiful: its three newest stand for the rest.
        List<Row> attended = evidence.stream().filter(r -> r.kind().equals("attended"))
                .sorted(Comparator.comparing(Row::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(ATTENDANCE_SHOWN).toList();
        List<Evidence> shown = evidence.stream()
                .filter(r -> !r.kind().equals("attended") || attended.contains(r))
                .sorted(Comparator.comparing(Row::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(EVIDENCE_SHOWN)
                .map(r -> new Evidence(r.kind(), r.source(), r.line(), r.url(),
                        r.date() == null ? null : r.date().toString(), r.text()))
                .toList();
        Owner owner = new Owner(new PersonSummary(first.person(), first.name()), role(evidence, bestKind),
                Math.round(score * 1000) / 1000.0, since, seen == null ? null : seen.toString(), current, shown);
        return new Ranked(tier, owner);
    }

    /** The notes name owners the declared maintainers do not include, or the other way round. */
    private static Optional<String> disagreement(List<Ranked> ranked) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Ranked r : ranked) {
            if (r.tier == 0 && r.owner.current() && r.owner.role().equals("lead")) {
                named.add(r.owner.person().name());
            }
            if (r.owner.evidence().stream().anyMatch(e -> e.kind().equals("maintains"))) {
                declared.add(r.owner.person().name());
            }
        }
        if (named.isEmpty() || declared.isEmpty() || named.stream().anyMatch(declared::contains)) {
            return Optional.empty();
        }
        return Optional.of("The notes name " + String.join(", ", named) + " as owning it; the declared "
                + "maintainers are " + declared.stream().collect(Collectors.joining(", ")) + ".");
    }

    private static String role(List<Row> evidence, String bestKind) {
        return switch (bestKind) {
            case "statement" -> evidence.stream().anyMatch(OwnersRanking::lead) ? "lead" : "contributor";
            case "maintains" -> "maintainer";
            case "action item" -> "assignee";
            default -> "contributor";
        };
    }

    private static boolean lead(Row r) {
        return r.kind().equals("statement") && r.confidence() >= 1.0 && r.date() != null;
    }

    private static double weight(String kind) {
        return switch (kind) {
            case "statement" -> 8;
            case "maintains" -> 4;
            case "reviews", "action item" -> 2;
            default -> 0.25;
        };
    }

    /** Halved for every year the evidence is older than the date asked about; a declaration does not age. */
    private static double decay(LocalDate date, LocalDate asOf) {
        if (date == null) {
            return 1;
        }
        return Math.pow(0.5, Math.max(0, ChronoUnit.DAYS.between(date, asOf)) / (double) HALF_LIFE_DAYS);
    }
}
