// Links the people who attended to a note's meeting, keeping each entry's spelling in `as`. A person's name,
// aliases, initials and login are the corpus-wide identity resolution's, so they are set on every write.
// @param meetingId: "notes/example"
// @param attendances: [{"person": "example-person", "name": "Example Person", "aliases": ["ExampleP"], "initials": ["EP"], "github": null, "as": "ExampleP", "source": "notes/example.md", "line": 7, "evidence": "- ExampleP"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $attendances AS a
MERGE (p:Person {id: a.person})
SET p.name = a.name, p.aliases = a.aliases, p.initials = a.initials, p.github = a.github
CREATE (p)-[:ATTENDED {as: a.as, source: a.source, line: a.line, evidence: a.evidence}]->(m)
