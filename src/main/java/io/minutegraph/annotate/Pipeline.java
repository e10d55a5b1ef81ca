package io.minutegraph.annotate;

import io.minutegraph.notes.NoteRejectedException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Annotators run in order over one note document. Built only if every annotator's requirements are added by the
 * annotators before it, so a misordered pipeline fails when it is made, not on some note.
 */
public final class Pipeline {

    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        Set<Layer<?>> added = new HashSet<>();
        for (Annotator annotator : annotators) {
            for (Layer<?> layer : annotator.requires()) {
                if (!added.contains(layer)) {
                    throw new IllegalStateException(annotator.getClass().getSimpleName() + " requires the layer '"
                            + layer + "', which no annotator before it adds");
                }
            }
            added.addAll(annotator.adds());
        }
        this.annotators = List.copyOf(annotators);
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    public void annotate(NoteDocument document) throws NoteRejectedException {
        for (Annotator annotator : annotators) {
            annotator.annotate(document);
        }
    }
}
