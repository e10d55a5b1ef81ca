// Links notes' meetings to the tracks whose status they report (DONE, PRIORITY, THIS WEEK, ...), dated by the
// meeting.
// @param rows: [{"meetingId": "notes/example", "track": "plat re-arch", "trackId": "plat re-arch", "status": "READY TO START", "source": "notes/example.md", "line": 32, "evidence": "- plat re-arch (Marc, Michalis, Simon): READY TO START"}]
UNWIND $rows AS s
MATCH (m:Meeting {id: s.meetingId})
MERGE (t:Track {id: s.trackId})
  ON CREATE SET t.name = s.track
CREATE (m)-[:REPORTS {status: s.status, date: m.date, source: s.source, line: s.line, evidence: s.evidence}]->(t)
