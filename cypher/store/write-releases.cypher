// Links notes' meetings to the releases they mention (each once a note, at the line it first appears on).
// @param rows: [{"meetingId": "notes/example", "product": "unikraft", "version": "0.12", "source": "notes/example.md", "line": 21, "evidence": "* Planning for the 0.12 release"}]
UNWIND $rows AS r
MATCH (m:Meeting {id: r.meetingId})
MERGE (release:Release {product: r.product, version: r.version})
CREATE (m)-[:MENTIONS {source: r.source, line: r.line, evidence: r.evidence}]->(release)
