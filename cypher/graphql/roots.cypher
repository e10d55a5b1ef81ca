// The root fields of GraphQL's Query, one statement per field (after its "// @field Query.field" line). Lists are
// read a page at a time: $skip and $limit come from the cursor and `first` (one more row than asked, to know
// whether a next page exists).
// @param id: "simon-kuenzer"
// @param nameContains: "simon"
// @param team: "community"
// @param from: "2022-01-01"
// @param to: "2023-12-31"
// @param name: "smp"
// @param product: "unikraft"
// @param year: "2023"
// @param text: "smp"
// @param skip: 0
// @param limit: 21

// @field Query.person
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .aliases, .initials, .github} AS item;

// @field Query.people
MATCH (p:Person)
WHERE $nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains)
   OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($nameContains))
WITH p ORDER BY p.name, p.id
SKIP $skip LIMIT $limit
RETURN p {.id, .name, .aliases, .initials, .github} AS item;

// @field Query.meetings
MATCH (m:Meeting)
WHERE ($team IS NULL OR EXISTS { (m)-[:OF_TEAM]->(:Team {name: toLower($team)}) })
  AND ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
WITH m ORDER BY m.date DESC, m.id
SKIP $skip LIMIT $limit
RETURN m {.id, .title, date: toString(m.date), .source} AS item;

// @field Query.track
MATCH (t:Track)
WHERE t.id = toLower($name) OR t.id CONTAINS trim(replace(replace(toLower($name), '-', ' '), '_', ' '))
WITH t ORDER BY size(t.id), t.id
LIMIT 1
RETURN t {.id, .name} AS item;

// @field Query.releases
MATCH (r:Release)
WHERE $product IS NULL OR r.product = toLower($product)
WITH r ORDER BY r.product, [part IN split(r.version, '.') | toInteger(part)], r.version
RETURN r {.product, .version, key: r.product + ':' + r.version} AS item;

// @field Query.events
MATCH (e:Event)
WHERE $year IS NULL OR e.edition = $year
WITH e ORDER BY e.edition, e.name, e.key
RETURN e {.key, .name, .edition, .date, .location} AS item;

// @field Query.search
CALL {
  MATCH (p:Person) WHERE toLower(p.name) CONTAINS toLower($text)
  RETURN 'Person' AS kind, p.id AS id, p.name AS name
  UNION
  MATCH (t:Team) WHERE t.name CONTAINS toLower($text)
  RETURN 'Team' AS kind, t.name AS id, t.name AS name
  UNION
  MATCH (t:Track) WHERE t.id CONTAINS toLower($text)
  RETURN 'Track' AS kind, t.id AS id, t.name AS name
  UNION
  MATCH (f:Feature) WHERE f.name CONTAINS toLower($text)
  RETURN 'Feature' AS kind, f.name AS id, f.name AS name
  UNION
  MATCH (r:Release) WHERE r.version CONTAINS $text
  RETURN 'Release' AS kind, r.product + ':' + r.version AS id, r.product + ' ' + r.version AS name
  UNION
  MATCH (e:Event) WHERE toLower(e.name) CONTAINS toLower($text)
  RETURN 'Event' AS kind, e.key AS id, e.name + ' ' + coalesce(e.edition, '') AS name
}
WITH kind, id, name ORDER BY kind, name, id
SKIP $skip LIMIT $limit
RETURN {kind: kind, id: id, name: name} AS item;
