package io.minutegraph.facts;

import io.minutegraph.annotate.Annotator;
import io.minutegraph.annotate.Layer;
import io.minutegraph.graph.NoteGraph;
import io.minutegraph.graph.PersonRef;
import java.util.List;
import java.util.Map;

/**
 * A kind of fact notes state (action items, decisions, releases, ...), as a plug-in: its extractor and the layer
 * it adds, the Cypher that writes its facts (and retracts them, where they do not hang off the meeting), and how
 * one of its facts reads as a row of that Cypher and as JSON. Kinds are registered in {@link FactKinds}; the
 * pipeline, the writer, retraction, {@code extract --json} and GraphQL's wiring go over the registered kinds and
 * name none (docs/fact-kinds.md).
 *
 * @param <T> the value one fact of the kind is
 */
public abstract class FactKind<T extends Fact> {

    private final String name;
    private final Layer<List<T>> layer;
    private final String writeStatement;

    /**
     * @param name           {@link #name()}
     * @param layer          {@link #layer()}
     * @param writeStatement {@link #writeStatement()}
     */
    protected FactKind(String name, Layer<List<T>> layer, String writeStatement) {
        this.name = name;
        this.layer = layer;
        this.writeStatement = writeStatement;
    }

    /** The kind's name: its list's key in {@code extract --json}'s note lines and in {@link NoteGraph#facts}. */
    public final String name() {
        return name;
    }

    /** The note document's layer holding a meeting's facts of this kind. */
    public final Layer<List<T>> layer() {
        return layer;
    }

    /** The annotator that adds {@link #layer}, made once for a notes folder. */
    public abstract Annotator extractor(ExtractorContext context);

    /** Whether a meeting that was not held (a cancellation, an agenda) has no facts of this kind. */
    public boolean heldMeetingsOnly() {
        return false;
    }

    /**
     * The Cypher file under {@code cypher/} that writes a batch's facts of this kind from {@code $rows}. Each row
     * is the fact's {@link #row}, with its {@code source}, {@code line} and {@code evidence}, and its meeting's
     * {@code meetingId} and date ({@code since}).
     */
    public final String writeStatement() {
        return writeStatement;
    }

    /** A fact's own values in its row of {@link #writeStatement}. */
    public abstract Map<String, Object> row(T fact);

    /** The people a fact's row links to by id: the writer writes them before the facts. */
    public List<PersonRef> people(T fact) {
        return List.of();
    }

    /** The kinds whose nodes {@link #writeStatement} links to, which must be written before it. */
    public List<FactKind<?>> writtenAfter() {
        return List.of();
    }

    /**
     * The Cypher file under {@code cypher/} that removes what the notes {@code $sources} wrote of this kind that does
     * not hang off their meetings (nodes of its own, relationships between other nodes), returning the nodes that
     * lost a relationship as {@code touched} (element ids); null when all it writes hangs off the meeting, which
     * retraction strips anyway.
     */
    public String retractStatement() {
        return null;
    }

    /**
     * A Cypher file under {@code cypher/} that keeps something across notes up to date after a batch that may have
     * changed facts of this kind (releases are ordered), or null. Its parameters: {@code wrote}, whether the batch
     * wrote facts of the kind; {@code touched}, the nodes the notes it replaced or removed linked to.
     */
    public String afterBatchStatement() {
        return null;
    }

    /** A fact as {@code extract --json} prints it (docs/extract-format.md). */
    public abstract Map<String, Object> json(T fact);

    /**
     * The GraphQL types ({@code schema.graphqls}) of the nodes this kind writes, each with the field of its items that
     * the relationship queries of {@code cypher/graphql/relations.cypher} take as key; empty when GraphQL does not
     * show them.
     */
    public Map<String, String> graphQLKeys() {
        return Map.of();
    }

    /** A meeting's facts of this kind. */
    @SuppressWarnings("unchecked")
    public final List<T> in(NoteGraph note) {
        return (List<T>) note.facts(name());
    }
}
