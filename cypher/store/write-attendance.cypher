// Links the people who attended to a note's meeting, keeping each entry's spelling in `as`.
// A person's aliases are every spelling their attendances use.
// @param meetingId: "notes/example"
// @param attendances: [{"person": "example-person", "name": "Example Person", "as": "ExampleP", "source": "notes/example.md", "line": 7, "evidence": "- ExampleP"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $attendances AS a
MERGE (p:Person {id: a.person})
  ON CREATE SET p.name = a.name
CREATE (p)-[:ATTENDED {as: a.as, source: a.source, line: a.line, evidence: a.evidence}]->(m)
WITH DISTINCT p
SET p.aliases = COLLECT { MATCH (p)-[x:ATTENDED]->() RETURN DISTINCT x.as ORDER BY x.as }
