import neo4j from 'neo4j-driver';
import { toGlobalId } from '../src/graphql/globalId.js';
import { toFullTextQuery } from '../src/text/toFullTextQuery.js';
import type { Subjects } from './subjects.js';

// The operations the benchmark times, each written three ways: diachi's GraphQL, the best single
// Cypher query for the same answer (the floor), and @neo4j/graphql's GraphQL (the peer). Each also
// says how to reduce its answer to a signature (ids and counts), so the three answers are checked
// to agree before any of them is timed.

export interface GraphQLRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface CypherRequest {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

/** What must be equal across the three answers: ids, in order where order is part of the answer. */
export type Signature = Record<string, unknown>;
type Data = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL data, shaped by the query above it

export interface Operation {
  readonly name: string;
  readonly diachi: GraphQLRequest;
  readonly floor: CypherRequest;
  /** Null when @neo4j/graphql cannot express the operation; `peerNote` says why. */
  readonly peer: GraphQLRequest | null;
  readonly peerNote?: string;
  readonly signatureOf: {
    diachi(data: Data): Signature;
    floor(rows: Array<Record<string, unknown>>): Signature;
    peer?(data: Data): Signature;
  };
}

const toNumber = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value);
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
/** Global ids in diachi answers decode to `Type:slug`. */
const slugOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':').slice(1).join(':');

export const PAGE_SIZE = 20;

// "Existed on $day" for certain on the legal basis (diachi's defaults: src/cypher/existedOn.ts
// reads the span the loader writes per basis and certainty), written for the planner: no
// parameter-null branches. The count reads the unit census that every load writes into the graph
// (src/census/), scope basis:certainty:kind: the same data diachi reads, so the floor is the best
// query over the same graph. The page reads the sortName index in order and stops when it is full.
const EXISTED_ON = `n.legalDefiniteFrom <= date($day)
    AND (n.legalDefiniteUntil IS NULL OR n.legalDefiniteUntil > date($day))`;
const COUNT_EXISTED_ON = `
CALL () {
  MATCH (c:UnitCensus) WHERE c.scope = 'LEGAL:DEFINITE:*' AND c.year <= date($day).year
  WITH c ORDER BY c.year DESC LIMIT 1
  RETURN coalesce(last([i IN range(0, size(c.days) - 1) WHERE c.days[i] <= date($day) | c.alive[i]]), c.aliveBefore) AS total
}`;
const PAGE_EXISTED_ON = `MATCH (n:Province) WHERE n.sortName IS NOT NULL AND ${EXISTED_ON}
  WITH n ORDER BY n.sortName, n.id LIMIT ${PAGE_SIZE}`;

/** The same filter as @neo4j/graphql input: `{ eq: null }` is its IS NULL. */
const peerExistedOn = {
  AND: [{ legalDefiniteFrom: { lte: '$day' } }, { OR: [{ legalDefiniteUntil: { eq: null } }, { legalDefiniteUntil: { gt: '$day' } }] }],
};
const peerWhere = (day: string) => JSON.parse(JSON.stringify(peerExistedOn).replaceAll('"$day"', JSON.stringify(day)));

export function asOfPage(s: Subjects): Operation {
  return {
    name: 'provinces as of a date (page of 20 + totalCount)',
    diachi: {
      query: `query AsOf($asOf: CalendarDate!, $first: Int!) {
        provinces(asOf: $asOf, first: $first) {
          totalCount
          edges { node { slug name kind established { edtf } dissolved { edtf } } }
        }
      }`,
      variables: { asOf: s.day, first: PAGE_SIZE },
    },
    floor: {
      cypher: `${COUNT_EXISTED_ON}
CALL () {
  ${PAGE_EXISTED_ON}
  RETURN collect(n {.id, .name, .kind, .established, .dissolved}) AS page
}
RETURN total, page`,
      params: { day: s.day },
    },
    peer: {
      query: `query AsOf($where: ProvinceWhere!) {
        provincesConnection(first: ${PAGE_SIZE}, where: $where, sort: [{ sortName: ASC }, { id: ASC }]) {
          totalCount
          edges { node { id name kind established dissolved } }
        }
      }`,
      variables: { where: peerWhere(s.day) },
    },
    signatureOf: {
      diachi: (d) => ({ total: d.provinces.totalCount, ids: d.provinces.edges.map((e: Data) => e.node.slug) }),
      floor: ([row]) => ({ total: toNumber(row!.total), ids: (row!.page as Data[]).map((p) => p.id) }),
      peer: (d) => ({ total: d.provincesConnection.totalCount, ids: d.provincesConnection.edges.map((e: Data) => e.node.id) }),
    },
  };
}

