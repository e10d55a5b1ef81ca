package io.minutegraph.facts.proposals;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.Provenance;
import java.util.List;

/**
 * A proposal a meeting discusses: an RFC, an issue or pull request, a repository of a proposal, or a subject the
 * community's meetings keep coming back to. {@code (:Meeting)-[:DISCUSSED]->(:Proposal {key})}; when the line
 * moves it to a stage, {@code (:Meeting)-[:ADVANCED {stage, outcome}]->(:Proposal)} as well. A meeting gives each
 * proposal it discusses one mention without a stage (at the first line naming it), and one with a stage for each
 * line that moves it; all of them carry the same title, url and champions.
 *
 * @param key        the proposal's identity across meetings: {@code WebAssembly/extended-const} for a repository,
 *                   {@code nodejs/node#45993} for an issue or pull request, {@code rust-lang/rfcs#3324} for an RFC,
 *                   the folded words of a recurring subject otherwise
 * @param title      how the note names it (a heading, a link's text, the repository's name)
 * @param url        where it is read on the web, when the note links it; else null
 * @param stage      the stage the line moves it to ({@code phase 4}, {@code stage 3}, {@code incubating}), or null
 *                   when the line only discusses it
 * @param outcome    for a stage change: {@code passed}, {@code failed}, or null when the line only proposes it
 * @param champions  person ids the note gives as its champions or presenters, possibly none
 * @param provenance the line that names it (the first one, for a proposal only discussed)
 */
public record ProposalMention(String key, String title, String url, String stage, String outcome,
                              List<String> champions, Provenance provenance) implements Fact {

    public ProposalMention {
        champions = List.copyOf(champions);
    }
}
