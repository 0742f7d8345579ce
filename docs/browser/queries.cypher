// diachi: ready queries for Neo4j Browser.
// Each query is preceded by a comment line that says what it shows; saved as a Favorite, Neo4j
// Browser names it after that first comment line. Run one at a time: put the cursor in the query
// (or paste it into the editor) and press Ctrl+Enter / Cmd+Enter.
// Dates: every dated property `x` (an EDTF string such as "1976-02") comes with `xEarliest` and
// `xLatest` (Neo4j DATEs: the first and last day it can mean) and `xPrecision` (DAY, MONTH, YEAR…).

// Units that existed on 1 January 2000 (61)
// The loader stores each unit's existence spans (docs/model.md, "Existed on a day"), one pair of
// DATEs per basis (legal / operating) and certainty (definite / possible). For operating dates,
// use operatingDefiniteFrom / operatingDefiniteUntil instead.
WITH date('2000-01-01') AS day
MATCH (p:Province)
WHERE p.legalDefiniteFrom <= day AND (p.legalDefiniteUntil IS NULL OR day < p.legalDefiniteUntil)
RETURN p.name AS unit, p.kind AS kind, p.established AS established, p.dissolved AS dissolved, p.id AS id
ORDER BY unit;

// How many units existed on 20 June 2025, legally and in operation (34 and 63)
// The 2025 reform was in force from 12 June 2025; the merged units operated from 1 July 2025.
WITH date('2025-06-20') AS day
MATCH (p:Province)
RETURN count(CASE WHEN p.legalDefiniteFrom <= day AND (p.legalDefiniteUntil IS NULL OR day < p.legalDefiniteUntil) THEN p END) AS legally,
       count(CASE WHEN p.operatingDefiniteFrom <= day AND (p.operatingDefiniteUntil IS NULL OR day < p.operatingDefiniteUntil) THEN p END) AS operating;

// The 34 provincial-level units of today
MATCH (p:Province {current: true})
RETURN p.name AS unit, p.kind AS kind, p.established AS established, p.seat AS seat, p.gsoCode AS gsoCode, p.id AS id
ORDER BY p.gsoCode;

// Lineage of present-day Vĩnh Long back to 1976 (as a graph)
// Lineage follows FLOWED: territory going from one unit to another at a change, `extent` whole
// or part, `parts` the districts a source names. Walking back, each step is at a change no later
// than the one before (`when`, the change's legal day).
MATCH path = (:Province {id: 'vinh-long-2025'})<-[:FLOWED*1..6]-(:Province)
WHERE all(i IN range(0, size(relationships(path)) - 2) WHERE relationships(path)[i].when >= relationships(path)[i + 1].when)
RETURN path;

// Where Bắc Thái's and Cao Bằng's territory went in 1997 (whole or part, with the districts)
// Cao Bằng continued; it gave huyện Ngân Sơn and Ba Bể to the new Bắc Kạn, and nothing to Thái Nguyên.
MATCH (c:Change {id: 'chg-1996-bac-thai'})
MATCH (from:Province)-[f:FLOWED {change: c.id}]->(to:Province)
RETURN from.name AS from, to.name AS to, f.extent AS extent, f.parts AS parts, f.sources AS sources
ORDER BY f.position;

// Lineage of present-day Vĩnh Long back to 1976 (as a table, newest change first)
MATCH path = (:Province {id: 'vinh-long-2025'})<-[:FLOWED*1..6]-(:Province)
WHERE all(i IN range(0, size(relationships(path)) - 2) WHERE relationships(path)[i].when >= relationships(path)[i + 1].when)
UNWIND relationships(path) AS f
WITH DISTINCT f
MATCH (c:Change {id: f.change})
RETURN c.date AS decided, c.effectiveDate AS inEffect, c.operatingDate AS operating, c.kind AS kind,
       startNode(f).name AS from, endNode(f).name AS to, f.extent AS extent, c.id AS id
ORDER BY f.when DESC, from;

