// Links the people who attended to their notes' meetings, keeping each entry's spelling in `as`.
// Each person's `lastSeen` (the date of the last meeting they attended or spoke at) moves forward with them.
// @param rows: [{"meetingId": "notes/example", "person": "example-person", "as": "ExampleP", "source": "notes/example.md", "line": 7, "evidence": "- ExampleP"}]
UNWIND $rows AS a
MATCH (m:Meeting {id: a.meetingId})
MATCH (p:Person {id: a.person})
CREATE (p)-[:ATTENDED {as: a.as, source: a.source, line: a.line, evidence: a.evidence}]->(m)
WITH p, max(m.date) AS newest
SET p.lastSeen = CASE WHEN p.lastSeen >= newest THEN p.lastSeen ELSE newest END
