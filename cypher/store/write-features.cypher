// Links notes' meetings to the features and subsystems they mention (each once a note, at its first line). A
// feature keeps the spellings the community's gazetteer gives it, which "who owns" matches a track by.
// @param rows: [{"meetingId": "notes/example", "name": "plat re-arch", "kind": "subsystem", "written": "plat-re-arch", "aliases": ["plat re-arch", "plat-re-arch"], "source": "notes/example.md", "line": 12, "evidence": "- plat-re-arch (Marc): READY TO START"}]
UNWIND $rows AS f
MATCH (m:Meeting {id: f.meetingId})
MERGE (feature:Feature {name: f.name})
SET feature.kind = f.kind, feature.aliases = f.aliases
CREATE (m)-[:MENTIONS {source: f.source, line: f.line, evidence: f.evidence, as: f.written}]->(feature)
