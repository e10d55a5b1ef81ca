// Records who owns which track, as notes say, dated by their meetings (`since`). The relationship carries the
// note's source, so re-ingesting the note replaces exactly these.
// @param rows: [{"person": "example-person", "since": "2022-04-21", "track": "SMP", "trackId": "smp", "status": null, "confidence": 1.0, "source": "notes/example.md", "line": 35, "evidence": "SMP (Example)"}]
UNWIND $rows AS o
MATCH (p:Person {id: o.person})
MERGE (t:Track {id: o.trackId})
  ON CREATE SET t.name = o.track
CREATE (p)-[:OWNS {since: date(o.since), status: o.status, confidence: o.confidence, source: o.source,
                   line: o.line, evidence: o.evidence}]->(t)
