// Links a note's meeting to the tracks whose status it reports (DONE, PRIORITY, THIS WEEK, ...), dated by the
// meeting.
// @param meetingId: "notes/example"
// @param statuses: [{"track": "plat re-arch", "trackId": "plat re-arch", "status": "READY TO START", "source": "notes/example.md", "line": 32, "evidence": "- plat re-arch (Marc, Michalis, Simon): READY TO START"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $statuses AS s
MERGE (t:Track {id: s.trackId})
  ON CREATE SET t.name = s.track
CREATE (m)-[:REPORTS {status: s.status, date: m.date, source: s.source, line: s.line, evidence: s.evidence}]->(t)
