package io.minutegraph.owners;

import java.util.List;

/** Nothing in the graph matches the track asked about; carries the closest names it knows. */
public class UnknownTrackException extends RuntimeException {

    private final List<String> closest;

    public UnknownTrackException(String track, List<String> closest) {
        super("no track, feature or team matches \"" + track + "\"");
        this.closest = List.copyOf(closest);
    }

    public List<String> closest() {
        return closest;
    }
}
