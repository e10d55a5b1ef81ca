// Links a note's meeting to the items it plans for releases, and each feature such an item names to that release,
// dated by the meeting. PLANNED_FOR carries the note's source, so re-ingesting the note replaces exactly these.
// @param meetingId: "notes/example"
// @param since: "2024-03-04"
// @param plans: [{"product": "unikraft", "version": "0.17", "item": "vfscore re-arch", "features": ["vfscore"], "source": "notes/example.md", "line": 59, "evidence": "* vfscore re-arch"}]
MATCH (m:Meeting {id: $meetingId})
UNWIND $plans AS p
MERGE (release:Release {product: p.product, version: p.version})
CREATE (m)-[:PLANS {item: p.item, source: p.source, line: p.line, evidence: p.evidence}]->(release)
WITH release, p
UNWIND p.features AS name
MERGE (feature:Feature {name: name})
CREATE (feature)-[:PLANNED_FOR {since: date($since), source: p.source, line: p.line, evidence: p.evidence}]->(release)
