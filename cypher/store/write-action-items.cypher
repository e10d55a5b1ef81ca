// Records a note's action items on its meeting and assigns them to their owners.
// @param meetingId: "notes/example"
// @param items: [{"id": "notes/example.md#40", "text": "Create a GitHub project", "kind": "todo", "rawOwner": "EP", "group": null, "source": "notes/example.md", "line": 40, "evidence": "EP: Create a GitHub project", "owners": [{"person": "example-person", "name": "Example Person", "aliases": [], "initials": ["EP"], "github": null}]}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $items AS item
CREATE (m)-[:RECORDED {source: item.source, line: item.line, evidence: item.evidence}]->
       (a:ActionItem {id: item.id, text: item.text, kind: item.kind, rawOwner: item.rawOwner, group: item.group,
                      source: item.source, line: item.line})
WITH a, item
UNWIND item.owners AS owner
MERGE (p:Person {id: owner.person})
SET p.name = owner.name, p.aliases = owner.aliases, p.initials = owner.initials, p.github = owner.github
CREATE (a)-[:ASSIGNED_TO {as: item.rawOwner, source: item.source, line: item.line, evidence: item.evidence}]->(p)
