// Records who owns which track, as a note says, dated by its meeting. The relationship carries the note's source,
// so re-ingesting the note replaces exactly these.
// @param since: "2022-04-21"
// @param owners: [{"person": "example-person", "name": "Example Person", "aliases": [], "initials": ["EP"], "github": null, "track": "SMP", "trackId": "smp", "status": null, "confidence": 1.0, "source": "notes/example.md", "line": 35, "evidence": "SMP (Example)"}]
UNWIND $owners AS o
MERGE (p:Person {id: o.person})
SET p.name = o.name, p.aliases = o.aliases, p.initials = o.initials, p.github = o.github
MERGE (t:Track {id: o.trackId})
  ON CREATE SET t.name = o.track
CREATE (p)-[:OWNS {since: date($since), status: o.status, confidence: o.confidence, source: o.source,
                   line: o.line, evidence: o.evidence}]->(t)
