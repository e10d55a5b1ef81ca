package io.minutegraph.graph;

import java.io.Serializable;
import java.util.List;

/**
 * Something a meeting recorded to be done: {@code (:Meeting)-[:RECORDED]->(:ActionItem)-[:ASSIGNED_TO]->(:Person)}.
 *
 * @param text       the item's text, owner prefix removed
 * @param kind       {@code todo} for an item of a TODO, task, decision or action section; {@code commitment} for
 *                   a speaker's "I will ..." in the discussion
 * @param rawOwner   the owner as written ({@code RD/AJ}, {@code Lukas}, {@code All}), or null
 * @param owners     the people it is assigned to
 * @param group      a group owner ({@code All}, {@code Everyone}, {@code Community leaders}), or null
 * @param unresolved owners written but not resolved, each {@code "<owner>: <reason>"}
 */
public record ActionItem(String text, String kind, String rawOwner, List<PersonRef> owners, String group,
                         List<String> unresolved, Provenance provenance) implements Serializable {

    public ActionItem {
        owners = List.copyOf(owners);
        unresolved = List.copyOf(unresolved);
    }
}
