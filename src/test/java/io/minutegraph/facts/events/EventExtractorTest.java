package io.minutegraph.facts.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.minutegraph.annotate.Annotated;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events, one per edition, on real lines of the corpus and invented tricky ones. */
class EventExtractorTest {

    private List<String> found(String date, String body) throws Exception {
        var note = Annotated.first(Annotated.parse("t/" + date + ".md", "---\ndatetime: " + date + "\n---\n" + body));
        return note.get(EventExtractor.EVENTS).stream().map(EventExtractorTest::show).toList();
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

    @Test
    void datesRelativeToTheMeetingAndPlacesFromNer() throws Exception {
        // SUTime reads the weekday against the meeting's date (Friday, January 6, 2023).
        assertThat(found("2023-01-06", "The hackathon is this Saturday.\n"))
                .containsExactly("Hackathon 2023 2023-01-07 :4");
        // discussions/community/2023/2023-05-15.md:77: "late January 2024" dates the release, FOSDEM'24 is the edition.
        assertThat(found("2023-05-15", "release 0.16 will be 1.0 - late January 2024 (before FOSDEM'24)\n"))
                .containsExactly("FOSDEM 2024 2024-01 :4");
        // NER names the city; the series' own name is not its place.
        assertThat(found("2023-03-08", "Xen Summit will take place in Prague, June 2023\n"))
                .containsExactly("Xen Summit 2023 2023-06 @Prague :4");
    }

    @Test
    void oneEventPerEditionHoweverTheNoteRefersToIt() throws Exception {
        // discussions/vmm/2023-07-05.md:62: the series' hackathon is one event.
        assertThat(found("2023-07-05", "All: Discuss a Hyper-V tutorial as part of the USoC'23 hackathon on Saturday,"
                + " July 15, 2023.\n")).containsExactly("USoC hackathon 2023 2023-07-15 :4");
        // discussions/community/2023/2023-11-08.md: the note says which FOSDEM; a later bare mention is that one.
        assertThat(found("2023-11-08", "RD: FOSDEM takes place on February 3-4, 2024.\nRD: Announce FOSDEM'24 items.\n"
                + "RD: Annouce FOSDEM items.\n")).containsExactly("FOSDEM 2024 2024-02-03 :4");
        // A bare FOSDEM in the autumn is next February's.
        assertThat(found("2023-10-04", "Prepare FOSDEM talks\n")).containsExactly("FOSDEM 2024 :4");
        assertThat(found("2023-01-11", "Prepare FOSDEM talks\n")).containsExactly("FOSDEM 2023 :4");
    }

    @Test
    void anUnnamedHackathonNeedsADayAndNoDenial() throws Exception {
        // discussions/community/2022/2022-02-16.md:45 and 2022-04-21.md:58
        assertThat(found("2022-02-16", "Saturday hackathon to include application porting work (from March)\n"))
                .isEmpty();
        assertThat(found("2022-04-21", "There won't be a hackathon on Saturday, April 23, 2022, due to the Eastern"
                + " Orthodox Easter.\n")).isEmpty();
        assertThat(found("2022-04-21", "We hold a hackathon next Saturday.\n"))
                .containsExactly("Hackathon 2022 2022-04-30 :4");
    }
}
