import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from '../../../src/graphql/selects.js';

/** The resolve info of the operation's first root field, as graphql-js would pass it. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const PATH = ['edges', 'node', 'offices', 'edges', 'node', 'tenures'];

describe('selects', () => {
  it('finds a nested field written out', () => {
    const info = infoOf('{ provinces { edges { node { offices { edges { node { tenures { totalCount } } } } } } } }');
    expect(selects(info, PATH)).toBe(true);
    expect(selects(info, ['edges', 'node', 'sources'])).toBe(false);
  });

  it('looks through named and inline fragments, at any level', () => {
    const info = infoOf(`{ provinces { ...Page } }
      fragment Page on ProvinceConnection { edges { node { ... on Province { offices { ...Rows } } } } }
      fragment Rows on OfficeConnection { edges { node { tenures { totalCount } } } }`);
    expect(selects(info, PATH)).toBe(true);
    expect(selects(info, [...PATH, 'edges'])).toBe(false);
  });

  it('goes by field names, not aliases', () => {
    const info = infoOf('{ page: provinces { rows: edges { unit: node { offices: sources { slug } } } } }');
    expect(selects(info, ['edges', 'node', 'sources'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'offices'])).toBe(false);
  });

  it('merges the same field asked twice', () => {
    const info = infoOf('{ provinces { edges { node { slug } } edges { node { offices { totalCount } } } } }');
    expect(selects(info, ['edges', 'node', 'offices'])).toBe(true);
  });
});
