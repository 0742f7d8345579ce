import { createHash, type Hash } from 'node:crypto';
import type { GraphRows } from './toGraphRows.js';

/**
 * A fingerprint of the rows: the same files always load with the same stamp. It is the SHA-256 of
 * JSON.stringify(rows), but fed to the hash row by row: the JSON of a 10^6-node load is longer
 * than the longest string V8 can hold (about 5 × 10^8 characters).
 */
export function stampOf(rows: GraphRows): string {
  const hash = createHash('sha256');
  writeJson(hash, rows, 0);
  return hash.digest('hex').slice(0, 16);
}

const replacer = (_key: string, value: unknown) => (typeof value === 'bigint' ? String(value) : value);

/**
 * JSON.stringify(value, replacer), without calling the replacer when no BigInt is in the way: a
 * replacer function takes JSON.stringify off V8's fast path, which made the stamp of a 10^5-node
 * load cost about 1.8 s. A BigInt makes the plain call throw, and then the replacer does its work.
 */
function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof TypeError) return JSON.stringify(value, replacer);
    throw error;
  }
}

/**
 * Writes exactly the text JSON.stringify(value, replacer) would produce, recursing through the
 * containers of GraphRows (rows → batches → rows) and leaving each row to JSON.stringify.
 */
function writeJson(hash: Hash, value: unknown, depth: number): void {
  const plain = replacer('', value);
  if (depth >= 4 || plain === null || typeof plain !== 'object' || typeof (plain as { toJSON?: unknown }).toJSON === 'function') {
    hash.update(jsonOf(plain) ?? 'null');
    return;
  }
  if (Array.isArray(plain)) {
    hash.update('[');
    plain.forEach((item, i) => {
      if (i > 0) hash.update(',');
      writeJson(hash, item, depth + 1);
    });
    hash.update(']');
    return;
  }
  hash.update('{');
  let first = true;
  for (const [key, item] of Object.entries(plain)) {
    const inner = replacer(key, item);
    if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue;
    hash.update(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    writeJson(hash, inner, depth + 1);
  }
  hash.update('}');
}
