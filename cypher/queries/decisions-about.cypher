// Answers: what was decided about X? Every decision whose text or subject names the words asked, or that is linked
// to a proposal, release, feature or topic whose name, key or title holds them; since a date when one is given
// (null: all), newest first. Each with its kind (decision, consensus, poll, resolution), outcome, a poll's counts,
// what it is about, the meeting, and the line it was recorded on (`url`: where that line can be read on the web,
// or null).
// @param about: "release"
// @param since: null
WITH toLower(trim($about)) AS asked
MATCH (m:Meeting)-[:DECIDED]->(d:Decision)
WHERE ($since IS NULL OR m.date >= date($since))
  AND (d.lower CONTAINS asked OR toLower(coalesce(d.about, '')) CONTAINS asked
       OR EXISTS {
         MATCH (d)-[:ABOUT]->(s)
         WHERE any(name IN [s.name, s.key, s.title, s.version, s.id] WHERE toLower(name) CONTAINS asked)
       })
WITH m, d,
     COLLECT { MATCH (d)-[:ABOUT]->(subject)
               WITH DISTINCT coalesce(subject.title, subject.name, subject.key, subject.version) AS name
               WHERE name IS NOT NULL
               RETURN name ORDER BY name } AS subjects,
     COLLECT { MATCH (d)-[:PROPOSED_BY]->(proposer:Person)
               WITH DISTINCT proposer.name AS name
               WHERE name IS NOT NULL
               RETURN name ORDER BY name } AS proposers
RETURN toString(m.date) AS date, d.text AS decision, d.kind AS kind, d.outcome AS outcome,
       [i IN range(0, size(coalesce(d.voteLabels, [])) - 1) | {vote: d.voteLabels[i], count: d.voteCounts[i]}] AS votes,
       d.about AS about, subjects, proposers, m.id AS meeting, m.title AS title, d.source AS source, d.line AS line,
       replace(m.lineUrl, '{line}', toString(d.line)) AS url
ORDER BY date DESC, line, meeting