const FLOOR_TENURE = `t {.id, .title, .start, .end, .attested,
  person: COLLECT { MATCH (pe:Person)-[:HELD]->(t) RETURN pe {.id, .name} }[0],
  sources: COLLECT { MATCH (t)-[r:ATTESTED_BY]->(s:Source) RETURN s.id ORDER BY r.position } }`;
const FLOOR_EVENT = `e {.id, .kind, .title, .date,
  subjects: COLLECT { MATCH (e)-[:ABOUT]->(x) RETURN x.id },
  sources: COLLECT { MATCH (e)-[r:ATTESTED_BY]->(s:Source) RETURN s.id ORDER BY r.position } }`;

export function timeline(s: Subjects): Operation {
  const peerFragments = `
    fragment ChangeFacts on Change { id kind date effectiveDate fromName toName before { id name } after { id name } sources { id } }
    fragment TenureFacts on Tenure { id title start end attested person { id name } sources { id } }
    fragment EventFacts on Event { id kind title date sources { id } }`;
  return {
    name: 'a province’s timeline',
    diachi: {
      query: `query Timeline($id: ID!) {
        timeline(subjectId: $id) { date { edtf } kind label subjects { __typename id } sources { slug } }
      }`,
      variables: { id: toGlobalId('Province', s.timelineProvince) },
    },
    // What diachi's timeline gathers (src/resolvers/timelineOf.ts): the unit's changes, its
    // offices, the tenures held in it and in its offices, the events about it and its offices,
    // with the names and citations the entries show.
    floor: {
      cypher: `
MATCH (p:Province {id: $id})
RETURN p {.id, .name, .kind, .established, .dissolved,
  sources: COLLECT { MATCH (p)-[r:ATTESTED_BY]->(s:Source) RETURN s.id ORDER BY r.position },
  changes: COLLECT {
    MATCH (p)-[:CHANGED_IN|RESULTED_IN]-(c:Change) WITH DISTINCT c
    RETURN c {.id, .kind, .date, .effectiveDate, .fromName, .toName,
      before: COLLECT { MATCH (b:Province)-[:CHANGED_IN]->(c) RETURN b {.id, .name} },
      after: COLLECT { MATCH (c)-[:RESULTED_IN]->(a:Province) RETURN a {.id, .name} },
      sources: COLLECT { MATCH (c)-[r:ATTESTED_BY]->(s:Source) RETURN s.id ORDER BY r.position } } },
  offices: COLLECT {
    MATCH (o:Office)-[:OFFICE_OF]->(p)
    RETURN o {.id, .name, .established, .dissolved,
      sources: COLLECT { MATCH (o)-[r:ATTESTED_BY]->(s:Source) RETURN s.id ORDER BY r.position } } },
  tenures: COLLECT {
    MATCH (t:Tenure)-[:AT]->(p) RETURN ${FLOOR_TENURE} AS t
    UNION ALL
    MATCH (t:Tenure)-[:AT]->(:Office)-[:OFFICE_OF]->(p) RETURN ${FLOOR_TENURE} AS t },
  events: COLLECT {
    MATCH (e:Event)-[:ABOUT]->(p) RETURN ${FLOOR_EVENT} AS e
    UNION ALL
    MATCH (e:Event)-[:ABOUT]->(:Office)-[:OFFICE_OF]->(p) RETURN ${FLOOR_EVENT} AS e }
} AS province`,
      params: { id: s.timelineProvince },
    },
    peer: {
      query: `query Timeline($id: ID!) {
        provinces(where: { id: { eq: $id } }) {
          id name kind established dissolved sources { id }
          changedIn { ...ChangeFacts }
          resultedFrom { ...ChangeFacts }
          tenures { ...TenureFacts }
          events { ...EventFacts }
          offices { id name established dissolved sources { id } tenures { ...TenureFacts } events { ...EventFacts } }
        }
      }
      ${peerFragments}`,
      variables: { id: s.timelineProvince },
    },
    // Dated facts only: a timeline shows nothing undated (and every synthetic event is dated).
    signatureOf: {
      diachi: (d) => {
        const ofKind = (kinds: string[], type: string) =>
          sorted(
            (d.timeline as Data[])
              .filter((e) => kinds.includes(e.kind))
              .flatMap((e) => e.subjects.filter((x: Data) => x.__typename === type).map((x: Data) => slugOf(x.id))),
          );
        return {
          changes: ofKind(['CHANGE'], 'Change'),
          offices: ofKind(['OFFICE_ESTABLISHED', 'OFFICE_DISSOLVED'], 'Office'),
          tenures: ofKind(['TENURE_STARTED', 'TENURE_ENDED', 'TENURE_ATTESTED'], 'Tenure'),
          events: ofKind(['EVENT'], 'Event'),
        };
      },
      floor: ([row]) => {
        const p = row!.province as Data;
        return {
          changes: sorted(p.changes.map((c: Data) => c.id)),
          offices: sorted(p.offices.filter((o: Data) => o.established || o.dissolved).map((o: Data) => o.id)),
          tenures: sorted(p.tenures.filter((t: Data) => t.start || t.end || t.attested?.length).map((t: Data) => t.id)),
          events: sorted(p.events.map((e: Data) => e.id)),
        };
      },
      peer: (d) => {
        const p = d.provinces[0];
        const tenures = [...p.tenures, ...p.offices.flatMap((o: Data) => o.tenures)];
        return {
          changes: sorted([...p.changedIn, ...p.resultedFrom].map((c: Data) => c.id)),
          offices: sorted(p.offices.filter((o: Data) => o.established || o.dissolved).map((o: Data) => o.id)),
          tenures: sorted(tenures.filter((t: Data) => t.start || t.end || t.attested?.length).map((t: Data) => t.id)),
          events: sorted([...p.events, ...p.offices.flatMap((o: Data) => o.events)].map((e: Data) => e.id)),
        };
      },
    },
  };
}

