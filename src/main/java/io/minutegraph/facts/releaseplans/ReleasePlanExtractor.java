package io.minutegraph.facts.releaseplans;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.annotate.NoteDocument;
import io.minutegraph.facts.features.FeatureExtractor;
import io.minutegraph.facts.releases.ReleaseExtractor;
import io.minutegraph.facts.releases.ReleaseMention;
import io.minutegraph.facts.releases.ReleaseSections;
import io.minutegraph.graph.Provenance;
import io.minutegraph.notes.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a note plans for a release:
 * <ul>
 *   <li>a line that plans for one release and names features ({@code For the 0.9 release we will have SMP
 *   support}), those features;</li>
 *   <li>the list items under a heading that names one release ({@code ### 0.17}, {@code ### Plans for Release 0.13},
 *   {@code ### Release 1.0 items}), each a planned item, with the features it names.</li>
 * </ul>
 */
public final class ReleasePlanExtractor implements Annotator {

    /** Items planned for releases. */
    public static final Layer<List<ReleasePlan>> PLANS = new Layer<>("release plans");

    /** A line planning for a release: "for the 0.9 release", "0.10 release will be", "in release 0.13", "towards 1.0". */
    private static final Pattern INLINE_PLAN = Pattern.compile("(?i)\\b(?:for|in|into|towards|until|target(?:ing)?)"
            + "\\s+(?:the\\s+)?(?:next\\s+)?(?:release\\s+)?v?\\d+\\.\\d+|\\d+\\.\\d+(?:\\.\\d+)?\\s+release\\s+will\\b"
            + "|\\brelease\\s+v?\\d+\\.\\d+(?:\\.\\d+)?\\s+will\\s+(?:have|include|bring|focus|be)\\b");

    private final FeatureExtractor features;

    /** @param features the folder's features, which name what an item plans */
    public ReleasePlanExtractor(FeatureExtractor features) {
        this.features = features;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(ReleaseExtractor.MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PLANS);
    }

    @Override
    public void annotate(NoteDocument note) {
        ReleaseSections releases = ReleaseSections.of(note);
        note.put(PLANS, releases.isEmpty() ? List.of() : plans(note, releases));
    }

    private List<ReleasePlan> plans(NoteDocument note, ReleaseSections releases) {
        List<ReleasePlan> plans = new ArrayList<>();
        // A line that plans for one release ("For the 0.9 release we will have SMP support", "0.10 release will be
        // application support: musl, clone syscall, ...") plans the features it names.
        for (int n : releases.lines()) {
            ReleaseMention release = releases.onLine(n);
            String line = note.line(n).strip();
            if (release != null && INLINE_PLAN.matcher(line).find() && !releases.isHeading(n)) {
                List<String> named = features.namesIn(line);
                if (!named.isEmpty()) {
                    plans.add(new ReleasePlan(release.product(), release.version(), line, named,
                            provenance(note, n)));
                }
            }
        }
        for (Block block : note.blocks()) {
            String item = block.text().strip();
            ReleaseMention release = releases.ofSection(block.section());
            boolean planned = plans.stream().anyMatch(p -> p.provenance().line() == block.line());
            if (release == null || block.kind() != Block.Kind.LIST_ITEM || item.isEmpty() || item.endsWith("?")
                    || planned) {
                continue;
            }
            plans.add(new ReleasePlan(release.product(), release.version(), item, features.namesIn(item),
                    provenance(note, block.line())));
        }
        return plans;
    }

    private static Provenance provenance(NoteDocument note, int line) {
        return new Provenance(note.source(), line, note.line(line).strip());
    }
}
