import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import { loadTypeDefs } from '../../../src/loadTypeDefs.js';

// docs/offices.md teaches by example: each GraphQL example must be valid against the SDL, so a
// renamed field or argument breaks this test rather than a reader's first try.
const text = readFileSync(path.join(projectRoot, 'docs', 'offices.md'), 'utf8');
const examples = [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
const schema = buildSchema(loadTypeDefs());

describe('docs/offices.md', () => {
  it('has GraphQL examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))('example %i is valid against the schema', (_i, example) => {
    expect(validate(schema, parse(example)).map((error) => error.message)).toEqual([]);
  });
});
