// Links a note's meeting to the topics of its section headings.
// @param meetingId: "notes/example"
// @param topics: [{"id": "post 0 8 release", "name": "Post 0.8 release", "source": "notes/example.md", "line": 30, "evidence": "### Post 0.8 release"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $topics AS t
MERGE (topic:Topic {id: t.id})
  ON CREATE SET topic.name = t.name
CREATE (m)-[:COVERS {source: t.source, line: t.line, evidence: t.evidence}]->(topic)
