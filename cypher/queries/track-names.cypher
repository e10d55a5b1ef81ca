// Answers: which tracks, features and teams can "who owns" be asked about? Every name, to suggest the closest ones
// when a question names none.
MATCH (n)
WHERE n:Track OR n:Feature OR n:Team
RETURN DISTINCT coalesce(n.name, n.id) AS name
ORDER BY name
