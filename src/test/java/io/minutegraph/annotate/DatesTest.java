package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minutegraph.annotate.DateConventions.PathDate;
import io.minutegraph.notes.NoteRejectedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Meeting dates without a front matter: from paths as four communities write them, from titles and headings, from
 * "Date:" lines, and in that order.
 */
class DatesTest {

    private static String path(String source) {
        PathDate d = DateConventions.fromPath(source);
        return d.year() + "-" + d.month() + "-" + d.day();
    }

    @Test
    void pathsOfEveryConvention() {
        // Unikraft, Node.js TSC, Rust lang team: a full date in the file name.
        assertThat(path("discussions/community/2023/2023-01-06.md")).isEqualTo("2023-1-6");
        assertThat(path("meetings/io.js/2015-01-07.md")).isEqualTo("2015-1-7");
        assertThat(path("design-meeting-minutes/2020-03-16-ffi-unwind.md")).isEqualTo("2020-3-16");
        assertThat(path("minutes/2019.10.03.md")).isEqualTo("2019-10-3");
        // WebAssembly: the year's folder, then month and day after a prefix, or M-D-YY, or a month alone.
        assertThat(path("main/2024/CG-01-30.md")).isEqualTo("2024-1-30");
        assertThat(path("stack/2022/7-18-22.md")).isEqualTo("2022-7-18");
        assertThat(path("stack/2025/stack-2025-02-24.md")).isEqualTo("2025-2-24");
        assertThat(path("main/2017/CG-07.md")).isEqualTo("2017-7-null");
        assertThat(path("main/2018/WG-03-21v22.md")).isEqualTo("2018-3-21");
        assertThat(path("main/2026/CG-2026-05-05.md")).isEqualTo("2026-5-5");
        // A month's folder and a month's name: the file is more precise than its folder.
        assertThat(path("2020-03/april-2.md")).isEqualTo("2020-4-2");
        // Nothing a date: a year folder alone, or numbers that are no month and day.
        assertThat(path("main/2018/TPAC.md")).isEqualTo("2018-null-null");
        assertThat(path("maintainers/2022/topics.md")).isEqualTo("2022-null-null");
        assertThat(path("x/2023-02-31.md")).isEqualTo("null-null-null");
        assertThat(path("notes/meeting-123.md")).isEqualTo("null-null-null");
    }

    @Test
    void datesWrittenInText() {
        assertThat(DateConventions.inText("Agenda for the January 31st video call of WebAssembly's CG", 2023))
                .contains(LocalDate.of(2023, 1, 31));
        assertThat(DateConventions.inText("Node.js Technical Steering Committee (TSC) Meeting 2023-02-01", null))
                .contains(LocalDate.of(2023, 2, 1));
        assertThat(DateConventions.inText("Tuesday-Thursday July 18-20, 2017", null)).contains(LocalDate.of(2017, 7, 18));
        assertThat(DateConventions.inText("Meeting of 31 January 2023", null)).contains(LocalDate.of(2023, 1, 31));
        assertThat(DateConventions.inText("12/03/2021 sync", null)).contains(LocalDate.of(2021, 12, 3));
        // No year anywhere: no date. No date at all: none.
        assertThat(DateConventions.inText("January 31st video call", null)).isEmpty();
        assertThat(DateConventions.inText("Marc 4 things", 2023)).isEmpty();
        assertThat(DateConventions.inText("May 2023 update", 2023)).isEmpty();
        assertThat(DateConventions.dateLineValue("* Meeting date: 2022-05-17")).isEqualTo("2022-05-17");
        assertThat(DateConventions.dateLineValue("- **When**: July 15, 16:00-17:00 UTC")).startsWith("July 15");
        assertThat(DateConventions.dateLineValue("- **Dates**: Thursday-Friday October 25-26, 2018")).isNotNull();
        assertThat(DateConventions.dateLineValue("The date of the release: soon")).isNull();
    }

    private static MeetingDate date(String source, String text) throws NoteRejectedException {
        NoteDocument note = NoteDocument.whole(Annotated.parse(source, text));
        new DateAnnotator().annotate(note);
        return note.get(Layers.DATE);
    }

    @Test
    void frontMatterThenPathThenTitleThenDateLineThenTheMonth() throws Exception {
        assertThat(date("team/2024-01-10.md", "---\ndatetime: 2024-01-09T10:00+01:00\n---\n# 2024-01-08\n"))
                .extracting(MeetingDate::date, MeetingDate::from).containsExactly(LocalDate.of(2024, 1, 9),
                        "front matter");
        // A path's full date beats a title's: WASI's notes keep last year's date in their text.
        assertThat(date("wasi/2026/WASI-04-16.md", "# WASI subgroup, April 16 2025\n").date())
                .isEqualTo(LocalDate.of(2026, 4, 16));
        MeetingDate titled = date("main/2023/agenda.md",
                "![logo](/images/WebAssembly.png)\n\n## Agenda for the January 31st video call\n");
        assertThat(titled).extracting(MeetingDate::date, MeetingDate::from, MeetingDate::line)
                .containsExactly(LocalDate.of(2023, 1, 31), "title", 3);
        MeetingDate line = date("minutes/triage.md", "---\ntitle: Triage meeting\n---\n\n* Meeting date: 2022-05-17\n");
        assertThat(line).extracting(MeetingDate::date, MeetingDate::from).containsExactly(LocalDate.of(2022, 5, 17),
                "date line");
        MeetingDate month = date("main/2017/CG-06.md", "# In-person meeting\n\nDetails to come.\n");
        assertThat(month).extracting(MeetingDate::date, MeetingDate::precision)
                .containsExactly(LocalDate.of(2017, 6, 1), MeetingDate.Precision.MONTH);
        // The path says June: a date of another month in the text is some other day (an agenda for later).
        assertThat(date("main/2017/CG-06.md", "# CG meeting\n\n- **When**: July 19, 2017\n").precision())
                .isEqualTo(MeetingDate.Precision.MONTH);
    }

    @Test
    void aNoteWithNoDateAnywhereIsRejectedSayingWhereItLooked() {
        assertThatThrownBy(() -> date("notes/topics.md", "# Topics\n\n- naming\n"))
                .isInstanceOf(NoteRejectedException.class)
                .hasMessageContaining("no meeting date").hasMessageContaining("path, its title, its headings");
        assertThatThrownBy(() -> date("notes/topics.md", "---\ndatetime: soon\n---\n"))
                .hasMessageContaining("meeting date 'soon' (line 2) is not a valid date");
    }
}
