import { createRequire } from 'node:module';
import type * as graphql from 'graphql';
import { buildSchema, isObjectType, parse, type FieldNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS } from '../../../src/cypher/projections.js';
import { FIELD_NEEDS, recordFieldsOf } from '../../../src/graphql/recordFieldsOf.js';
import { loadTypeDefs } from '../../../src/loadTypeDefs.js';
import { NODE_TYPES } from '../../../src/model/NodeType.js';
import { WHOLE_RECORDS, type RecordFields } from '../../../src/model/RecordFields.js';

const schema = buildSchema(loadTypeDefs());

function fieldsOf(query: string, on: GraphQLSchema = schema): RecordFields {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return recordFieldsOf(on, document, operation);
}

/** The keys per type, sorted, null for whole records; types that only need their id left out. */
const keysOf = (fields: RecordFields) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, keys]) => keys === null || keys.size > 1)
      .map(([type, keys]) => [type, keys === null ? null : [...keys].sort()]),
  );

describe('the table of what each field reads', () => {
  it('covers every field of every record type in schema/, naming only keys the projections have', () => {
    const problems: string[] = [];
    for (const type of NODE_TYPES) {
      const object = schema.getType(type);
      if (!isObjectType(object)) throw new Error(`${type} is not an object type`);
      for (const field of Object.keys(object.getFields())) {
        if (!FIELD_NEEDS[type]?.[field] && !(field in RECORD_COLUMNS[type])) problems.push(`${type}.${field} reads no record key`);
      }
    }
    for (const [type, fields] of Object.entries(FIELD_NEEDS)) {
      for (const [field, written] of Object.entries(fields)) {
        // A field whose needs depend on its arguments: every argument given, the basis a variable.
        const asked = parse(`{ ${field}(asOf: "2000", kind: UBND, basis: $basis) }`).definitions[0] as OperationDefinitionNode;
        const needs = typeof written === 'function' ? written(asked.selectionSet.selections[0] as FieldNode) : written;
        if (needs === 'whole') continue;
        for (const [needed, keys] of Object.entries(needs)) {
          for (const key of keys ?? []) {
            if (!(key in RECORD_COLUMNS[needed as keyof typeof RECORD_COLUMNS])) problems.push(`${type}.${field} needs ${needed}.${key}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('recordFieldsOf', () => {
  it('asks for the keys the nested page reads, and for what its resolvers need to follow the relations', () => {
    const fields = fieldsOf(`query Nested($asOf: CalendarDate!, $first: Int!) {
      provinces(asOf: $asOf, first: $first) {
        totalCount
        edges { node { slug name
          offices(first: 20) { edges { node { slug
            tenures(first: 20) { edges { node { slug title person { slug } } } } } } } } }
      }
    }`);
    expect(keysOf(fields)).toEqual({
      Province: ['id', 'name'],
      // Tenure.person follows personId, which the query never names.
      Tenure: ['id', 'personId', 'title'],
    });
  });

  it('asks for the offices’ kind and spans only when Province.offices is asked to filter by them', () => {
    const officesOf = (args: string) => keysOf(fieldsOf(`{ province(id: "x") { offices${args} { totalCount } } }`)).Office;
    expect(officesOf('')).toBeUndefined();
    expect(officesOf('(kind: UBND)')).toEqual(['id', 'kind']);
    expect(officesOf('(asOf: "2000")')).toEqual(['id', 'legalDefiniteFrom', 'legalDefiniteUntil']);
    expect(officesOf('(asOf: "2000", basis: OPERATING)')).toEqual(['id', 'operatingDefiniteFrom', 'operatingDefiniteUntil']);
    expect(fieldsOf('query ($b: Basis) { province(id: "x") { offices(asOf: "2000", basis: $b) { totalCount } } }').Office).toEqual(
      new Set(['id', 'legalDefiniteFrom', 'legalDefiniteUntil', 'operatingDefiniteFrom', 'operatingDefiniteUntil']),
    );
  });

  it('asks for the keys of the sources the query shows, the quote of a citation included', () => {
    expect(keysOf(fieldsOf('{ province(id: "x") { sources { slug } } }')).Source).toBeUndefined();
    expect(keysOf(fieldsOf('{ province(id: "x") { sources { title quote } disputes { sources { url } } } }')).Source).toEqual([
      'id',
      'quote',
      'title',
      'url',
    ]);
  });

  it('unions the selections of a type across aliases, fragments and interfaces', () => {
    const fields = fieldsOf(`
      query {
        a: province(id: "ha-noi") { name }
        b: province(id: "ha-noi") { ...More }
        search(text: "ha noi") { node { id ... on Change { before { notes } } ... on Tenure { province { slug } } } }
      }
      fragment More on Province { established sources { slug } }`);
    expect(keysOf(fields)).toEqual({
      Province: ['established', 'id', 'name', 'notes'],
      Change: ['before', 'id'],
      Office: ['id', 'provinceId'],
      Tenure: ['atId', 'atLabel', 'id'],
    });
  });

  it('asks for whole records when a field computes from many keys of many types (an office’s lineage)', () => {
    expect(fieldsOf('{ office(id: "x") { lineage { root { slug } } } }')).toBe(WHOLE_RECORDS);
  });

  it('asks for the keys a timeline is built from, with the selection’s own', () => {
    const fields = keysOf(fieldsOf('{ timeline(subjectId: "ha-noi") { label subjects { ... on Province { gsoCode } } } }'));
    expect(fields.Province).toEqual(['dissolved', 'established', 'gsoCode', 'id', 'kind', 'name', 'reestablishes']);
    expect(fields.Tenure).toEqual(['atId', 'atLabel', 'attested', 'end', 'id', 'personId', 'start', 'title']);
    expect(keysOf(fieldsOf('{ person(id: "x") { timeline { label } } }'))).toEqual(
      keysOf(fieldsOf('{ timeline(subjectId: "x") { label } }')),
    );
  });

  it('reads the lineage sort keys even when the query does not select them', () => {
    const fields = fieldsOf('{ lineage(provinceId: "ha-noi") { provinces { slug } changes { slug } } }');
    expect(keysOf(fields)).toEqual({ Province: ['established', 'id'], Change: ['date', 'id'] });
  });

  it('reads a schema built by the other copy of graphql-js (Apollo may load it as CommonJS)', () => {
    const commonJs = createRequire(import.meta.url)('graphql') as typeof graphql;
    const query = '{ search(text: "x") { node { ... on Tenure { person { name } } } } }';
    expect(keysOf(fieldsOf(query, commonJs.buildSchema(loadTypeDefs())))).toEqual(keysOf(fieldsOf(query)));
    expect(keysOf(fieldsOf(query))).toEqual({ Person: ['id', 'name'], Tenure: ['id', 'personId'] });
  });

  it('is computed once per parsed operation', () => {
    const document = parse('{ province(id: "ha-noi") { name } }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(recordFieldsOf(schema, document, operation)).toBe(recordFieldsOf(schema, document, operation));
  });
});
