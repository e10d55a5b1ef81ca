// Links notes' meetings to the dates they give for releases: each meeting's statement is kept, so a date that
// moves shows as it moved.
// @param rows: [{"meetingId": "notes/example", "product": "unikraft", "version": "0.13", "date": "2023-05-01", "source": "notes/example.md", "line": 50, "evidence": "Release 0.13 will happen on Monday, May 1, 2023."}]
UNWIND $rows AS s
MATCH (m:Meeting {id: s.meetingId})
MERGE (release:Release {product: s.product, version: s.version})
CREATE (m)-[:SCHEDULES {date: s.date, source: s.source, line: s.line, evidence: s.evidence}]->(release)
