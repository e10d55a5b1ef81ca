// Orders each product's releases by version: (newer)-[:FOLLOWS]->(older). Releases are few, so the whole order is
// rebuilt after every note; a release no note mentions any more is dropped.
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
