// Links notes' meetings to the features and subsystems they mention (each once a note, at its first line).
// @param rows: [{"meetingId": "notes/example", "name": "plat re-arch", "kind": "subsystem", "written": "plat-re-arch", "source": "notes/example.md", "line": 12, "evidence": "- plat-re-arch (Marc): READY TO START"}]
UNWIND $rows AS f
MATCH (m:Meeting {id: f.meetingId})
MERGE (feature:Feature {name: f.name})
  ON CREATE SET feature.kind = f.kind
CREATE (m)-[:MENTIONS {source: f.source, line: f.line, evidence: f.evidence, as: f.written}]->(feature)
