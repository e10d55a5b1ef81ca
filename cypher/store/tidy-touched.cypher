// After a note is rewritten or removed: nodes it used to link to, which no note supports any more, go.
// @param touched: []
MATCH (n)
WHERE elementId(n) IN $touched AND NOT EXISTS { (n)--() }
DELETE n
