// Links notes' meetings to the topics of their section headings.
// @param rows: [{"meetingId": "notes/example", "id": "post 0 8 release", "name": "Post 0.8 release", "source": "notes/example.md", "line": 30, "evidence": "### Post 0.8 release"}]
UNWIND $rows AS t
MATCH (m:Meeting {id: t.meetingId})
MERGE (topic:Topic {id: t.id})
  ON CREATE SET topic.name = t.name
CREATE (m)-[:COVERS {source: t.source, line: t.line, evidence: t.evidence}]->(topic)
