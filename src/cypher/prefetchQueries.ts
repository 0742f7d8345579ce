import type { RecordFields } from '../model/RecordFields.js';
import { citedSourceOf, officeOf, projectionOf, tenureAtOffice } from './projections.js';
import { CITATIONS_OF, OFFICES_OF_PROVINCE, TENURES_AT_PLACE } from './relations.js';

// Clauses that extend a page query with what its items' nested fields will ask for, so that
// provinces → offices → tenures → person is one round trip rather than one per level. Each reads
// a list of records bound by the page (`records`) or by the stage before, re-finds their nodes
// through the id index, and returns one group per owner (empty ones too: an owner without offices
// must not be asked again). The groups hold exactly what the loaders' own queries
// (entityQueries.ts) would fetch, in the same order, with the same record fields: both follow the
// relations of relations.ts and project with projections.ts.

/** What a page of provinces fetches along with its items. Each stage needs the one before it. */
export interface ProvinceIncludes {
  readonly sources: boolean;
  readonly offices: boolean;
  readonly tenures: boolean;
  readonly people: boolean;
}

const citationsOf = (list: string, fields: RecordFields) => `
CALL (${list}) {
  UNWIND ${list} AS item_
  MATCH (x_:Entity {id: item_.id})
  RETURN collect({ owner: x_.id, sources: COLLECT {
    MATCH ${CITATIONS_OF.pattern('x_')} WITH r, n ORDER BY ${CITATIONS_OF.order} RETURN n ${citedSourceOf(fields)} } }) AS citations
}`;

const officesOfRecords = (fields: RecordFields) => `
CALL (records) {
  UNWIND records AS item_
  MATCH (pg_:Province {id: item_.id})
  RETURN collect({ owner: pg_.id, records: COLLECT {
    MATCH ${OFFICES_OF_PROVINCE.pattern('pg_')} WITH n ORDER BY ${OFFICES_OF_PROVINCE.order} RETURN n ${officeOf('pg_', fields)} } }) AS offices
}`;

const tenuresOfOffices = (fields: RecordFields) => `
CALL (offices) {
  UNWIND offices AS group_
  UNWIND group_.records AS item_
  MATCH (of_:Office {id: item_.id})
  RETURN collect({ owner: of_.id, records: COLLECT {
    MATCH ${TENURES_AT_PLACE.pattern('of_')} WITH n ORDER BY ${TENURES_AT_PLACE.order} RETURN n ${tenureAtOffice('of_', fields)} } }) AS tenures
}`;

const peopleOfTenures = (fields: RecordFields) => `
CALL (tenures) {
  UNWIND tenures AS group_
  UNWIND group_.records AS item_
  WITH DISTINCT item_.personId AS id_
  MATCH (n:Person {id: id_})
  RETURN collect(n ${projectionOf('Person', fields)}) AS people
}`;

/**
 * The tail of a provinces page query: the stages asked for, then `RETURN total, records, included`.
 * Stages not asked for are empty lists in `included`, written there rather than bound by a clause
 * each: a page without nested fields then sends no Cypher for them.
 */
export function provinceIncludes(include: ProvinceIncludes, fields: RecordFields): string {
  const offices = include.offices || include.tenures || include.people;
  const tenures = include.tenures || include.people;
  const stages = [
    include.sources ? citationsOf('records', fields) : '',
    offices ? officesOfRecords(fields) : '',
    tenures ? tenuresOfOffices(fields) : '',
    include.people ? peopleOfTenures(fields) : '',
  ].join('');
  const listed = (asked: boolean, name: string) => `${name}: ${asked ? name : '[]'}`;
  return `${stages}
RETURN total, records, { ${listed(include.sources, 'citations')}, ${listed(offices, 'offices')}, ${listed(tenures, 'tenures')}, ${listed(include.people, 'people')} } AS included`;
}
