import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { describe, expect, it } from 'vitest';
import { priceOperation } from '../../../src/limits/priceOperation.js';

// graphql 16 has no "exports" map: Node (and so graphql-query-complexity, loaded by Node) gets its
// CommonJS build, while Vite gives test files the .mjs one, and a schema from one cannot be walked
// by the other. At run time everything is Node's; this test takes graphql from Node too.
const { buildSchema, parse } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

const schema = buildSchema(`
  type Query { items(first: Int = 20, after: String): ItemConnection! leaf: String }
  type ItemConnection { edges: [Edge!]! }
  type Edge { node: Item! }
  type Item { name: String children(first: Int = 20): ItemConnection! }
`);
const model = { objectCost: 2, scalarCost: 1, depthCostFactor: 1 };
const price = (query: string, variables?: Record<string, unknown>) =>
  priceOperation(schema, parse(query), { variables: variables ?? null }, model);

describe('priceOperation', () => {
  it('multiplies a list by a literal first', () => {
    // items: (2 + edges (2 + node (2 + name 1))) × 5
    expect(price('{ items(first: 5) { edges { node { name } } } }')).toBe(35);
  });

  it('multiplies a list by first given as a variable, exactly as by the literal (issue 9)', () => {
    expect(price('query ($n: Int) { items(first: $n) { edges { node { name } } } }', { n: 5 })).toBe(35);
  });

  it("uses a variable's default value, and the argument's default in the schema", () => {
    expect(price('query ($n: Int = 5) { items(first: $n) { edges { node { name } } } }')).toBe(35);
    expect(price('{ items { edges { node { name } } } }')).toBe(140);
  });

  it('multiplies nested lists', () => {
    const query = 'query ($n: Int) { items(first: $n) { edges { node { children(first: $n) { edges { node { name } } } } } } }';
    // children: (2 + 2 + (2 + 1)) × n = 7n; items: (2 + (2 + (2 + 7n))) × n
    expect(price(query, { n: 1 })).toBe(13);
    expect(price(query, { n: 10 })).toBe(760);
  });

  it('counts every alias', () => {
    const one = price('{ a: items(first: 5) { edges { node { name } } } }');
    expect(price('{ a: items(first: 5) { edges { node { name } } } b: items(first: 5) { edges { node { name } } } }')).toBe(2 * one);
  });

  it('follows @skip and @include with variables', () => {
    const query = 'query ($s: Boolean!) { items(first: 5) @skip(if: $s) { edges { node { name } } } leaf }';
    expect(price(query, { s: true })).toBe(1);
    expect(price(query, { s: false })).toBe(36);
  });
});
