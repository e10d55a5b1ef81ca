// Links a note's meeting to the features and subsystems it mentions (each once, at its first line).
// @param meetingId: "notes/example"
// @param features: [{"name": "plat re-arch", "kind": "subsystem", "written": "plat-re-arch", "source": "notes/example.md", "line": 12, "evidence": "- plat-re-arch (Marc): READY TO START"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $features AS f
MERGE (feature:Feature {name: f.name})
  ON CREATE SET feature.kind = f.kind
CREATE (m)-[:MENTIONS {source: f.source, line: f.line, evidence: f.evidence, as: f.written}]->(feature)
