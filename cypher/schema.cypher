// Minutegraph schema: applied at every start-up (each statement is idempotent). See docs/graph-model.md.

CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (m:Meeting) REQUIRE m.id IS UNIQUE;
// A file may record several meetings, so a source is not unique: an index finds a note's meetings.
DROP CONSTRAINT meeting_source IF EXISTS;
CREATE INDEX meeting_source_index IF NOT EXISTS FOR (m:Meeting) ON (m.source);
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT team_name IF NOT EXISTS FOR (t:Team) REQUIRE t.name IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (t:Topic) REQUIRE t.id IS UNIQUE;

CREATE INDEX meeting_date IF NOT EXISTS FOR (m:Meeting) ON (m.date);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (t:Topic) ON (t.name);
CREATE CONSTRAINT action_item_id IF NOT EXISTS FOR (a:ActionItem) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT release_key IF NOT EXISTS FOR (r:Release) REQUIRE (r.product, r.version) IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (e:Event) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT track_id IF NOT EXISTS FOR (t:Track) REQUIRE t.id IS UNIQUE;
CREATE INDEX owns_source IF NOT EXISTS FOR ()-[o:OWNS]-() ON (o.source);
CREATE CONSTRAINT feature_name IF NOT EXISTS FOR (f:Feature) REQUIRE f.name IS UNIQUE;
CREATE INDEX planned_for_source IF NOT EXISTS FOR ()-[p:PLANNED_FOR]-() ON (p.source);
// "Who owns" finds the action items whose text names a track: a trigram text index answers CONTAINS.
CREATE TEXT INDEX action_item_lower IF NOT EXISTS FOR (a:ActionItem) ON (a.lower);
// ... and the tracks whose name holds one of its spellings.
CREATE TEXT INDEX track_id_text IF NOT EXISTS FOR (t:Track) ON (t.id);
// The one node whose number says how many writes the graph has seen (cypher/store/count-write.cypher).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (d:Decision) REQUIRE d.id IS UNIQUE;
CREATE TEXT INDEX decision_lower IF NOT EXISTS FOR (d:Decision) ON (d.lower);
CREATE CONSTRAINT proposal_key IF NOT EXISTS FOR (p:Proposal) REQUIRE p.key IS UNIQUE;
