// Links notes' meetings to the items they plan for releases, and each feature such an item names to that release,
// dated by the meeting (`since`). PLANNED_FOR carries the note's source, so re-ingesting the note replaces exactly
// these.
// @param rows: [{"meetingId": "notes/example", "since": "2024-03-04", "product": "unikraft", "version": "0.17", "item": "vfscore re-arch", "features": ["vfscore"], "source": "notes/example.md", "line": 59, "evidence": "* vfscore re-arch"}]
UNWIND $rows AS p
MATCH (m:Meeting {id: p.meetingId})
MERGE (release:Release {product: p.product, version: p.version})
CREATE (m)-[:PLANS {item: p.item, source: p.source, line: p.line, evidence: p.evidence}]->(release)
WITH release, p
UNWIND p.features AS name
MERGE (feature:Feature {name: name})
CREATE (feature)-[:PLANNED_FOR {since: date(p.since), source: p.source, line: p.line, evidence: p.evidence}]->(release)
