import { textCache } from './textCache.js';
import { NODE_TYPES, type NodeType } from '../model/NodeType.js';
import { WHOLE_RECORDS, type RecordFields } from '../model/RecordFields.js';

// Map projections shared by the read queries, one per record type of src/repositories/records.ts,
// built from the keys a request's operation can read (src/model/RecordFields.ts): a query that
// shows a province's name does not make Neo4j read its notes, and one that never follows a
// tenure to its person does not run the subquery that finds it. The whole record (every key) is
// what exports, timelines and unknown operations get. `n` is the node variable of the calling
// query. Variables inside the COLLECT subqueries end in `_`: a subquery sees the caller's
// variables, and reusing a name the caller bound (p, x) would silently restrict the match to that
// one node.

/** Record key → Cypher expression over `n`; null for the property of the same name (`.key`). */
type Columns = Readonly<Record<string, string | null>>;

const PROVINCE_COLUMNS: Columns = {
  id: null,
  name: null,
  otherNames: 'coalesce(n.otherNames, [])',
  kind: null,
  established: null,
  dissolved: null,
  operatingEstablished: null,
  operatingDissolved: null,
  reestablishes: null,
  current: 'coalesce(n.current, false)',
  seat: null,
  gsoCode: null,
  confidence: null,
  notes: null,
};

/** A FLOWED relationship `r_` from `f_` to `t_` as a FlowRecord. */
export const FLOW = `{ from: f_.id, to: t_.id, extent: r_.extent, parts: coalesce(r_.parts, []), change: r_.change,
  sources: coalesce(r_.sources, []) }`;

const CHANGE_COLUMNS: Columns = {
  id: null,
  kind: null,
  date: null,
  effectiveDate: null,
  operatingDate: null,
  legalBasis: null,
  fromName: null,
  toName: null,
  confidence: null,
  notes: null,
  before: 'COLLECT { MATCH (b_:Province)-[:CHANGED_IN]->(n) RETURN b_.id ORDER BY b_.sortName, b_.id }',
  after: 'COLLECT { MATCH (n)-[:RESULTED_IN]->(a_:Province) RETURN a_.id ORDER BY a_.sortName, a_.id }',
  ended: 'COLLECT { MATCH (m_)-[:CHANGED_IN {ended: true}]->(n) RETURN m_.id ORDER BY m_.sortName, m_.id }',
  began: 'COLLECT { MATCH (n)-[:RESULTED_IN {created: true}]->(m_) RETURN m_.id ORDER BY m_.sortName, m_.id }',
  continued: 'COLLECT { MATCH (m_)-[:CHANGED_IN {ended: false}]->(n) RETURN m_.id ORDER BY m_.sortName, m_.id }',
  flows: `COLLECT { MATCH (f_)-[:CHANGED_IN]->(n) MATCH (f_)-[r_:FLOWED]->(t_) WHERE r_.change = n.id
    RETURN ${FLOW} ORDER BY r_.position }`,
};

const OFFICE_COLUMNS: Columns = {
  id: null,
  name: null,
  kind: null,
  level: null,
  unresolved: null,
  established: null,
  dissolved: null,
  traditionDay: null,
  confidence: null,
  notes: null,
  provinceId: 'COLLECT { MATCH (n)-[:OFFICE_OF]->(p_:Province) RETURN p_.id }[0]',
  legalDefiniteFrom: 'toString(n.legalDefiniteFrom)',
  legalDefiniteUntil: 'toString(n.legalDefiniteUntil)',
  operatingDefiniteFrom: 'toString(n.operatingDefiniteFrom)',
  operatingDefiniteUntil: 'toString(n.operatingDefiniteUntil)',
};

const PERSON_COLUMNS: Columns = { id: null, name: null, gender: null, confidence: null, notes: null };

const TENURE_COLUMNS: Columns = {
  id: null,
  title: null,
  start: null,
  end: null,
  current: 'coalesce(n.current, false)',
  attested: 'coalesce(n.attested, [])',
  confidence: null,
  notes: null,
  personId: 'COLLECT { MATCH (h_:Person)-[:HELD]->(n) RETURN h_.id }[0]',
  atId: 'COLLECT { MATCH (n)-[:AT]->(at_) RETURN at_.id }[0]',
  atLabel: "COLLECT { MATCH (n)-[:AT]->(at_) RETURN CASE WHEN at_:Office THEN 'Office' ELSE 'Province' END }[0]",
};

const EVENT_COLUMNS: Columns = {
  id: null,
  kind: null,
  title: null,
  date: null,
  confidence: null,
  notes: null,
  subjects: `COLLECT { MATCH (n)-[:ABOUT]->(s_:Entity)
    RETURN { id: s_.id, type: [l_ IN labels(s_) WHERE l_ <> 'Entity'][0] } ORDER BY s_.id }`,
};

const SOURCE_COLUMNS: Columns = {
  id: null,
  kind: null,
  title: null,
  publisher: null,
  date: null,
  url: null,
  reference: null,
  language: null,
  supports: null,
  notes: null,
  quote: 'null',
};