export const LINEAGE_DEPTH = 5;

/** @neo4j/graphql has no recursion: the lineage is the same step nested LINEAGE_DEPTH times. */
function peerLineageLevel(depth: number): string {
  const inner = depth > 1 ? peerLineageLevel(depth - 1) : '';
  return `resultedFromConnection(where: { edge: { created: { eq: true } } }) {
    edges { node { id kind date before { id name established ${inner} } } }
  }`;
}

export function lineage(s: Subjects): Operation {
  return {
    name: 'lineage to depth 5',
    diachi: {
      query: `query Lineage($id: ID!) {
        lineage(provinceId: $id, direction: PREDECESSORS, maxDepth: ${LINEAGE_DEPTH}) {
          provinces { slug name established { edtf } }
          changes { slug kind date { edtf } }
          links { from { slug } change { slug } to { slug } }
        }
      }`,
      variables: { id: toGlobalId('Province', s.lineageRoot) },
    },
    floor: {
      cypher: `
MATCH (root:Province {id: $id})
OPTIONAL MATCH path = (root) (()<-[:RESULTED_IN {created: true}]-(:Change)<-[:CHANGED_IN]-(:Province)){1,${LINEAGE_DEPTH}}
WITH root, nodes(path) AS ns
UNWIND CASE WHEN ns IS NULL THEN [null] ELSE range(0, size(ns) - 3, 2) END AS i
WITH DISTINCT root, ns[i + 2] AS from, ns[i + 1] AS change, ns[i] AS to
WITH root, collect(CASE WHEN change IS NOT NULL THEN {from: from.id, change: change.id, to: to.id} END) AS links,
     collect(DISTINCT change) AS changes, collect(DISTINCT from) AS froms
RETURN links,
  [p IN [root] + [f IN froms WHERE f <> root] | p {.id, .name, .established}] AS provinces,
  [c IN changes | c {.id, .kind, .date}] AS changes`,
      params: { id: s.lineageRoot },
    },
    peer: {
      query: `query Lineage($id: ID!) {
        provinces(where: { id: { eq: $id } }) { id name established ${peerLineageLevel(LINEAGE_DEPTH)} }
      }`,
      variables: { id: s.lineageRoot },
    },
    signatureOf: {
      diachi: (d) => ({
        provinces: sorted(d.lineage.provinces.map((p: Data) => p.slug)),
        changes: sorted(d.lineage.changes.map((c: Data) => c.slug)),
        links: d.lineage.links.length,
      }),
      floor: ([row]) => ({
        provinces: sorted((row!.provinces as Data[]).map((p) => p.id)),
        changes: sorted((row!.changes as Data[]).map((c) => c.id)),
        links: (row!.links as unknown[]).length,
      }),
      peer: (d) => {
        const provinces = new Set<string>();
        const changes = new Set<string>();
        const links = new Set<string>();
        const walk = (province: Data) => {
          provinces.add(province.id);
          for (const { node: change } of province.resultedFromConnection?.edges ?? []) {
            changes.add(change.id);
            for (const before of change.before) {
              links.add(`${before.id}>${change.id}>${province.id}`);
              walk(before);
            }
          }
        };
        walk(d.provinces[0]);
        return { provinces: sorted(provinces), changes: sorted(changes), links: links.size };
      },
    },
  };
}