// What became of Thái Bình's UBND office: the 2019 pilot, the 2020 split, the 2025 merger (as a graph)
// Office changes are changes like the units' ones (seeds/changes/offices-*.yaml): FLOWED carries
// an office's functions and staff to the office that took them over, whole or part.
MATCH path = (:Office {id: 'off-vpubnd-thai-binh'})-[:FLOWED*1..4]->(:Office)
WHERE all(i IN range(0, size(relationships(path)) - 2) WHERE relationships(path)[i].when <= relationships(path)[i + 1].when)
RETURN path;

// What became of each office of Hải Phòng and Hải Dương on 1 July 2025 (as a table)
MATCH (o:Office)-[f:FLOWED]->(to:Office)
WHERE o.id IN ['off-vpubnd-hai-phong', 'off-vpubnd-hai-duong-1997', 'off-vpdbqh-hdnd-hai-phong', 'off-vpdbqh-hdnd-hai-duong-1997']
MATCH (c:Change {id: f.change})
RETURN o.name AS office, f.extent AS extent, to.name AS becamePartOf, c.date AS decided, c.operatingDate AS operating, c.id AS change;

// Each change's members: what happened to each (ended, began, continued)
MATCH (c:Change {id: 'chg-2008-ha-noi'})
RETURN c.id AS change,
       [(m)-[:CHANGED_IN {ended: true}]->(c) | m.name] AS ended,
       [(c)-[:RESULTED_IN {created: true}]->(m) | m.name] AS began,
       [(m)-[:CHANGED_IN {ended: false}]->(c) | m.name] AS continued;

// All changes whose new units began to operate on 1 July 2025
// A change operates from its operatingDate where a source gives one, else from its legal date
// (effectiveDate, else date). The 2025 reform took legal effect on 12 June 2025.
MATCH (c:Change)
WHERE coalesce(c.operatingDate, c.effectiveDate, c.date) = '2025-07-01'
RETURN c.kind AS kind, c.date AS decided, c.effectiveDate AS inEffect,
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

// Search names typed without diacritics (full-text index entity_search_v2)
// searchText is stored lower-cased and without diacritics ("Vĩnh Long" → "vinh long"), so type
// the words the same way; `+` makes a word required, `long*` would also match a prefix.
CALL db.index.fulltext.queryNodes('entity_search_v2', '+vinh +long') YIELD node, score
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
// A scope is basis:certainty:kind; 'OPERATING:DEFINITE:*' counts by the operating dates.
MATCH (c:UnitCensus {scope: 'LEGAL:DEFINITE:*', year: 1976})
UNWIND range(0, size(c.days) - 1) AS i
RETURN c.days[i] AS day, c.alive[i] AS units
ORDER BY day;

// Offices of a unit on a day (Thành phố Hồ Chí Minh, 12 March 2019: the council offices merged that day)
// Each office carries its existence spans like a unit (docs/model.md, "Existed on a day"); an
// office without a recorded end counts as long as the sources give none. docs/offices.md has more.
WITH date('2019-03-12') AS day
MATCH (o:Office)-[:OFFICE_OF]->(p:Province {id: 'tp-ho-chi-minh'})
WHERE o.legalDefiniteFrom <= day AND (o.legalDefiniteUntil IS NULL OR day < o.legalDefiniteUntil)
RETURN o.name AS office, o.kind AS kind, o.established AS established, o.dissolved AS dissolved, o.id AS id
ORDER BY kind, office;

// Who held posts in an office on a day, heads first (Văn phòng Tỉnh ủy Quảng Ninh, 1 June 2012)
// The loader stores each tenure's spans by the one rule (src/dates/tenureOn.ts) and its role read
// from the title: HEAD (Chánh Văn phòng), DEPUTY (Phó Chánh), OTHER. DEFINITE: the dates put the
// day inside the tenure for certain, or a source shows the person in post that day; POSSIBLE: the
// dates do not rule it out (a tenure with no end is possible from its start on).
WITH date('2012-06-01') AS day
MATCH (person:Person)-[:HELD]->(t:Tenure)-[:AT]->(o:Office {id: 'off-vptu-quang-ninh'})
WITH person, t, day,
     CASE WHEN (t.definiteFrom <= day AND (t.definiteUntil IS NULL OR day < t.definiteUntil)) OR toString(day) IN t.attestedDays THEN 'DEFINITE'
          WHEN t.possibleFrom <= day AND (t.possibleUntil IS NULL OR day < t.possibleUntil) THEN 'POSSIBLE' END AS certainty
