package io.minutegraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One meeting per file, or one per dated heading in a file that keeps a series. */
class MeetingsInFileTest {

    private static List<String> meetings(String source, String text) throws Exception {
        return MeetingsInFile.split(Annotated.parse(source, text)).stream()
                .map(m -> m.firstLine() + "-" + m.lastLine() + " " + m.heading().map(h -> h.text()).orElse("-"))
                .toList();
    }

    @Test
    void aYearlyFileGivesAMeetingPerDatedHeading() throws Exception {
        String year = """
                # Working group notes, 2021

                ## January 12, 2021

                - Present: Ana, Bob

                ## 2021-01-26

                Ana: the spec is ready.

                ### Follow-up on February 1

                - Bob to review

                ## Feb 9

                Cancelled.
                """;
        assertThat(meetings("wg/2021.md", year)).containsExactly("3-6 January 12, 2021", "7-14 2021-01-26",
                "15-18 Feb 9");
    }

    @Test
    void aDatedFileIsOneMeetingWhateverItsHeadingsSay() throws Exception {
        String text = "## 2023-01-25 follow-ups\n\n- x\n\n## 2023-02-08 plans\n\n- y\n";
        assertThat(meetings("team/2023-02-01.md", text)).containsExactly("1-8 -");
        assertThat(meetings("team/notes.md", "---\ndatetime: 2023-02-01\n---\n" + text)).containsExactly("4-11 -");
    }

    @Test
    void theDaysOfOneInPersonMeetingAreOneMeeting() throws Exception {
        // main/2017/CG-05.md: "### Tuesday May 30" and "### Wednesday May 31" are the two days of one meeting.
        String text = "## Agenda for the May meeting\n\n### Tuesday May 30\n\n- a\n\n### Wednesday May 31\n\n- b\n";
        assertThat(meetings("main/2017/CG-05.md", text)).containsExactly("1-10 -");
    }

    @Test
    void aLongHeadingThatNamesADateIsATopic() throws Exception {
        String text = "# Notes\n\n## Discussion of the proposal deadline on March 3, 2024 and what follows\n\n"
                + "## Release planning for the June 1, 2024 cut and the work it needs from everyone\n";
        assertThat(meetings("team/notes.md", text)).hasSize(1);
    }
}
