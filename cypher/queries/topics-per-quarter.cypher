// Answers: which features and subsystems rise, quarter by quarter? For each quarter, the five the most meetings
// mention, with how many meetings mentioned them the quarter before.
MATCH (m:Meeting)-[:MENTIONS]->(f:Feature)
WITH f, toString(m.date.year) + '-Q' + toString((m.date.month + 2) / 3) AS quarter, count(DISTINCT m) AS meetings
ORDER BY quarter, meetings DESC, f.name
WITH quarter, collect({feature: f.name, meetings: meetings}) AS ranked
WITH collect({quarter: quarter, ranked: ranked}) AS quarters
UNWIND range(0, size(quarters) - 1) AS i
WITH quarters[i] AS q, CASE WHEN i = 0 THEN [] ELSE quarters[i - 1].ranked END AS before
UNWIND q.ranked[0..5] AS top
RETURN q.quarter AS quarter, top.feature AS feature, top.meetings AS meetings,
       coalesce([b IN before WHERE b.feature = top.feature | b.meetings][0], 0) AS quarterBefore
ORDER BY quarter, meetings DESC, feature
