// Links the people who speak or are named by initials at the start of notes' lines to their meetings.
// Each person's `lastSeen` (the date of the last meeting they attended or spoke at) moves forward with them.
// @param rows: [{"meetingId": "notes/example", "person": "example-person", "as": "EP", "source": "notes/example.md", "line": 20, "evidence": "EP: will look into it"}]
UNWIND $rows AS s
MATCH (m:Meeting {id: s.meetingId})
MATCH (p:Person {id: s.person})
CREATE (p)-[:SPOKE_AT {as: s.as, source: s.source, line: s.line, evidence: s.evidence}]->(m)
WITH p, max(m.date) AS newest
SET p.lastSeen = CASE WHEN p.lastSeen >= newest THEN p.lastSeen ELSE newest END
