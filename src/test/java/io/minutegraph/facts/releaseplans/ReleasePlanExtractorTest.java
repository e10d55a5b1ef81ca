package io.minutegraph.facts.releaseplans;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.facts.releaseschedules.ReleaseScheduleExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Release plans and dates, on sections and lines as the corpus writes them and tricky invented ones. */
class ReleasePlanExtractorTest {

    private NoteDocument extract(String date, String body) throws Exception {
        return Annotated.first(Annotated.parse("community/" + date + ".md", "---\ndatetime: " + date
                + "\nteams: [community]\n---\n" + body));
    }

    private static List<String> plans(NoteDocument r) {
        return r.get(ReleasePlanExtractor.PLANS).stream().map(p -> p.provenance().line() + " " + p.version() + " "
                + p.item() + " " + p.features()).toList();
    }

    private static List<String> dates(NoteDocument r) {
        return r.get(ReleaseScheduleExtractor.SCHEDULES).stream().map(s -> s.provenance().line() + " " + s.version() + " "
                + s.date()).toList();
    }

    @Test
    void itemsUnderAReleaseHeadingArePlannedForIt() throws Exception {
        // discussions/maintainers/2024/2024-03-04.md:53-60, shortened
        var found = extract("2024-03-04", """
                ### 0.17

                * signals
                * vfscore re-arch
                * CCA, SEV (Michalis?)
                  * what about Xen?

                ### Later

                * ARM64 bincompat
                """);
        assertThat(plans(found)).containsExactly("7 0.17 signals []", "8 0.17 vfscore re-arch [vfscore]",
                "9 0.17 CCA, SEV (Michalis?) [cca, sev]");
    }

    @Test
    void aLineThatPlansForAReleasePlansTheFeaturesItNames() throws Exception {
        // discussions/community/2022/2022-06-02.md:25,49 and 2022-01-12.md:60, then lines that plan nothing
        var found = extract("2022-06-02", """
                RD: For the 0.9 release we will have SMP support, planned to be upstream early next week.
                SK: 0.10 release will be application support: musl, clone syscall, uksched, mmap
                RD: mmap API postponed for the 0.8 release.
                We tested lwip with 0.9 yesterday.
                Release 0.10 will happen on July 25, 2022.
                """);
        assertThat(plans(found)).extracting(p -> p.substring(0, p.indexOf(' ', p.indexOf(' ') + 1)))
                .containsExactly("5 0.9", "6 0.10", "7 0.8");
        assertThat(found.get(ReleasePlanExtractor.PLANS).get(1).features()).contains("musl", "uksched");
    }

    @Test
    void aHeadingAboutWhatCameAfterPlansNothing() throws Exception {
        // discussions/community/2022/2022-03-31.md:30
        var found = extract("2022-03-31", "### Post 0.8 release\n\n- lwip fixes went in\n");
        assertThat(plans(found)).isEmpty();
    }

    @Test
    void releaseDatesAreReadAgainstTheMeetingDate() throws Exception {
        // discussions/community/2023/2023-05-15.md:34,75-77 and 2023-01-06.md:159-161
        var found = extract("2023-05-15", """
                - Release 0.13 to happen today, Monday, May 15, 2023, 2 weeks after the planned release deadline of May 1, 2023.
                release 0.14 - late July 2023
                release 0.16 will be 1.0 - late January 2024 (before FOSDEM'24)
                A feature-freeze for release 0.15 will happen on Monday, October 16, 2023.
                Talks will start in May, implementation will happen after 0.9 release.

                ### 0.15 Release

                Scheduled for next Monday.
                """);
        assertThat(dates(found)).containsExactly("5 0.13 2023-05-15", "6 0.14 2023-07", "13 0.15 2023-05-22");
    }
}
