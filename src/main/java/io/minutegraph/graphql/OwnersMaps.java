package io.minutegraph.graphql;

import io.minutegraph.owners.OwnersAnswer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "who owns" answer as GraphQL reads it: maps, a person keyed as the relationship queries key them. */
final class OwnersMaps {

    private OwnersMaps() {
    }

    static Map<String, Object> of(OwnersAnswer answer) {
        List<Map<String, Object>> owners = answer.owners().stream().map(OwnersMaps::owner).toList();
        return Map.of("track", answer.track(), "terms", answer.terms(), "asOf", answer.asOf(),
                "candidates", answer.candidates(), "owners", owners, "remarks", answer.remarks());
    }

    private static Map<String, Object> owner(OwnersAnswer.Owner o) {
        Map<String, Object> owner = new HashMap<>();
        Map<String, Object> person = new HashMap<>();
        person.put("id", o.person().id());
        person.put("name", o.person().name());
        owner.put("person", person);
        owner.put("role", o.role());
        owner.put("score", o.score());
        owner.put("since", o.since());
        owner.put("lastSeen", o.lastSeen());
        owner.put("current", o.current());
        owner.put("evidence", o.evidence().stream().map(e -> {
            Map<String, Object> evidence = new HashMap<>();
            evidence.put("kind", e.kind());
            evidence.put("source", e.source());
            evidence.put("line", e.line());
            evidence.put("url", e.url());
            evidence.put("date", e.date());
            evidence.put("text", e.text());
            return evidence;
        }).toList());
        return owner;
    }
}