WHERE certainty IS NOT NULL
RETURN person.name AS person, t.title AS title, t.role AS role, certainty, t.start AS start, t.end AS end, t.id AS id
ORDER BY CASE t.role WHEN 'HEAD' THEN 0 WHEN 'DEPUTY' THEN 1 ELSE 2 END, certainty, t.startEarliest;

// What became of an office: the flows out of it, where they went, and the change with its dates (Văn phòng Tỉnh ủy Vĩnh Long)
// An office that ended gave its functions and staff away at a change of offices (the 2025 reform,
// the 2021 combined offices, the 2019 pilot); `became` is empty while no such change is recorded.
MATCH (o:Office {id: 'off-vptu-vinh-long'})
OPTIONAL MATCH (o)-[f:FLOWED]->(next:Office)
OPTIONAL MATCH (c:Change {id: f.change})
RETURN o.name AS office, o.dissolved AS dissolved,
       collect(CASE WHEN next IS NULL THEN null ELSE {to: next.name, extent: f.extent, change: c.id, decided: c.date, inEffect: c.effectiveDate, basis: c.legalBasis} END) AS became;

// Lineage of an office, both ways (as a graph; Văn phòng Tỉnh ủy Vĩnh Long)
// Offices follow FLOWED as units do, one change per step in time's order (`when`, the change's
// legal day), as Office.lineage walks them. The path of length 0 keeps the office itself in view.
MATCH (o:Office {id: 'off-vptu-vinh-long'})
CALL (o) {
  MATCH path = (o)-[:FLOWED*0..5]->(:Office)
  WHERE all(i IN range(0, size(relationships(path)) - 2) WHERE relationships(path)[i].when <= relationships(path)[i + 1].when)
  RETURN path
  UNION
  MATCH path = (o)<-[:FLOWED*1..5]-(:Office)
  WHERE all(i IN range(0, size(relationships(path)) - 2) WHERE relationships(path)[i].when >= relationships(path)[i + 1].when)
  RETURN path
}
RETURN path;

// Office coverage per unit (counted by the last seed load; docs/data/office-coverage.md)
// ubnd, party, council: the unit's offices of each kind group (src/seed/officeCoverage.ts);
// datedHeads: Chánh / Phó Chánh Văn phòng tenures with a date; merged2025Unsaid: offices of a unit
// merged on 1 July 2025 that do not yet say what they became.
MATCH (c:UnitOfficeCoverage {dataset: 'seeds'})-[:COVERS]->(p:Province)
RETURN p.name AS unit, c.current AS today, c.of2008to2025 AS of2008to2025,
       size(c.ubnd) AS ubnd, size(c.party) AS party, size(c.council) AS council,
       c.datedHeads AS datedHeads, c.earliest AS earliest,
       size(coalesce(c.merged2025Said, [])) AS said2025, size(coalesce(c.merged2025Unsaid, [])) AS unsaid2025, p.id AS id
ORDER BY today DESC, of2008to2025 DESC, unit;

// Office coverage totals (as about.officeCoverage reports them)
MATCH (c:OfficeCoverage {dataset: 'seeds'})
RETURN c.currentUnits AS unitsToday, c.currentAllThree AS todayWithAllThree, c.of2008to2025Units AS units2008to2025,
       c.of2008to2025AllThree AS withAllThree2008to2025, c.unitsWithDatedHead AS unitsWithDatedHead,
       c.merged2025Offices AS merged2025Offices, c.merged2025Said AS said, c.merged2025Unsaid AS unsaid;