/** Every record key of each type and the expression that reads it: the whole record. */
export const RECORD_COLUMNS: Readonly<Record<NodeType, Columns>> = {
  Province: PROVINCE_COLUMNS,
  Change: CHANGE_COLUMNS,
  Office: OFFICE_COLUMNS,
  Person: PERSON_COLUMNS,
  Tenure: TENURE_COLUMNS,
  Event: EVENT_COLUMNS,
  Source: SOURCE_COLUMNS,
};

// Built once per key set and context: the key sets are themselves cached per parsed operation,
// so a request pays a map lookup, not string building.
const built = new WeakMap<ReadonlySet<string>, Map<string, string>>();
const builtWhole = new Map<string, string>();

/**
 * The projection of type `type` holding the keys `fields` asks for, in the columns' order (so
 * the text, and Neo4j's plan cache entry, is the same for the same keys). `context` replaces the
 * expression of a key whose value the calling query knows already (an office's province when it
 * was reached from the province); `extra` appends entries of the caller's own. Without
 * `__typename`: a statement whose records are all of one type leaves it to the repository to add
 * (src/repositories/typed.ts) rather than have Neo4j send it with every record.
 */
export const projectionOf = (type: NodeType, fields: RecordFields, context: Readonly<Record<string, string>> = {}, extra = '') =>
  build(type, fields, context, extra, false);

/** projectionOf with `__typename`, for statements whose records are of several types. */
export const typedProjectionOf = (type: NodeType, fields: RecordFields, context: Readonly<Record<string, string>> = {}) =>
  build(type, fields, context, '', true);

function build(type: NodeType, fields: RecordFields, context: Readonly<Record<string, string>>, extra: string, typed: boolean): string {
  const keys = fields[type];
  const cacheKey = `${type}|${typed}|${JSON.stringify(context)}|${extra}`;
  const cache = keys ? (built.get(keys) ?? built.set(keys, new Map()).get(keys)!) : builtWhole;
  let projection = cache.get(cacheKey);
  if (projection === undefined) {
    const entries = Object.entries(RECORD_COLUMNS[type])
      .filter(([key]) => !keys || keys.has(key))
      .map(([key, expression]) => {
        const value = context[key] ?? expression;
        return value === null ? `.${key}` : `${key}: ${value}`;
      });
    projection = `{ ${[...(typed ? [`__typename: '${type}'`] : []), ...entries].join(', ')}${extra} }`;
    cache.set(cacheKey, projection);
  }
  return projection;
}

// The whole records, for the statements that serve every key: exports, names, timelines.
export const PROVINCE = typedProjectionOf('Province', WHOLE_RECORDS);
export const CHANGE = typedProjectionOf('Change', WHOLE_RECORDS);
export const OFFICE = typedProjectionOf('Office', WHOLE_RECORDS);
export const PERSON = typedProjectionOf('Person', WHOLE_RECORDS);
export const TENURE = typedProjectionOf('Tenure', WHOLE_RECORDS);
export const EVENT = typedProjectionOf('Event', WHOLE_RECORDS);
export const SOURCE = typedProjectionOf('Source', WHOLE_RECORDS);

/**
 * A Change in a page of changes(from:, to:): also which of its dates overlap [$from, $to]. The
 * same overlap test as the page's filter (pageQueries.ts), date by date.
 */
export const changeMatched = (fields: RecordFields) =>
  projectionOf(
    'Change',
    fields,
    {},
    `,
  matchedDates: [d_ IN [['ACT', n.dateEarliest, n.dateLatest], ['EFFECTIVE', n.effectiveDateEarliest, n.effectiveDateLatest],
      ['OPERATING', n.operatingDateEarliest, n.operatingDateLatest]]
    WHERE d_[1] IS NOT NULL AND ($from IS NULL OR d_[2] >= $from) AND ($to IS NULL OR d_[1] <= $to) | d_[0]]`,
  );

/** An Office reached from its province (`province`): its id is known already. */
export const officeOf = (province: string, fields: RecordFields) => projectionOf('Office', fields, { provinceId: `${province}.id` });

/** A Tenure reached from the office it was held at (`office`): no need to look that up again. */
export const tenureAtOffice = (office: string, fields: RecordFields) =>
  projectionOf('Tenure', fields, { atId: `${office}.id`, atLabel: "'Office'" });

/** A Source reached through a citation `r` (ATTESTED_BY), carrying the citation's quote. */
export const citedSourceOf = (fields: RecordFields) => typedProjectionOf('Source', fields, { quote: 'r.quote' });

/** The order of a province's offices (by name), wherever they are read. */
export const OFFICE_ORDER = 'n.sortName, n.id';
/** The order of tenures at a place or of a person: by start, unknown starts last. */
export const TENURE_ORDER = 'n.startEarliest IS NULL, n.startEarliest, n.id';

const recordOfText = textCache();

/**
 * A CALL subquery binding `record` to the projection of `variable` for whichever label it has:
 * mixed lists (search hits, path nodes, a timeline's subjects) come back in the query that found
 * them, so nothing needs a second round trip to load them.
 */
export function entityRecordOf(variable: string, fields: RecordFields, as = 'record'): string {
  return recordOfText(
    fields,
    `${variable}|${as}`,
    () => `CALL (${variable}) {
${NODE_TYPES.map((label) => `  WITH ${variable} AS n WHERE n:${label} RETURN n ${typedProjectionOf(label, fields)} AS ${as}`).join('\n  UNION\n')}
}`,
  );
}
