package io.minutegraph.facts.actionitems;

import io.minutegraph.facts.Fact;
import io.minutegraph.graph.PersonRef;
import io.minutegraph.graph.Provenance;
import java.util.List;

/**
 * Something a meeting recorded to be done: {@code (:Meeting)-[:RECORDED]->(:ActionItem)-[:ASSIGNED_TO]->(:Person)}.
 *
 * @param text       the item's text, owner prefix removed
 * @param kind       {@code todo} for an item of a TODO, task, action or next steps section and for an item the
 *                   discussion marks as one ({@code ACTION:}, {@code AI(binji):}, {@code - [ ] Eric: ...});
 *                   {@code commitment} for someone taking something on in the discussion ("I will ...",
 *                   "Mary to write ...", "Rich will reach out ...")
 * @param rawOwner   the owner as written ({@code RD/AJ}, {@code Lukas}, {@code All}), or null
 * @param owners     the people it is assigned to
 * @param group      a group owner ({@code All}, {@code Everyone}, {@code Community leaders}), or null
 * @param unresolved owners written but not resolved, each {@code "<owner>: <reason>"}
 * @param done       whether the note marks it done ({@code - [x]}, struck through, {@code (done)})
 */
public record ActionItem(String text, String kind, String rawOwner, List<PersonRef> owners, String group,
                         List<String> unresolved, Provenance provenance, boolean done) implements Fact {

    public ActionItem {
        owners = List.copyOf(owners);
        unresolved = List.copyOf(unresolved);
    }
}
