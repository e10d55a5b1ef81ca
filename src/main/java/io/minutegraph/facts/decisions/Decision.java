package io.minutegraph.facts.decisions;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a meeting decided or concluded: {@code (:Meeting)-[:DECIDED]->(:Decision {text, kind, outcome})}, and
 * {@code [:ABOUT]->} what it decides on.
 *
 * @param text       what was decided, as the note writes it (markers, bullets and Markdown removed)
 * @param kind       {@code decision}, {@code consensus}, {@code poll} or {@code resolution}
 * @param outcome    {@code passed} or {@code failed} for polls and votes; null otherwise, or when the note does not
 *                   settle it
 * @param votes      the counts the note gives ({@code {SF=10, F=5, N=2, A=0, SA=0}} or
 *                   {@code {for=7, against=1, abstain=2}}), in the note's order; empty when it gives none
 * @param about      what it decides on as the note names it (the subject heading or item it stands under, or a
 *                   proposal or release the line names), or null
 * @param provenance where the decision starts
 */
public record Decision(String text, String kind, String outcome, Map<String, Integer> votes, String about,
                       Provenance provenance) implements Fact {

    public Decision {
        votes = Collections.unmodifiableMap(new LinkedHashMap<>(votes));
    }
}
