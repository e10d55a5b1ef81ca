// Creates a note's meeting (or refills the one its retraction kept) and links it to its teams.
// `unresolvedParticipants`: participant entries that name someone identity resolution could not settle;
// `extractedWith`: a fingerprint of the folder's people and releases when the note was extracted.
// @param meeting: {"id": "notes/example", "title": "Example", "date": "2024-01-01", "datetime": null, "location": "Online", "source": "notes/example.md", "sha256": "00", "extractedWith": "00", "unresolvedParticipants": ["Maria"]}
// @param teams: [{"name": "example-team", "source": "notes/example.md", "line": 5, "evidence": "- example-team"}]
MERGE (m:Meeting {id: $meeting.id})
SET m = $meeting, m.date = date($meeting.date), m.datetime = datetime($meeting.datetime)
WITH m
UNWIND $teams AS team
MERGE (t:Team {name: team.name})
CREATE (m)-[:OF_TEAM {source: team.source, line: team.line, evidence: team.evidence}]->(t)
