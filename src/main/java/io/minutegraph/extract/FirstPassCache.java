package io.minutegraph.extract;

import io.minutegraph.people.NoteEvidence;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the first pass took from each note (what it says about people, which releases it speaks of), by the hash of
 * the note's content, kept between the runs of a long-lived service: a change in one note then parses that note,
 * not the whole folder, before who is who is settled again.
 */
public final class FirstPassCache {

    /**
     * @param evidence what the note says about people; null for a note without a meeting date, which says nothing
     * @param releases the releases it speaks of, as {@link ReleaseExtractor.KnownReleases#spokenIn} finds them
     */
    record Entry(String sha256, NoteEvidence evidence, Map<String, LocalDate> releases) {
    }

    private final Map<String, Entry> bySource = new ConcurrentHashMap<>();

    /** What was taken from a note with this content, or null. */
    Entry get(String source, String sha256) {
        Entry entry = bySource.get(source);
        return entry != null && entry.sha256().equals(sha256) ? entry : null;
    }

    void put(String source, Entry entry) {
        bySource.put(source, entry);
    }

    /** Forgets the notes no longer in the folder. */
    void retainOnly(Set<String> sources) {
        bySource.keySet().retainAll(sources);
    }
}
