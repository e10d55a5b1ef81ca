// Answers: where does a proposal stand, and how did it get there? A proposal (an RFC, an issue or pull request, a
// proposal's repository, a subject the meetings keep coming back to) found by its key or title, and every meeting
// that discussed it, moved it to a stage or decided on it, oldest first, each with the line that says so (`url`:
// where that line can be read on the web, or null). `stage` and `outcome` are set on the rows that change its stage.
// @param proposal: "unikraft"
WITH toLower(trim($proposal)) AS asked
MATCH (p:Proposal)
WHERE toLower(p.key) CONTAINS asked OR toLower(coalesce(p.title, '')) CONTAINS asked
CALL {
  WITH p
  MATCH (m:Meeting)-[said:DISCUSSED|ADVANCED]->(p)
  RETURN m, CASE type(said) WHEN 'ADVANCED' THEN 'stage' ELSE 'discussed' END AS what, said.stage AS stage,
         said.outcome AS outcome, said.evidence AS text, said.source AS source, said.line AS line,
         [c IN coalesce(said.champions, []) | c] AS champions
  UNION
  WITH p
  MATCH (m:Meeting)-[:DECIDED]->(d:Decision)-[:ABOUT]->(p)
  RETURN m, d.kind AS what, null AS stage, d.outcome AS outcome, d.text AS text, d.source AS source,
         d.line AS line, [] AS champions
}
RETURN p.key AS proposal, p.title AS title, p.url AS link, toString(m.date) AS date, m.title AS meeting, what, stage,
       outcome, text, champions, source, line, replace(m.lineUrl, '{line}', toString(line)) AS url
ORDER BY proposal, date, line
