// Links the people who speak or are named by initials at the start of a note's lines to its meeting.
// @param meetingId: "notes/example"
// @param speakers: [{"person": "example-person", "name": "Example Person", "aliases": [], "initials": ["EP"], "github": null, "as": "EP", "source": "notes/example.md", "line": 20, "evidence": "EP: will look into it"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $speakers AS s
MERGE (p:Person {id: s.person})
SET p.name = s.name, p.aliases = s.aliases, p.initials = s.initials, p.github = s.github
CREATE (p)-[:SPOKE_AT {as: s.as, source: s.source, line: s.line, evidence: s.evidence}]->(m)