export function nested(s: Subjects): Operation {
  return {
    name: 'nested provinces → offices → tenures → person',
    diachi: {
      query: `query Nested($asOf: CalendarDate!, $first: Int!) {
        provinces(asOf: $asOf, first: $first) {
          totalCount
          edges { node { slug name
            offices(first: 20) { edges { node { slug
              tenures(first: 20) { edges { node { slug title person { slug } } } } } } } } }
        }
      }`,
      // `first` of the page as a variable, as clients send it. The cost limit prices it like a
      // literal (src/limits/priceOperation.ts): about 0.4 million, far under the limit of 5 million.
      variables: { asOf: s.day, first: PAGE_SIZE },
    },
    floor: {
      cypher: `${COUNT_EXISTED_ON}
CALL () {
  ${PAGE_EXISTED_ON}
  RETURN collect(n {.id, .name, offices: COLLECT {
    MATCH (o:Office)-[:OFFICE_OF]->(n) WITH o ORDER BY o.sortName, o.id LIMIT 20
    RETURN o {.id, tenures: COLLECT {
      MATCH (t:Tenure)-[:AT]->(o) WITH t ORDER BY t.startEarliest IS NULL, t.startEarliest, t.id LIMIT 20
      RETURN t {.id, .title, person: COLLECT { MATCH (pe:Person)-[:HELD]->(t) RETURN pe {.id} }[0]} } } } }) AS page
}
RETURN total, page`,
      params: { day: s.day },
    },
    peer: {
      query: `query Nested($where: ProvinceWhere!) {
        provincesConnection(first: ${PAGE_SIZE}, where: $where, sort: [{ sortName: ASC }, { id: ASC }]) {
          totalCount
          edges { node { id name
            offices(limit: 20, sort: [{ sortName: ASC }, { id: ASC }]) { id
              tenures(limit: 20, sort: [{ startEarliest: ASC }, { id: ASC }]) { id title person { id } } } } }
        }
      }`,
      variables: { where: peerWhere(s.day) },
    },
    signatureOf: {
      diachi: (d) => {
        const provinces = d.provinces.edges.map((e: Data) => e.node);
        const offices = provinces.flatMap((p: Data) => p.offices.edges.map((e: Data) => e.node));
        const tenures = offices.flatMap((o: Data) => o.tenures.edges.map((e: Data) => e.node));
        return {
          total: d.provinces.totalCount,
          provinces: provinces.map((p: Data) => p.slug),
          offices: sorted(offices.map((o: Data) => o.slug)),
          tenures: sorted(tenures.map((t: Data) => t.slug)),
          people: sorted(tenures.map((t: Data) => t.person.slug)),
        };
      },
      floor: ([row]) => {
        const provinces = row!.page as Data[];
        const offices = provinces.flatMap((p) => p.offices);
        const tenures = offices.flatMap((o: Data) => o.tenures);
        return {
          total: toNumber(row!.total),
          provinces: provinces.map((p) => p.id),
          offices: sorted(offices.map((o: Data) => o.id)),
          tenures: sorted(tenures.map((t: Data) => t.id)),
          people: sorted(tenures.map((t: Data) => t.person.id)),
        };
      },
      peer: (d) => {
        const provinces = d.provincesConnection.edges.map((e: Data) => e.node);
        const offices = provinces.flatMap((p: Data) => p.offices);
        const tenures = offices.flatMap((o: Data) => o.tenures);
        return {
          total: d.provincesConnection.totalCount,
          provinces: provinces.map((p: Data) => p.id),
          offices: sorted(offices.map((o: Data) => o.id)),
          tenures: sorted(tenures.map((t: Data) => t.id)),
          people: sorted(tenures.map((t: Data) => t.person[0].id)),
        };
      },
    },
  };
}

export const PATH_MAX_HOPS = 6;

