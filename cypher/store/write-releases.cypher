// Links a note's meeting to the releases it mentions (each once, at the line it first appears on).
// @param meetingId: "notes/example"
// @param releases: [{"product": "unikraft", "version": "0.12", "source": "notes/example.md", "line": 21, "evidence": "* Planning for the 0.12 release"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $releases AS r
MERGE (release:Release {product: r.product, version: r.version})
CREATE (m)-[:MENTIONS {source: r.source, line: r.line, evidence: r.evidence}]->(release)
