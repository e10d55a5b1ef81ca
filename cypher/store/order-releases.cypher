// Orders each product's releases by version: (newer)-[:FOLLOWS]->(older). Releases are few, so the whole order is
// rebuilt; a release no note mentions any more is dropped. Runs after a batch of notes, and does its work only when
// the batch wrote releases, plans or dates ($wrote) or replaced or removed notes that spoke of a release ($touched:
// the nodes their meetings linked to).
// @param wrote: true
// @param touched: []
WITH $wrote OR EXISTS { MATCH (r:Release) WHERE elementId(r) IN $touched } AS changed
WHERE changed
MATCH (gone:Release) WHERE NOT EXISTS { (:Meeting)-[:MENTIONS]->(gone) }
DETACH DELETE gone
WITH count(*) AS dropped
MATCH (:Release)-[f:FOLLOWS]->(:Release)
DELETE f
WITH count(*) AS unlinked
MATCH (r:Release)
WITH r ORDER BY r.product, [part IN split(r.version, '.') | toInteger(part)]
WITH r.product AS product, collect(r) AS releases
UNWIND range(0, size(releases) - 2) AS i
WITH releases[i] AS older, releases[i + 1] AS newer
CREATE (newer)-[:FOLLOWS]->(older)
