// After a note is rewritten or removed: nodes it used to link to lose what no note supports any more.
// Orphans go; people who remain get their aliases recomputed from the attendances left.
// @param touched: []
MATCH (n)
WHERE elementId(n) IN $touched
WITH n, EXISTS { (n)--() } AS supported, n:Person AS person
FOREACH (_ IN CASE WHEN supported THEN [] ELSE [1] END | DELETE n)
WITH n, supported, person
WHERE supported AND person
SET n.aliases = COLLECT { MATCH (n)-[x:ATTENDED]->() RETURN DISTINCT x.as ORDER BY x.as }
