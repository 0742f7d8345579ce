import { describe, expect, it } from 'vitest';
import { entitiesByIds, tenuresByPlace } from '../../src/cypher/entityQueries.js';
import { search } from '../../src/cypher/graphQueries.js';
import { provincesPage } from '../../src/cypher/pageQueries.js';
import { projectionOf, RECORD_COLUMNS, typedProjectionOf } from '../../src/cypher/projections.js';
import { parseHistoricalDate } from '../../src/dates/index.js';
import { NODE_TYPES, type NodeType } from '../../src/model/NodeType.js';
import { WHOLE_RECORDS, type RecordFields } from '../../src/model/RecordFields.js';

// Statements fetch what the operation reads (src/graphql/recordFieldsOf.ts): the keys asked for,
// and the subqueries that derive a key only when that key is asked for.

const only = (keys: Partial<Record<NodeType, string[]>>): RecordFields =>
  Object.freeze(
    Object.fromEntries(NODE_TYPES.map((type) => [type, type === 'Source' ? null : new Set(['id', ...(keys[type] ?? [])])])) as Record<
      NodeType,
      ReadonlySet<string> | null
    >,
  );

const FILTER = { asOf: parseHistoricalDate('2000'), basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null } as const;
const WINDOW = { offset: 0, limit: 20 };
const NOTHING = { sources: false, offices: false, tenures: false, people: false };

describe('projections built from record fields', () => {
  it('project only the keys asked for, in the columns’ order', () => {
    expect(projectionOf('Province', only({ Province: ['notes', 'name'] }))).toBe('{ .id, .name, .notes }');
    // With the type name, for statements whose records are of several types (the repositories add it to the others).
    expect(typedProjectionOf('Province', only({ Province: ['name'] }))).toBe("{ __typename: 'Province', .id, .name }");
  });

  it('are whole records without record fields', () => {
    for (const type of NODE_TYPES) {
      for (const key of Object.keys(RECORD_COLUMNS[type])) expect(projectionOf(type, WHOLE_RECORDS)).toMatch(new RegExp(`\\b${key}\\b`));
    }
  });

  it('run a derived key’s subquery only when the key is asked for', () => {
    const withoutPerson = tenuresByPlace(['x'], only({ Tenure: ['title'] })).cypher;
    const withPerson = tenuresByPlace(['x'], only({ Tenure: ['title', 'personId'] })).cypher;
    expect(withoutPerson).not.toContain(':HELD');
    expect(withPerson).toContain('(h_:Person)-[:HELD]->(n)');
    expect(entitiesByIds(['x'], only({ Change: ['kind'] })).cypher).not.toContain('FLOWED');
    expect(entitiesByIds(['x'], only({ Change: ['flows'] })).cypher).toContain('FLOWED');
  });

  it('build the same text for the same fields, so Neo4j plans each shape once', () => {
    const fields = only({ Province: ['name'] });
    expect(entitiesByIds(['a'], fields).cypher).toBe(entitiesByIds(['b'], fields).cypher);
    expect(entitiesByIds(['a'], fields).params).toEqual({ ids: ['a'] });
  });
});

describe('a search', () => {
  it('of one type projects that type alone, without a union over every label or the type name', () => {
    const fields = only({ Province: ['name'] });
    expect(search('vinh long', ['Province'], 10, fields).cypher).toContain('WITH node, score, n { .id, .name } AS record');
    expect(search('vinh long', ['Province'], 10, fields).cypher).not.toContain('UNION');
    expect(search('vinh long', ['Province', 'Office'], 10, fields).cypher).toContain("__typename: 'Province'");
  });
});

describe('a provinces page', () => {
  it('has no citations subquery when the query does not select sources, and has one when it does', () => {
    const fields = only({ Province: ['name'] });
    const plain = provincesPage(FILTER, WINDOW, fields, NOTHING).cypher;
    expect(plain).not.toContain('ATTESTED_BY');
    expect(plain).toContain('collect(n { .id, .name })');
    expect(provincesPage(FILTER, WINDOW, fields, { ...NOTHING, sources: true }).cypher).toContain('ATTESTED_BY');
  });

  it('takes the office’s province and the tenure’s office from the page, not from subqueries', () => {
    const fields = only({ Office: ['provinceId'], Tenure: ['atId', 'atLabel', 'personId'] });
    const statement = provincesPage(FILTER, WINDOW, fields, { ...NOTHING, people: true });
    expect(statement).toMatchSnapshot();
    expect(statement.cypher).toContain('provinceId: pg_.id');
    expect(statement.cypher).toContain("atId: of_.id, atLabel: 'Office'");
  });
});
