package io.minutegraph.extract;

import io.minutegraph.facts.proposals.KnownProposals;
import io.minutegraph.people.NoteEvidence;
import io.minutegraph.people.PeopleDirectory;
import io.minutegraph.people.PeopleSources;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What the first pass took from each note (what it says about people, which releases it speaks of, what it links
 * and which subjects it names), by the hash of
 * the note's content, kept between the runs of a long-lived service: a change in one note then parses that note,
 * not the whole folder, before who is who is settled again.
 */
public final class FirstPassCache {

    /**
     * @param evidence  what each meeting of the note says about people
     * @param releases  the releases it speaks of, as {@link ReleaseExtractor.KnownReleases#spokenIn} finds them
     * @param proposals what each meeting says of proposals, as {@link KnownProposals#seenIn} reads it
     */
    record Entry(String sha256, List<NoteEvidence> evidence, Map<String, LocalDate> releases,
                 List<KnownProposals.Seen> proposals) {
    }

    /** The people directory last built, from what evidence and sources; reused while they stay the same. */
    private record Built(List<NoteEvidence> evidence, PeopleSources sources, PeopleDirectory directory) {
    }

    private final Map<String, Entry> bySource = new ConcurrentHashMap<>();
    private volatile Built built;

    /** What was taken from a note with this content, or null. */
    Entry get(String source, String sha256) {
        Entry entry = bySource.get(source);
        return entry != null && entry.sha256().equals(sha256) ? entry : null;
    }

    void put(String source, Entry entry) {
        bySource.put(source, entry);
    }

    /**
     * The people directory for what the notes say about people (in folder order) and what is known besides: the one
     * built last time when both are as they were then (a change that leaves people alone, such as a new title or
     * TODO), else a new one.
     */
    PeopleDirectory directory(List<NoteEvidence> evidence, PeopleSources sources,
                              BiFunction<List<NoteEvidence>, PeopleSources, PeopleDirectory> build) {
        Built last = built;
        if (last != null && last.evidence().equals(evidence) && last.sources().equals(sources)) {
            return last.directory();
        }
        PeopleDirectory directory = build.apply(evidence, sources);
        built = new Built(List.copyOf(evidence), sources, directory);
        return directory;
    }

    /** Forgets the notes no longer in the folder. */
    void retainOnly(Set<String> sources) {
        bySource.keySet().retainAll(sources);
    }
}