export function shortestPath(s: Subjects): Operation {
  const pathSignature = (paths: string[][]) => ({
    count: paths.length,
    length: (paths[0]?.length ?? 1) - 1,
    paths: paths.map((p) => p.join('>')).sort(),
  });
  return {
    name: 'shortest path between two entities',
    diachi: {
      query: `query Path($from: ID!, $to: ID!) {
        path(fromId: $from, toId: $to, maxHops: ${PATH_MAX_HOPS}) { length nodes { __typename id } relationships { type } }
      }`,
      variables: { from: toGlobalId('Person', s.pathFrom), to: toGlobalId('Province', s.pathTo) },
    },
    // diachi's own path query (src/cypher/graphQueries.ts) is already one statement; the floor is
    // the same statement with the names the answer shows, without the per-node loads.
    floor: {
      cypher: `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = allShortestPaths((a)-[:CHANGED_IN|RESULTED_IN|FLOWED|OFFICE_OF|HELD|AT|ABOUT*..${PATH_MAX_HOPS}]-(b))
WITH path LIMIT 10
RETURN [x IN nodes(path) | x {.id, .name, .title, type: [l IN labels(x) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(path) | type(r)] AS relationships`,
      params: { from: s.pathFrom, to: s.pathTo },
    },
    peer: null,
    peerNote:
      '@neo4j/graphql generates no path or shortest-path operation; the only way is a custom @cypher field, which is hand-written Cypher (the floor).',
    signatureOf: {
      diachi: (d) => pathSignature(d.path.map((p: Data) => p.nodes.map((n: Data) => slugOf(n.id)))),
      floor: (rows) => pathSignature(rows.map((r) => (r.nodes as Data[]).map((n) => n.id))),
    },
  };
}

export const SEARCH_LIMIT = 10;

export function search(s: Subjects): Operation {
  const query = toFullTextQuery(s.searchText)!;
  return {
    name: 'name search',
    diachi: {
      query: `query Search($text: String!) {
        search(text: $text, types: [PROVINCE], first: ${SEARCH_LIMIT}) { score node { __typename ... on Province { slug name } } }
      }`,
      variables: { text: s.searchText },
    },
    floor: {
      cypher: `
CALL db.index.fulltext.queryNodes('entity_search_v2', $query, { limit: ${SEARCH_LIMIT * 20} }) YIELD node, score
WHERE node:Province
RETURN node.id AS id, node.name AS name, score
ORDER BY score DESC, node.sortName, node.id
LIMIT ${SEARCH_LIMIT}`,
      // As many candidates as diachi asks the index for (src/cypher/graphQueries.ts): the index
      // answers before the type filter, so the same candidates give the same page. A literal, as
      // every number in a floor statement: its parameters travel as JSON to the fair floor.
      params: { query },
    },
    peer: {
      query: `query Search($phrase: String!) {
        provincesByName(phrase: $phrase, first: ${SEARCH_LIMIT}, sort: [{ score: DESC }, { node: { sortName: ASC } }, { node: { id: ASC } }]) {
          edges { score node { id name } }
        }
      }`,
      // The same Lucene query diachi builds from the text (folded, every word required).
      variables: { phrase: query },
    },
    peerNote: '@fulltext on the existing entity_search_v2 index (not a name_CONTAINS filter), given the Lucene query diachi builds.',
    signatureOf: {
      diachi: (d) => ({ ids: d.search.map((h: Data) => h.node.slug) }),
      floor: (rows) => ({ ids: rows.map((r) => r.id) }),
      peer: (d) => ({ ids: d.provincesByName.edges.map((e: Data) => e.node.id) }),
    },
  };
}

export function benchmarkOperations(s: Subjects): Operation[] {
  return [asOfPage(s), timeline(s), lineage(s), nested(s), shortestPath(s), search(s)];
}

/**
 * The diachi-only requests timed at every graph size: a lookup by id, then every operation of the
 * main table, whose subjects come from the regions every size holds (bench/subjects.ts).
 */
export interface ScaleOperation {
  readonly name: string;
  readonly request: GraphQLRequest;
  readonly signatureOf: (data: Data) => Signature;
  /** The floor's Cypher, timed beside diachi at every size: how much of a change is the data's. */
  readonly floor?: { readonly request: CypherRequest; readonly signatureOf: (rows: Array<Record<string, unknown>>) => Signature };
}

export function scaleOperations(s: Subjects): ScaleOperation[] {
  return [
    {
      name: 'lookup (province by id)',
      request: {
        query: `query Lookup($id: ID!) { province(id: $id) { slug name kind established { edtf } dissolved { edtf } current } }`,
        variables: { id: toGlobalId('Province', s.timelineProvince) },
      },
      signatureOf: (d) => ({ slug: d.province.slug }),
    },
    ...benchmarkOperations(s).map((op) => ({
      name: op.name,
      request: op.diachi,
      signatureOf: op.signatureOf.diachi,
      floor: { request: op.floor, signatureOf: op.signatureOf.floor },
    })),
  ];
}
