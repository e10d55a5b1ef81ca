package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.graph.EventMention;
import io.minutegraph.notes.NoteReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events, one per edition, on real lines of the corpus and invented tricky ones. */
class EventExtractorTest {

    private final EventExtractor events = new EventExtractor();

    private List<String> found(String date, String body) throws Exception {
        var note = NoteReader.parse("t/" + date + ".md", ("---\ndatetime: " + date + "\n---\n" + body)
                .getBytes(StandardCharsets.UTF_8));
        return events.extract(note, LocalDate.parse(date)).stream().map(EventExtractorTest::show).toList();
    }

    private static String show(EventMention e) {
        return e.name() + " " + e.edition() + (e.date() == null ? "" : " " + e.date())
                + (e.location() == null ? "" : " @" + e.location()) + " :" + e.provenance().line();
    }

    @Test
    void seriesWithTheirEditionsHoweverWritten() throws Exception {
        // discussions/community/2023/2023-01-06.md, agenda
        assertThat(found("2023-01-06", "- Community updates: events, meetings, FOSDEM'23, GSoC'23\n"))
                .containsExactly("FOSDEM 2023 :4", "GSoC 2023 :4");
        assertThat(found("2022-02-16", "GSoC22 application is in.\nGoogle Summer of Code 2022 starts soon.\n"
                + "We meet at KubeCon NA.\n")).containsExactly("GSoC 2022 :4", "KubeCon 2022 :6");
        assertThat(found("2023-11-08", "We plan to go to FOSDEM 2024.\n")).containsExactly("FOSDEM 2024 :4");
    }

    @Test
    void hackathonsByPlaceTopicOrDay() throws Exception {
        assertThat(found("2023-10-25", "- Zagreb Hackathon - April 2024\n"))
                .containsExactly("Zagreb hackathon 2024 2024-04 :4");
        assertThat(found("2023-05-24", "Preparing the binary compat hackathon on Saturday, May 27, 2023.\n"))
                .containsExactly("binary compat hackathon 2023 2023-05-27 :4");
        assertThat(found("2023-04-12", "Unikernel hackathon at Aveiro, Portugal: September, 2023\n"))
                .containsExactly("Aveiro hackathon 2023 2023-09 @Aveiro, Portugal :4");
        assertThat(found("2023-01-06", "Hackathon, Saturday, January 14, 2023, full day\n"))
                .containsExactly("Hackathon 2023 2023-01-14 :4");
        // discussions/community/2022/2022-03-31.md: a list of hackathons by place
        assertThat(found("2022-03-31", "We will organize three hackathons in spring-summer 2022:\n"
                + "* Lyon (France): May 14-15, 2022\n* Aachen (Germany): likely June 2022\n"))
                .containsExactly("Lyon hackathon 2022 2022-05-14 @Lyon :5", "Aachen hackathon 2022 2022-06 @Aachen :6");
    }

    @Test
    void wordsBeforeHackathonThatNameNothing() throws Exception {
        assertThat(found("2023-11-15", "SJ: There is a concern of splitting hackathon text from challenges.\n"
                + "Improve hackathon contents\nAnnounce hackathon on Discord\nThe hackathon went well.\n"
                + "Zagreb Hackathon in November 2023\n"))
                .containsExactly("Zagreb hackathon 2023 2023-11 :8");
    }
}
