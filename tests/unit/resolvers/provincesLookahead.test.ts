import { buildSchema, getNamedType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../../src/loadTypeDefs.js';
import { PROVINCES_LOOKAHEAD } from '../../../src/resolvers/provincesLookahead.js';

const schema = buildSchema(loadTypeDefs());

/** The type names met walking `path` from Query.provinces, or the first step the SDL lacks. */
function walk(path: readonly string[]): string[] {
  let type: GraphQLNamedType = getNamedType(schema.getQueryType()!.getFields()['provinces']!.type);
  const seen = [type.name];
  for (const name of path) {
    const field: GraphQLField<unknown, unknown> | undefined = isObjectType(type) ? type.getFields()[name] : undefined;
    if (!field) return [...seen, `no field "${name}" on ${type.name}`];
    type = getNamedType(field.type);
    seen.push(type.name);
  }
  return seen;
}

describe('the provinces look-ahead', () => {
  it('follows field paths that exist in schema/', () => {
    expect(Object.fromEntries(Object.entries(PROVINCES_LOOKAHEAD).map(([stage, path]) => [stage, walk(path)]))).toEqual({
      sources: ['ProvinceConnection', 'ProvinceEdge', 'Province', 'Source'],
      offices: ['ProvinceConnection', 'ProvinceEdge', 'Province', 'OfficeConnection'],
      tenures: ['ProvinceConnection', 'ProvinceEdge', 'Province', 'OfficeConnection', 'OfficeEdge', 'Office', 'TenureConnection'],
      people: [
        'ProvinceConnection',
        'ProvinceEdge',
        'Province',
        'OfficeConnection',
        'OfficeEdge',
        'Office',
        'TenureConnection',
        'TenureEdge',
        'Tenure',
        'Person',
      ],
    });
  });

  it('reports a step the schema lacks', () => {
    expect(walk(['edges', 'node', 'offise'])).toEqual(['ProvinceConnection', 'ProvinceEdge', 'Province', 'no field "offise" on Province']);
  });
});
