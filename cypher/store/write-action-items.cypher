// Records notes' action items on their meetings and assigns them to their owners (person ids). `lower` is the
// text lower-cased, searched through a text index when "who owns" looks for action items that name a track.
// @param rows: [{"meetingId": "notes/example", "id": "notes/example.md#40", "text": "Create a GitHub project", "kind": "todo", "rawOwner": "EP", "group": null, "source": "notes/example.md", "line": 40, "evidence": "EP: Create a GitHub project", "owners": ["example-person"], "done": false}]
UNWIND $rows AS item
MATCH (m:Meeting {id: item.meetingId})
CREATE (m)-[:RECORDED {source: item.source, line: item.line, evidence: item.evidence}]->
       (a:ActionItem {id: item.id, text: item.text, lower: toLower(item.text), kind: item.kind, done: item.done,
                      rawOwner: item.rawOwner, group: item.group, source: item.source, line: item.line})
WITH a, item
UNWIND item.owners AS owner
MATCH (p:Person {id: owner})
CREATE (a)-[:ASSIGNED_TO {as: item.rawOwner, source: item.source, line: item.line, evidence: item.evidence}]->(p)
