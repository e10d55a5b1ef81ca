package io.minutegraph.annotate;

/**
 * What an annotator adds to a note document, named and typed: {@code Layer<MeetingDate> DATE}. Annotators declare
 * the layers they read and the ones they add, so a pipeline can check they run in an order that works.
 *
 * @param name what the layer holds, for messages
 * @param <T>  the value the layer holds
 */
public record Layer<T>(String name) {

    @Override
    public String toString() {
        return name;
    }
}
