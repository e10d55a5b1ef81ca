// Links a note's meeting to the dates it gives for releases: each meeting's statement is kept, so a date that moves
// shows as it moved.
// @param meetingId: "notes/example"
// @param schedules: [{"product": "unikraft", "version": "0.13", "date": "2023-05-01", "source": "notes/example.md", "line": 50, "evidence": "Release 0.13 will happen on Monday, May 1, 2023."}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $schedules AS s
MERGE (release:Release {product: s.product, version: s.version})
CREATE (m)-[:SCHEDULES {date: s.date, source: s.source, line: s.line, evidence: s.evidence}]->(release)
