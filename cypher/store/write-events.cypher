// Links notes' meetings to the events they mention: one Event per edition (name and year), however spelled.
// A date or location a note gives fills what the event does not have yet.
// @param rows: [{"meetingId": "notes/example", "key": "fosdem|2023", "name": "FOSDEM", "edition": "2023", "date": null, "location": null, "source": "notes/example.md", "line": 20, "evidence": "Community updates: events, meetings, FOSDEM'23, GSoC'23"}]
UNWIND $rows AS e
MATCH (m:Meeting {id: e.meetingId})
MERGE (event:Event {key: e.key})
  ON CREATE SET event.name = e.name, event.edition = e.edition
SET event.date = coalesce(event.date, e.date), event.location = coalesce(event.location, e.location)
CREATE (m)-[:MENTIONS {source: e.source, line: e.line, evidence: e.evidence}]->(event)
