package io.minutegraph.facts;

import io.minutegraph.facts.features.FeatureExtractor;
import io.minutegraph.facts.proposals.KnownProposals;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.nlp.DateAndPlaceFinder;

/**
 * What the fact extractors of one notes folder are made with.
 *
 * @param knownReleases  versions the folder speaks of as releases (its first pass), so weak mentions of them count
 * @param knownProposals the repositories the folder links and the subjects its meetings keep coming back to (its
 *                       first pass)
 * @param features       the folder's features, read from its gazetteer once: the features kind's extractor, which
 *                       release plans also use to name what an item plans
 * @param nlp            dates and places, read by CoreNLP
 */
public record ExtractorContext(ReleaseExtractor.KnownReleases knownReleases, KnownProposals knownProposals,
                               FeatureExtractor features, DateAndPlaceFinder nlp) {
}
