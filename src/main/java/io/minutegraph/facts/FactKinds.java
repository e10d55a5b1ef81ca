package io.minutegraph.facts;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.facts.actionitems.ActionItem;
import io.minutegraph.facts.actionitems.ActionItemKind;
import io.minutegraph.facts.decisions.Decision;
import io.minutegraph.facts.decisions.DecisionKind;
import io.minutegraph.facts.events.EventKind;
import io.minutegraph.facts.events.EventMention;
import io.minutegraph.facts.features.FeatureKind;
import io.minutegraph.facts.features.FeatureMention;
import io.minutegraph.facts.ownership.Ownership;
import io.minutegraph.facts.ownership.OwnershipKind;
import io.minutegraph.facts.peoplenamed.PeopleNamedKind;
import io.minutegraph.facts.peoplenamed.PersonMention;
import io.minutegraph.facts.proposals.ProposalKind;
import io.minutegraph.facts.proposals.ProposalMention;
import io.minutegraph.facts.releaseplans.ReleasePlan;
import io.minutegraph.facts.releaseplans.ReleasePlanKind;
import io.minutegraph.facts.releases.ReleaseKind;
import io.minutegraph.facts.releases.ReleaseMention;
import io.minutegraph.facts.releaseschedules.ReleaseSchedule;
import io.minutegraph.facts.releaseschedules.ReleaseScheduleKind;
import io.minutegraph.facts.topics.TopicKind;
import io.minutegraph.facts.topics.TopicMention;
import io.minutegraph.facts.trackstatus.TrackStatus;
import io.minutegraph.facts.trackstatus.TrackStatusKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fact kinds: the one place that lists them (docs/fact-kinds.md). {@link #ALL}'s order is the order of
 * {@code extract --json}'s lists; extractors run and kinds are written in that order too, except that a kind comes
 * after those it needs: its extractor after the extractors of the layers it requires, its write after
 * {@link FactKind#writtenAfter}.
 */
public final class FactKinds {

    public static final FactKind<ActionItem> ACTION_ITEMS = new ActionItemKind();
    public static final FactKind<FeatureMention> FEATURES = new FeatureKind();
    public static final FactKind<Ownership> OWNERSHIP = new OwnershipKind();
    public static final FactKind<EventMention> EVENTS = new EventKind();
    public static final FactKind<ReleaseMention> RELEASES = new ReleaseKind();
    public static final FactKind<ReleasePlan> RELEASE_PLANS = new ReleasePlanKind();
    public static final FactKind<ReleaseSchedule> RELEASE_SCHEDULES = new ReleaseScheduleKind();
    public static final FactKind<TrackStatus> TRACK_STATUSES = new TrackStatusKind();
    public static final FactKind<PersonMention> PEOPLE_NAMED = new PeopleNamedKind();
    public static final FactKind<TopicMention> TOPICS = new TopicKind();
    public static final FactKind<Decision> DECISIONS = new DecisionKind();
    public static final FactKind<ProposalMention> PROPOSALS = new ProposalKind();

    /** Every kind, in the order of {@code extract --json}. */
    public static final List<FactKind<?>> ALL = List.of(ACTION_ITEMS, FEATURES, OWNERSHIP, EVENTS, RELEASES,
            RELEASE_PLANS, RELEASE_SCHEDULES, TRACK_STATUSES, PEOPLE_NAMED, TOPICS, DECISIONS, PROPOSALS);

    private FactKinds() {
    }

    /** Every kind's extractor, made for one folder, each after the extractors whose layers it requires. */
    public static List<Annotator> extractors(ExtractorContext context) {
        List<Annotator> extractors = ALL.stream().map(kind -> kind.extractor(context)).toList();
        Map<Layer<?>, Annotator> addedBy = new HashMap<>();
        extractors.forEach(e -> e.adds().forEach(layer -> addedBy.put(layer, e)));
        return inOrder(extractors, e -> e.requires().stream().filter(addedBy::containsKey).map(addedBy::get)
                .toList());
    }

    /** Every kind, in the order the writer writes them. */
    public static List<FactKind<?>> writeOrder() {
        return inOrder(ALL, FactKind::writtenAfter);
    }

    /**
     * The items in their order, except that each comes after the ones it needs: at each step, the first item whose
     * needs are all placed.
     */
    static <T> List<T> inOrder(List<T> items, Function<T, Collection<T>> needs) {
        List<T> waiting = new ArrayList<>(items);
        List<T> placed = new ArrayList<>();
        while (!waiting.isEmpty()) {
            T next = waiting.stream().filter(item -> placed.containsAll(needs.apply(item))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("cannot be ordered, each needing one not placed before"
                            + " it (a cycle, or one not in the list): " + waiting));
            waiting.remove(next);
            placed.add(next);
        }
        return placed;
    }
}
