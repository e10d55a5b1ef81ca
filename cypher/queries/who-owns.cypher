// Answers: who owns a track? The one definition of the answer: GET /api/owners, `minutegraph owners`, GraphQL's
// `owners` and the current owners of each track in GET /api/tracks all run this query (docs/owners.md). For each
// track asked about, its people are ranked by the strongest kind of their evidence (statements in the notes, then
// declared maintainers, reviewers, assignees of action items naming the track, then those at its team's meetings),
// then current before not, then by score: each piece of evidence weighed by its kind and confidence and halved for
// every year it is older than `asOf`. Current: seen at a meeting within a year of `asOf`, and not handed over (their
// last lead statement more than 90 days older than the newest lead statement about the track). Each person comes with
// the evidence shown for them, newest first. `tracks` are the tracks asked about, each with its spellings (the service
// adds each spelling folded and hyphenated, and every alias the features gazetteer knows); a spelling counts where
// its words stand whole, case and diacritics aside. `asOf` null: the newest meeting's date.
// @param tracks: [{track: "SMP", terms: ["smp", "multicore", "multi core"]}]
// @param asOf: "2024-03-25"
CALL {
  OPTIONAL MATCH (newest:Meeting)
  WHERE newest.date IS NOT NULL
  WITH newest ORDER BY newest.date DESC LIMIT 1
  RETURN coalesce(date($asOf), newest.date, date()) AS asOf
}
UNWIND range(0, size($tracks) - 1) AS question
WITH asOf, question, $tracks[question].track AS track, $tracks[question].terms AS spellings
// Each spelling folded as Keys.fold folds a name (decomposed, marks dropped, lower-cased, runs of anything but letters
// and digits one space), then made a pattern that finds those words whole in a text decomposed and lower-cased: Cypher
// without plug-ins cannot drop the marks of a long text, but a pattern can step over them.
WITH asOf, question, track,
     reduce(distinct = [], term IN [term IN spellings | toLower(term)] |
       CASE WHEN term IN distinct THEN distinct ELSE distinct + term END) AS terms,
     reduce(distinct = [], word IN [term IN spellings |
         trim(reduce(s = '', c IN split(toLower(normalize(term, NFKD)), '') |
           CASE WHEN c =~ '\\p{M}' THEN s WHEN c =~ '[\\p{L}\\p{N}]' THEN s + c WHEN s ENDS WITH ' ' THEN s
                ELSE s + ' ' END))] |
       CASE WHEN word = '' OR word IN distinct THEN distinct ELSE distinct + word END) AS words
WITH asOf, question, track, terms, words,
     [word IN words | '(?s).*(?<![\\p{L}\\p{N}]\\p{M}{0,8})'
       + reduce(s = '', c IN split(word, '') | s + CASE c WHEN ' '
           THEN '[^\\p{L}\\p{N}]*[^\\p{L}\\p{N}\\p{M}][^\\p{L}\\p{N}]*' ELSE c + '\\p{M}*+' END)
       + '(?![\\p{L}\\p{N}]).*'] AS patterns
CALL {
  // Track names are kept folded (`id`): a text index finds the words, the pattern keeps them whole.
  WITH asOf, words, patterns
  UNWIND words AS word
  MATCH (t:Track)
  WHERE t.id CONTAINS word
  WITH DISTINCT t, asOf, patterns
  WHERE any(pattern IN patterns WHERE t.id =~ pattern)
  MATCH (p:Person)-[o:OWNS]->(t)
  WHERE o.since <= asOf
  RETURN p, 'statement' AS kind, o.confidence AS confidence, o.since AS date, o.source AS source, o.line AS line,
         o.evidence AS text,
         replace(COLLECT { MATCH (said:Meeting {source: o.source}) RETURN said.lineUrl LIMIT 1 }[0], '{line}',
                 toString(o.line)) AS url
  UNION ALL
  WITH asOf, patterns
  MATCH (p:Person)-[d:MAINTAINS|REVIEWS]->(team:Team)
  WHERE any(pattern IN patterns WHERE toLower(normalize(team.name, NFKD)) =~ pattern)
  RETURN p, toLower(type(d)) AS kind, 1.0 AS confidence, null AS date, d.source AS source, null AS line,
         team.name AS text, null AS url
  UNION ALL
  // Action items are many: a text index over their lower-cased text finds the spellings, the pattern keeps them
  // whole.
  WITH asOf, terms, patterns
  UNWIND terms AS term
  MATCH (a:ActionItem)
  WHERE a.lower CONTAINS term
  WITH DISTINCT a, asOf, patterns
  WITH a, asOf, patterns, toLower(normalize(a.text, NFKD)) AS decomposed
  WHERE any(pattern IN patterns WHERE decomposed =~ pattern)
  MATCH (m:Meeting)-[:RECORDED]->(a)-[:ASSIGNED_TO]->(p:Person)
  WHERE m.date <= asOf
  RETURN p, 'action item' AS kind, 1.0 AS confidence, m.date AS date, a.source AS source, a.line AS line,
         a.text AS text, replace(m.lineUrl, '{line}', toString(a.line)) AS url
  UNION ALL
  WITH asOf, terms
  UNWIND terms AS term
  MATCH (team:Team {name: term})
  MATCH (p:Person)-[at:ATTENDED]->(m:Meeting)-[:OF_TEAM]->(team)
  WHERE m.date <= asOf
  RETURN p, 'attended' AS kind, 1.0 AS confidence, m.date AS date, at.source AS source, at.line AS line,
         m.title AS text, replace(m.lineUrl, '{line}', toString(at.line)) AS url
}
// Tiers: statement 0, maintains 1, reviews 2, action item 3, attended 4; weights 8, 4, 2, 2 and 0.25.
WITH asOf, question, track, p, kind, confidence, date, source, line, text, url,
     CASE kind WHEN 'statement' THEN 0 WHEN 'maintains' THEN 1 WHEN 'reviews' THEN 2 WHEN 'action item' THEN 3
               ELSE 4 END AS tier
