package io.minutegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MeetingTimeTest {

    @Test
    void readsTheDatetimesWrittenInTheCorpus() {
        assertThat(MeetingTime.parse("2023-01-06T14:00:00+02:00")).contains(new MeetingTime(
                LocalDate.of(2023, 1, 6), OffsetDateTime.parse("2023-01-06T14:00:00+02:00")));
        // discussions/profiling: no seconds
        assertThat(MeetingTime.parse("2024-01-10T13:30+02:00").orElseThrow().datetime())
                .isEqualTo(OffsetDateTime.parse("2024-01-10T13:30:00+02:00"));
        // discussions/vmm/2023-05-10.md: an over-padded day
        assertThat(MeetingTime.parse("2023-05-010T08:30:00+02:00").orElseThrow().date())
                .isEqualTo(LocalDate.of(2023, 5, 10));
    }

    @Test
    void readsOtherWaysPeopleWriteAMeetingTime() {
        assertThat(MeetingTime.parse("2023-01-06")).contains(new MeetingTime(LocalDate.of(2023, 1, 6), null));
        assertThat(MeetingTime.parse("2023-01-06 14:00").orElseThrow().datetime()).isNull();
        assertThat(MeetingTime.parse("2023-01-06T12:00:00Z").orElseThrow().datetime())
                .isEqualTo(OffsetDateTime.parse("2023-01-06T12:00:00Z"));
        assertThat(MeetingTime.parse("2023-01-06T12:00:00.250+0100").orElseThrow().datetime())
                .isEqualTo(OffsetDateTime.parse("2023-01-06T12:00:00+01:00"));
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(MeetingTime.parse("2023-02-30")).isEmpty();
        assertThat(MeetingTime.parse("2023-13-01T10:00:00+02:00")).isEmpty();
        assertThat(MeetingTime.parse("next Monday")).isEmpty();
        assertThat(MeetingTime.parse("2023-01-06 and more")).isEmpty();
        assertThat(MeetingTime.parse(null)).isEmpty();
    }
}
