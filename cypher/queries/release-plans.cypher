// Answers: what was planned for a release, and when? Each item a meeting planned for it, oldest first, with the
// features the item names and the line that says so; and the dates meetings gave for the release.
// @param version: "0.13"
MATCH (r:Release {product: 'unikraft', version: $version})
OPTIONAL MATCH (m:Meeting)-[plan:PLANS]->(r)
WITH r, m, plan
ORDER BY m.date, plan.line
WITH r, collect(CASE WHEN plan IS NULL THEN NULL ELSE
       {date: m.date, item: plan.item, source: plan.source, line: plan.line} END) AS items
OPTIONAL MATCH (f:Feature)-[pf:PLANNED_FOR]->(r)
WITH r, items, f ORDER BY f.name
WITH r, items, collect(DISTINCT f.name) AS features
OPTIONAL MATCH (said:Meeting)-[s:SCHEDULES]->(r)
WITH r, items, features, s, said
ORDER BY said.date, s.source, s.line
RETURN r.version AS release, items, features,
       collect(CASE WHEN s IS NULL THEN NULL ELSE
         {said: said.date, date: s.date, source: s.source, line: s.line} END) AS dates
