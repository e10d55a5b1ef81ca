package io.minutegraph.facts.releases;

import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.notes.Heading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where a note speaks of one release: the lines that name releases, and the sections whose heading names one
 * ({@code ### 0.17}, not {@code ### Post 0.8 release}). Release plans and release dates read a note through it.
 */
public final class ReleaseSections {

    /** A heading about what came after a release plans nothing for it: "Post 0.8 release". */
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(post|after|since)\\b");

    private final Map<Integer, List<ReleaseMention>> byLine;
    /** The file's headings, which blocks' section numbers index. */
    private final List<Heading> headings;
    /** By heading index, the one release the heading names. */
    private final Map<Integer, ReleaseMention> sections = new HashMap<>();

    private ReleaseSections(NoteDocument note) {
        Map<Integer, List<ReleaseMention>> lines = new TreeMap<>();
        for (ReleaseMention m : note.get(ReleaseExtractor.MENTIONS)) {
            lines.computeIfAbsent(m.provenance().line(), k -> new ArrayList<>()).add(m);
        }
        this.byLine = lines;
        this.headings = note.note().outline().headings();
        if (byLine.isEmpty()) {
            return;
        }
        for (int i = 0; i < headings.size(); i++) {
            ReleaseMention one = onlyRelease(byLine.get(headings.get(i).line()));
            if (one != null && !AFTER.matcher(headings.get(i).text()).find()) {
                sections.put(i, one);
            }
        }
    }

    /** Read from the note's release mentions ({@link ReleaseExtractor#MENTIONS}). */
    public static ReleaseSections of(NoteDocument note) {
        return new ReleaseSections(note);
    }

    /** Whether the note names no release at all. */
    public boolean isEmpty() {
        return byLine.isEmpty();
    }

    /** The lines that name releases, in order. */
    public Set<Integer> lines() {
        return byLine.keySet();
    }

    public List<Heading> headings() {
        return headings;
    }

    public boolean isHeading(int line) {
        return headings.stream().anyMatch(h -> h.line() == line);
    }

    /** Whether the line names a release (one or several). */
    public boolean names(int line) {
        return byLine.containsKey(line);
    }

    /** The one release a line names, or null for none or several ("release 0.16 will be 1.0"). */
    public ReleaseMention onLine(int line) {
        return onlyRelease(byLine.get(line));
    }

    /** The release a section is about: its heading's, or the nearest enclosing heading's that names one; or null. */
    public ReleaseMention ofSection(int section) {
        if (section < 0) {
            return null;
        }
        int level = headings.get(section).level() + 1;
        for (int i = section; i >= 0; i--) {
            if (headings.get(i).level() < level) {
                if (sections.containsKey(i)) {
                    return sections.get(i);
                }
                level = headings.get(i).level();
            }
        }
        return null;
    }

    private static ReleaseMention onlyRelease(List<ReleaseMention> onLine) {
        if (onLine == null) {
            return null;
        }
        Set<String> distinct = new LinkedHashSet<>();
        onLine.forEach(m -> distinct.add(m.product() + ":" + m.version()));
        return distinct.size() == 1 ? onLine.get(0) : null;
    }
}
