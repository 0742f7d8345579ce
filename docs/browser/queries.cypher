// diachi: ready queries for Neo4j Browser.
// Each query is preceded by a comment line that says what it shows; saved as a Favorite, Neo4j
// Browser names it after that first comment line. Run one at a time: put the cursor in the query
// (or paste it into the editor) and press Ctrl+Enter / Cmd+Enter.
// Dates: every dated property `x` (an EDTF string such as "1976-02") comes with `xEarliest` and
// `xLatest` (Neo4j DATEs: the first and last day it can mean) and `xPrecision` (DAY, MONTH, YEAR…).

// Units that existed on 1 January 2000 (61)
// Half-open intervals: a unit exists from `established` until the day its successor began.
// No `established`: the unit existed before 1975. No `dissolved`: it still exists if `current`.
WITH date('2000-01-01') AS day
MATCH (p:Province)
WHERE (p.establishedLatest IS NULL OR p.establishedLatest <= day)
  AND ((p.dissolvedEarliest IS NOT NULL AND day < p.dissolvedEarliest) OR (p.dissolved IS NULL AND p.current))
RETURN p.name AS unit, p.kind AS kind, p.established AS established, p.dissolved AS dissolved, p.id AS id
ORDER BY unit;

// The 34 provincial-level units of today
MATCH (p:Province {current: true})
RETURN p.name AS unit, p.kind AS kind, p.established AS established, p.seat AS seat, p.gsoCode AS gsoCode, p.id AS id
ORDER BY p.gsoCode;

// Lineage of present-day Vĩnh Long back to 1976 (as a graph)
// Each step: (:Province)-[:CHANGED_IN]->(:Change)-[:RESULTED_IN]->(:Province). A unit that
// continues through a change (a rename, a boundary transfer) has `ended: false` / `created: false`
// on its relationships, and lineage does not pass through it.
MATCH path = (:Province {id: 'vinh-long-2025'})<-[:RESULTED_IN|CHANGED_IN*1..10]-(:Province)
WHERE all(r IN relationships(path) WHERE coalesce(r.ended, r.created, true))
RETURN path;

// Lineage of present-day Vĩnh Long back to 1976 (as a table, newest change first)
MATCH path = (:Province {id: 'vinh-long-2025'})<-[:RESULTED_IN|CHANGED_IN*1..10]-(c:Change)
WHERE all(r IN relationships(path) WHERE coalesce(r.ended, r.created, true))
WITH DISTINCT c
RETURN c.effectiveDate AS inEffect, c.date AS decided, c.kind AS kind,
       [(p:Province)-[:CHANGED_IN]->(c) | p.name] AS before,
       [(c)-[:RESULTED_IN]->(p:Province) | p.name] AS after,
       c.legalBasis AS legalBasis, c.id AS id
ORDER BY coalesce(c.effectiveDateEarliest, c.dateEarliest) DESC;

// All changes that took effect on 1 July 2025
// A change takes effect on its effectiveDate where the sources give one, else on its date.
MATCH (c:Change)
WHERE coalesce(c.effectiveDate, c.date) = '2025-07-01'
RETURN c.kind AS kind,
       [(p:Province)-[:CHANGED_IN]->(c) | p.name] AS before,
       [(c)-[:RESULTED_IN]->(p:Province) | p.name] AS after,
       c.legalBasis AS legalBasis, c.id AS id
ORDER BY c.id;

// Offices of Vĩnh Long (1992–2025) with their tenures and people
MATCH (p:Province {id: 'vinh-long-1992'})<-[:OFFICE_OF]-(o:Office)
OPTIONAL MATCH (person:Person)-[:HELD]->(t:Tenure)-[:AT]->(o)
RETURN o.name AS office, o.established AS established, o.traditionDay AS traditionDay,
       person.name AS person, t.title AS title, t.start AS start, t.end AS end, t.attested AS attestedOn,
       t.confidence AS confidence
ORDER BY office, t.startEarliest;