WITH asOf, question, track, p, tier,
     {kind: kind, tier: tier, date: date, source: source, line: line, url: url, text: text} AS e,
     CASE tier WHEN 0 THEN 8.0 WHEN 1 THEN 4.0 WHEN 4 THEN 0.25 ELSE 2.0 END * confidence
       * CASE WHEN date IS NULL THEN 1.0 ELSE 0.5 ^ (toFloat(duration.inDays(date, asOf).days) / 365.0) END AS value,
     CASE WHEN tier = 0 AND confidence >= 1.0 AND date IS NOT NULL THEN date END AS leadDate
WITH asOf, question, track, p, min(tier) AS tier, sum(value) AS score, max(leadDate) AS lastLead,
     collect(e) AS evidence
WITH asOf, question, track, max(lastLead) AS newestLead,
     collect({p: p, tier: tier, score: round(score * 1000) / 1000.0, lastLead: lastLead, evidence: evidence}) AS people
UNWIND people AS x
WITH asOf, question, track, newestLead, x, x.p AS p
CALL {
  // A person's `lastSeen` answers at once when it is not after `asOf` (always, for the newest meeting's date);
  // otherwise their meetings are read, from the person, not from the meeting date index.
  WITH p, asOf
  WITH p, asOf
  WHERE NOT coalesce(p.lastSeen <= asOf, false)
  MATCH (p)-[:ATTENDED|SPOKE_AT]->(seen:Meeting)
  RETURN max(CASE WHEN seen.date <= asOf THEN seen.date END) AS seenBefore
}
WITH asOf, question, track, newestLead, x, p,
     CASE WHEN p.lastSeen <= asOf THEN p.lastSeen ELSE seenBefore END AS lastSeen,
     coalesce(x.lastLead < newestLead - duration('P90D'), false) AS handedOver
WITH asOf, question, track, newestLead, x, p, lastSeen, handedOver,
     NOT handedOver AND coalesce(lastSeen >= asOf - duration('P365D'), false) AS current,
     // Attendance is the weakest evidence and the most plentiful: its three newest stand for the rest.
     COLLECT { UNWIND x.evidence AS e WITH e WHERE e.kind = 'attended'
               RETURN e ORDER BY e.date DESC, e.source, e.line LIMIT 3 }
       + [e IN x.evidence WHERE e.kind <> 'attended'] AS shown
RETURN track, p.id AS person, p.name AS name,
       CASE x.tier WHEN 0 THEN CASE WHEN x.lastLead IS NULL THEN 'contributor' ELSE 'lead' END
                   WHEN 1 THEN 'maintainer' WHEN 3 THEN 'assignee' ELSE 'contributor' END AS role,
       x.score AS score,
       toString(reduce(first = null, e IN x.evidence |
         CASE WHEN e.tier = x.tier AND e.date IS NOT NULL AND (first IS NULL OR e.date < first) THEN e.date
              ELSE first END)) AS since,
       toString(lastSeen) AS lastSeen, current, handedOver, toString(x.lastLead) AS lastLead,
       toString(newestLead) AS newestLead, any(e IN x.evidence WHERE e.kind = 'maintains') AS declaredMaintainer,
       COLLECT { UNWIND shown AS e
                 RETURN {kind: e.kind, source: e.source, line: e.line, url: e.url, date: toString(e.date),
                         text: e.text}
                 ORDER BY e.date IS NULL, e.date DESC, e.source, e.line LIMIT 10 } AS evidence,
       toString(asOf) AS asOf
ORDER BY question, x.tier, current DESC, score DESC, person
