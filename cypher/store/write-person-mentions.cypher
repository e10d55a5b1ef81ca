// Links a note's meeting to the people its text names ("thanks to Marc, Michalis and Simon", "@razvand").
// @param meetingId: "notes/example"
// @param people: [{"person": "example-person", "name": "Example Person", "aliases": [], "initials": ["EP"], "github": null, "as": "Example", "source": "notes/example.md", "line": 40, "evidence": "Thanks to Example for the review."}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $people AS p
MERGE (person:Person {id: p.person})
SET person.name = p.name, person.aliases = p.aliases, person.initials = p.initials, person.github = p.github
CREATE (m)-[:NAMES {as: p.as, source: p.source, line: p.line, evidence: p.evidence}]->(person)
