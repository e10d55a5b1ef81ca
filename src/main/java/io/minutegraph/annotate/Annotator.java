package io.minutegraph.annotate;

import io.minutegraph.notes.NoteRejectedException;
import java.util.Set;

/**
 * One job done to a note document: it reads the layers it {@linkplain #requires requires} and adds the ones it
 * {@linkplain #adds adds}, and nothing else. CoreNLP's annotators are the model.
 */
public interface Annotator {

    /** The layers it reads, which annotators before it in a pipeline must add. */
    Set<Layer<?>> requires();

    /** The layers it adds. */
    Set<Layer<?>> adds();

    /**
     * @throws NoteRejectedException when the note cannot be a meeting note (no date anywhere), with the reason
     */
    void annotate(NoteDocument document) throws NoteRejectedException;
}
