package io.minutegraph.owners;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.owners.OwnersRanking.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking of "who owns" on invented evidence, one rule at a time. */
class OwnersRankingTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-03-01");

    private static Row row(String person, String kind, double confidence, String date) {
        return new Row(person, person.toUpperCase(), kind, confidence, date == null ? null : LocalDate.parse(date),
                "notes/" + person + ".md", date == null ? null : 10, null, kind + " by " + person);
    }

    private static List<String> ranked(OwnersAnswer answer) {
        return answer.owners().stream().map(o -> o.person().id() + " " + o.role() + (o.current() ? "" : " (past)"))
                .toList();
    }

    private static final Map<String, LocalDate> SEEN_LATELY = Map.of(
            "lead", LocalDate.parse("2024-02-01"), "maintainer", LocalDate.parse("2024-02-01"),
            "assignee", LocalDate.parse("2024-02-01"), "attendee", LocalDate.parse("2024-02-01"),
            "old-lead", LocalDate.parse("2024-02-01"), "gone", LocalDate.parse("2022-01-01"));

    @Test
    void statementsOutrankDeclarationsOutrankActionItemsOutrankAttendance() {
        List<Row> rows = List.of(
                row("attendee", "attended", 1, "2024-02-01"), row("attendee", "attended", 1, "2024-01-01"),
                row("attendee", "attended", 1, "2023-12-01"), row("assignee", "action item", 1, "2024-02-01"),
                row("maintainer", "maintains", 1, null), row("lead", "statement", 1, "2023-01-10"));
        OwnersAnswer answer = OwnersRanking.rank("smp", List.of("smp"), AS_OF, rows, SEEN_LATELY);
        assertThat(ranked(answer)).containsExactly("lead lead", "maintainer maintainer", "assignee assignee",
                "attendee contributor");
        // The notes and the declaration disagree, and the answer says so.
        assertThat(answer.remarks()).anyMatch(r -> r.contains("LEAD") && r.contains("MAINTAINER"));
        assertThat(answer.owners().get(0).since()).isEqualTo("2023-01-10");
        assertThat(answer.owners().get(0).evidence()).extracting(OwnersAnswer.Evidence::source)
                .containsExactly("notes/lead.md");
    }

    @Test
    void aNewerStatementHandsTheTrackOverAndAbsenceEndsOwnership() {
        List<Row> rows = List.of(
                row("old-lead", "statement", 1, "2022-05-01"), row("lead", "statement", 1, "2023-09-01"),
                row("gone", "statement", 1, "2023-08-01"));
        OwnersAnswer answer = OwnersRanking.rank("smp", List.of("smp"), AS_OF, rows, SEEN_LATELY);
        assertThat(ranked(answer)).containsExactly("lead lead", "gone lead (past)", "old-lead lead (past)");
        assertThat(answer.remarks()).anyMatch(r -> r.startsWith("OLD-LEAD was last named as owner on 2022-05-01"));
        // As of mid-2022, before the newer statement, the old lead is the owner.
        OwnersAnswer then = OwnersRanking.rank("smp", List.of("smp"), LocalDate.parse("2022-06-01"),
                rows.subList(0, 1), Map.of("old-lead", LocalDate.parse("2022-05-20")));
        assertThat(ranked(then)).containsExactly("old-lead lead");
    }

    @Test
    void olderEvidenceWeighsLessThanNewerOfTheSameKind() {
        List<Row> rows = List.of(row("old-lead", "statement", 0.7, "2022-03-01"),
                row("lead", "statement", 0.7, "2024-01-01"));
        OwnersAnswer answer = OwnersRanking.rank("smp", List.of("smp"), AS_OF, rows, SEEN_LATELY);
        assertThat(ranked(answer)).containsExactly("lead contributor", "old-lead contributor");
        assertThat(answer.owners().get(0).score()).isGreaterThan(answer.owners().get(1).score() * 2);
    }
}