// Who held which post in Vĩnh Long 1992–2025, at the province or one of its offices (as a graph)
MATCH (p:Province {id: 'vinh-long-1992'})
MATCH held = (:Person)-[:HELD]->(:Tenure)-[:AT]->(x)
WHERE x = p OR (x)-[:OFFICE_OF]->(p)
OPTIONAL MATCH officeOf = (x)-[:OFFICE_OF]->(p)
RETURN held, officeOf;

// Everything article A000 attests, with the quote it is cited for
MATCH (x)-[a:ATTESTED_BY]->(s:Source {id: 'A000'})
RETURN labels(x)[0] AS label, x.id AS id, coalesce(x.name, x.title, x.field, x.kind) AS what,
       a.quote AS quote
ORDER BY label, id;

// Offices whose province the sources never name (unresolved)
MATCH (o:Office)
WHERE o.unresolved IS NOT NULL
OPTIONAL MATCH (o)-[:ATTESTED_BY]->(s:Source)
RETURN o.name AS office, o.id AS id, o.unresolved AS why, collect(DISTINCT s.id) AS sources;

// Disputes: values the sources give that the graph did not adopt
MATCH (d:Dispute)-[:DISPUTES]->(x)
OPTIONAL MATCH (d)-[:ATTESTED_BY]->(s:Source)
RETURN labels(x)[0] AS label, x.id AS record, d.field AS field, d.value AS notAdopted,
       x[d.field] AS adopted, d.note AS note, collect(s.id) AS sources
ORDER BY record, field;

// Search names typed without diacritics (full-text index entity_search)
// searchText is stored lower-cased and without diacritics ("Vĩnh Long" → "vinh long"), so type
// the words the same way; `+` makes a word required, `long*` would also match a prefix.
CALL db.index.fulltext.queryNodes('entity_search', '+vinh +long') YIELD node, score
RETURN labels(node)[0] AS label, node.id AS id, coalesce(node.name, node.title, node.legalBasis) AS name, score
ORDER BY score DESC
LIMIT 15;

// Uncertain facts (confidence = 'uncertain'), with the reason in their notes
MATCH (x:Entity {confidence: 'uncertain'})
RETURN labels(x)[0] AS label, x.id AS id, coalesce(x.name, x.title, x.legalBasis) AS what, x.notes AS notes
ORDER BY label, id;

// Tradition days: offices with an annual tradition day, and the tradition-day events
CALL () {
  MATCH (o:Office) WHERE o.traditionDay IS NOT NULL
  RETURN 'office' AS kind, o.name AS name, o.traditionDay AS date, o.id AS id
  UNION ALL
  MATCH (e:Event {kind: 'tradition-day'})
  RETURN 'event' AS kind, e.title AS name, e.date AS date, e.id AS id
}
RETURN kind, name, date, id
ORDER BY kind DESC, date;

// Events about a unit or office, in date order (Vĩnh Long 1992–2025 and its offices)
MATCH (p:Province {id: 'vinh-long-1992'})
MATCH (e:Event)-[:ABOUT]->(x)
WHERE x = p OR (x)-[:OFFICE_OF]->(p)
WITH e, collect(DISTINCT x.id) AS about
RETURN e.date AS date, e.kind AS kind, e.title AS title, about, e.id AS id
ORDER BY e.dateEarliest, e.id;

// The last seed load: when, and how many nodes and relationships
MATCH (m:SeedLoad)
RETURN m.dataset AS dataset, m.loadedAt AS loadedAt, m.nodes AS nodes, m.relationships AS relationships, m.stamp AS stamp;

// The unit census (derived, rebuilt by every load): how many units certainly existed on each day
// of 1976 on which the number changed, as provinces(asOf:) reads its totalCount
MATCH (c:UnitCensus {scope: 'DEFINITE:*', year: 1976})
UNWIND range(0, size(c.days) - 1) AS i
RETURN c.days[i] AS day, c.alive[i] AS units
ORDER BY day;
