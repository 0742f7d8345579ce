import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stampOf } from '../../../src/seed/loadGraphRows.js';
import { readSeeds } from '../../../src/seed/readSeeds.js';
import { toGraphRows } from '../../../src/seed/toGraphRows.js';
import { generateHistory } from '../../../bench/synthetic/generateHistory.js';

// The stamp used to be the hash of JSON.stringify(rows) in one piece; it is now fed row by row
// (a 10^6-node load is longer JSON than V8 can hold in one string), and must not have changed:
// graphs seeded before would otherwise all look outdated.
const wholeJsonStamp = (rows: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(rows, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value)))
    .digest('hex')
    .slice(0, 16);

describe('stampOf', () => {
  it('is the hash of the rows’ JSON, for the real seeds and a synthetic history', () => {
    for (const rows of [toGraphRows(readSeeds()), toGraphRows(generateHistory({ units: 50 }))]) {
      expect(stampOf(rows)).toBe(wholeJsonStamp(rows));
    }
  });

  it('changes when any row changes', () => {
    const rows = toGraphRows(generateHistory({ units: 20 }));
    const before = stampOf(rows);
    rows.nodes[0]!.rows[0]!.props.name = 'Một tên khác';
    expect(stampOf(rows)).not.toBe(before);
  });
});
