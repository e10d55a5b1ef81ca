// Creates the meetings of a batch of notes (or refills those their retraction kept) and links them to their teams.
// `unresolvedParticipants`: participant entries that name someone identity resolution could not settle;
// `extractedWith`: a fingerprint of the folder's people and releases when the note was extracted.
// @param meetings: [{"meeting": {"id": "notes/example", "title": "Example", "date": "2024-01-01", "datetime": null, "location": "Online", "source": "notes/example.md", "sha256": "00", "lineUrl": "https://github.com/example/notes/blob/0123abcd/notes/example.md#L{line}", "held": true, "datePrecision": "day", "extractedWith": "00", "unresolvedParticipants": ["Maria"]}, "teams": [{"name": "example-team", "source": "notes/example.md", "line": 5, "evidence": "- example-team"}]}]
UNWIND $meetings AS row
MERGE (m:Meeting {id: row.meeting.id})
SET m = row.meeting, m.date = date(row.meeting.date), m.datetime = datetime(row.meeting.datetime)
WITH m, row
UNWIND row.teams AS team
MERGE (t:Team {name: team.name})
CREATE (m)-[:OF_TEAM {source: team.source, line: team.line, evidence: team.evidence}]->(t)
