// Answers: which releases do the notes speak of, and when? Each product's releases in version order, with the
// first and last meeting that mentions them and how many do.
MATCH (r:Release)<-[mention:MENTIONS]-(m:Meeting)
WITH r, min(m.date) AS first, max(m.date) AS last, count(m) AS meetings
RETURN r.product AS product, r.version AS version, first, last, meetings
ORDER BY product, [part IN split(version, '.') | toInteger(part)]
