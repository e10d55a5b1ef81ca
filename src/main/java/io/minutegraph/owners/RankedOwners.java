package io.minutegraph.owners;

import io.minutegraph.owners.OwnersAnswer.Evidence;
import io.minutegraph.owners.OwnersAnswer.Owner;
import io.minutegraph.owners.OwnersAnswer.PersonSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The rows of {@code cypher/queries/who-owns.cypher} as answers: each track's owners as the query ranks them, and
 * remarks worded from what it found (handovers, and where the notes and the declared maintainers disagree).
 */
final class RankedOwners {

    private RankedOwners() {
    }

    /**
     * @param terms each track asked about with the spellings it was asked by
     * @return an answer for each track some evidence names, in the order asked
     */
    static Map<String, OwnersAnswer> answers(Map<String, List<String>> terms, List<Record> rows) {
        Map<String, List<Record>> byTrack = new LinkedHashMap<>();
        rows.forEach(r -> byTrack.computeIfAbsent(r.get("track").asString(), t -> new ArrayList<>()).add(r));
        Map<String, OwnersAnswer> answers = new LinkedHashMap<>();
        terms.forEach((track, spellings) -> {
            List<Record> ranked = byTrack.get(track);
            if (ranked != null) {
                answers.put(track, answer(track, spellings, ranked));
            }
        });
        return answers;
    }

    private static OwnersAnswer answer(String track, List<String> terms, List<Record> rows) {
        List<Owner> owners = new ArrayList<>();
        List<String> remarks = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        for (Record r : rows) {
            Owner owner = owner(r);
            owners.add(owner);
            String name = owner.person().name();
            if (r.get("handedOver").asBoolean()) {
                remarks.add(name + " was last named as owner on " + r.get("lastLead").asString() + "; newer statements"
                        + " (up to " + r.get("newestLead").asString() + ") name others.");
            }
            if (owner.current() && owner.role().equals("lead")) {
                named.add(name);
            }
            if (r.get("declaredMaintainer").asBoolean()) {
                declared.add(name);
            }
        }
        if (!named.isEmpty() && !declared.isEmpty() && named.stream().noneMatch(declared::contains)) {
            remarks.add("The notes name " + String.join(", ", named) + " as owning it; the declared maintainers are "
                    + String.join(", ", declared) + ".");
        }
        return new OwnersAnswer(track, terms, rows.get(0).get("asOf").asString(), owners.size(), owners, remarks);
    }

    private static Owner owner(Record r) {
        List<Evidence> evidence = r.get("evidence").asList(e -> new Evidence(e.get("kind").asString(),
                e.get("source").asString(null), integer(e.get("line")), e.get("url").asString(null),
                e.get("date").asString(null), e.get("text").asString(null)));
        return new Owner(new PersonSummary(r.get("person").asString(), r.get("name").asString(null)),
                r.get("role").asString(), r.get("score").asDouble(), r.get("since").asString(null),
                r.get("lastSeen").asString(null), r.get("current").asBoolean(), evidence);
    }

    private static Integer integer(Value value) {
        return value.isNull() ? null : value.asInt();
    }
}
