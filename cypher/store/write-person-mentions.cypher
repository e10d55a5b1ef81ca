// Links notes' meetings to the people their text names ("thanks to Marc, Michalis and Simon", "@razvand").
// @param rows: [{"meetingId": "notes/example", "person": "example-person", "as": "Example", "source": "notes/example.md", "line": 40, "evidence": "Thanks to Example for the review."}]
UNWIND $rows AS p
MATCH (m:Meeting {id: p.meetingId})
MATCH (person:Person {id: p.person})
CREATE (m)-[:NAMES {as: p.as, source: p.source, line: p.line, evidence: p.evidence}]->(person)
