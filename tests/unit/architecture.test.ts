import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of STYLE.md: HTTP → server → resolvers → loaders → repositories → cypher + db → Neo4j.
// Each import must point down this list; the seed path never touches the request path.
const SRC = path.resolve(import.meta.dirname, '../../src');

function importsOf(folder: string): Array<{ file: string; from: string }> {
  const found: Array<{ file: string; from: string }> = [];
  for (const entry of readdirSync(path.join(SRC, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const match of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
      found.push({ file: path.relative(SRC, file), from: match[1]! });
    }
  }
  return found;
}

const offending = (folder: string, forbidden: RegExp) =>
  importsOf(folder)
    .filter(({ from }) => forbidden.test(from))
    .map(({ file, from }) => `${file} imports ${from}`);

describe('layer boundaries', () => {
  it('keeps resolvers away from Cypher, sessions and the driver', () => {
    expect(offending('resolvers', /\/(db|cypher|repositories\/[A-Z])|neo4j-driver/)).toEqual([]);
  });

  it('lets loaders reach the database only through repositories', () => {
    expect(offending('loaders', /\/(db|cypher|resolvers)\/|neo4j-driver/)).toEqual([]);
  });

  it('keeps Cypher text free of logic and of the layers above it', () => {
    expect(offending('cypher', /\/(db|repositories|loaders|resolvers|graphql)\/|neo4j-driver/)).toEqual([]);
  });

  it('keeps the pure modules pure (record shapes from repositories/records.ts are only types)', () => {
    for (const folder of ['census', 'dates', 'text', 'timeline']) {
      expect(offending(folder, /\/(db|cypher|loaders|resolvers|seed)\/|\/repositories\/(?!records)|neo4j-driver/), folder).toEqual([]);
    }
  });

  it('never lets the request path import the seed loader', () => {
    for (const folder of ['resolvers', 'loaders', 'repositories', 'graphql']) {
      expect(offending(folder, /\/seed\//), folder).toEqual([]);
    }
  });
});
