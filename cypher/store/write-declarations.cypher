// Replaces the roles a project declares (maintainers and reviewers of its teams) with the given ones.
// Declared people who attend no meeting are people all the same.
// @param roles: [{"team": "sig-core", "role": "maintainer", "person": "example-person", "name": "Example Person", "aliases": [], "initials": ["EP"], "github": "example", "source": "sig-core.yaml"}]
OPTIONAL MATCH (:Person)-[old:MAINTAINS|REVIEWS]->(:Team)
DELETE old
WITH count(*) AS cleared
UNWIND $roles AS r
MERGE (p:Person {id: r.person})
SET p.name = r.name, p.aliases = r.aliases, p.initials = r.initials, p.github = r.github
MERGE (t:Team {name: r.team})
FOREACH (_ IN CASE WHEN r.role = 'maintainer' THEN [1] ELSE [] END | CREATE (p)-[:MAINTAINS {source: r.source}]->(t))
FOREACH (_ IN CASE WHEN r.role = 'reviewer' THEN [1] ELSE [] END | CREATE (p)-[:REVIEWS {source: r.source}]->(t))
