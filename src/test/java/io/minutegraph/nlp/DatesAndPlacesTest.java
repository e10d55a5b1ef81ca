package io.minutegraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime and NER on real lines of the corpus and on invented ones, through the one shared pipeline. */
class DatesAndPlacesTest {

    private static DatesAndPlaces nlp;

    @BeforeAll
    static void load() {
        nlp = DatesAndPlaces.shared();
    }

    private static Map<Integer, DatesAndPlaces.Found> read(String date, String... lines) {
        Map<Integer, String> numbered = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            numbered.put(10 + i, lines[i]);
        }
        return nlp.read(numbered, LocalDate.parse(date));
    }

    /**
     * What was read from a line is kept by its text and meeting date and reused: sound only if a line reads the same
     * alone as with other lines around it, which real lines of the corpus check here, read both ways without the kept
     * results.
     */
    @Test
    void aLineReadsTheSameAloneAsAmongOthersSoWhatItHeldCanBeReused() {
        String[] lines = {
            "Scheduled for Monday, January 23, 2023.",                          // community/2023/2023-01-06.md:161
            "- FOSDEM'23: 4-5 February, Brussels",
            "release 0.14 - late July 2023",                                    // community/2023/2023-05-15.md:75
            "We meet again next Friday, in Bucharest.",
            "RD, SK: update the docs"};
        nlp.forget();
        Map<Integer, DatesAndPlaces.Found> together = read("2023-01-06", lines);
        nlp.forget();
        for (int i = 0; i < lines.length; i++) {
            assertThat(read("2023-01-06", lines[i]).get(10)).as(lines[i]).isEqualTo(together.get(10 + i));
        }
        // Kept: the same line on the same date is answered as CoreNLP answered it, on another date read anew.
        assertThat(read("2023-01-06", lines[3]).get(10)).isEqualTo(together.get(13));
        assertThat(read("2023-03-06", lines[3]).get(10).dates()).isNotEqualTo(together.get(13).dates());
    }

    @Test
    void datesAreNormalisedAgainstTheMeetingDate() {
        Map<Integer, DatesAndPlaces.Found> found = read("2023-01-06",
                "Scheduled for Monday, January 23, 2023.",                  // community/2023/2023-01-06.md:161
                "Hackathon, Saturday, January 14, 2023",
                "release 0.14 - late July 2023",                            // community/2023/2023-05-15.md:75
                "We meet again next Friday.",
                "RD, SK: update the docs");
        assertThat(found.get(10).dates()).containsExactly("2023-01-23");
        assertThat(found.get(11).dates()).containsExactly("2023-01-14");
        assertThat(found.get(12).dates()).containsExactly("2023-07");
        assertThat(found.get(13).dates()).singleElement().satisfies(d ->
                assertThat(LocalDate.parse(d)).isAfter(LocalDate.parse("2023-01-06"))
                        .isBefore(LocalDate.parse("2023-01-21")));
        assertThat(found.get(14).dates()).isEmpty();
    }

    @Test
    void placesAreFoundAndInitialsAreNotPlaces() {
        Map<Integer, DatesAndPlaces.Found> found = read("2023-05-15",
                "Xen Summit in Prague, June 2023",
                "SK, RD: Prepare slides for FOSDEM'24",
                "The hackathon at Aveiro, Portugal went well");
        assertThat(found.get(10).places()).contains("Prague");
        assertThat(found.get(10).dates()).containsExactly("2023-06");
        assertThat(found.get(11).places()).isEmpty();
        // FOSDEM'24 is no date of 1924.
        assertThat(found.get(11).dates()).allSatisfy(d -> assertThat(d).startsWith("202"));
        assertThat(found.get(12).places()).contains("Aveiro");
    }
}
