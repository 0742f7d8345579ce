import { describe, expect, it } from 'vitest';
import type { Range } from '../../../bench/measure.js';
import { explainMisses, judgeTargets, type Figures, type OperationResult } from '../../../bench/report.js';

const figures = (p50: Range, rps: Range): Figures => ({
  p50_ms: (p50[0] + p50[1]) / 2,
  p95_ms: p50[1] * 2,
  rps: (rps[0] + rps[1]) / 2,
  spread: { p50_ms: p50, p95_ms: [p50[0] * 2, p50[1] * 2], rps },
});

function operation(concurrency: number, diachi: Figures, fairFloor: Figures, peer: Figures | null): OperationResult {
  return {
    name: 'op',
    concurrency,
    diachi,
    fair_floor: fairFloor,
    floor: fairFloor,
    peer,
    ratios: {
      diachi_over_fair_floor_p50: diachi.p50_ms / fairFloor.p50_ms,
      diachi_over_floor_p50: diachi.p50_ms / fairFloor.p50_ms,
      diachi_over_fair_floor_p95: diachi.p95_ms / fairFloor.p95_ms,
      diachi_over_peer_rps: peer ? diachi.rps / peer.rps : null,
    },
    diachi_round_trips: 1,
  };
}

describe('judgeTargets', () => {
  it('judges p50 against the fair floor, and says when the verdict is inside the noise', () => {
    const floor = figures([9, 11], [90, 110]);
    const [clear] = judgeTargets([operation(1, figures([19, 21], [40, 50]), floor, null)], [], []);
    expect(clear).toMatchObject({ met: false, inside_noise: false });
    // 13.5 ms against 10 ms misses 1.3×, but the runs reached down to 12.5 ms, and 1.3 × 11 = 14.3.
    const [noisy] = judgeTargets([operation(1, figures([12.5, 14.5], [40, 50]), floor, null)], [], []);
    expect(noisy).toMatchObject({ met: false, inside_noise: true });
  });

  it('judges db hits and bytes against the floor’s, and throughput against the peer’s only where it serves', () => {
    const cost = (db_hits: number, bytes: number) => ({ statements: 1, db_hits, bytes, cypher: [] });
    const targets = judgeTargets(
      [
        operation(16, figures([1, 1], [300, 310]), figures([1, 1], [300, 310]), figures([2, 2], [100, 110])),
        operation(16, figures([1, 1], [1, 1]), figures([1, 1], [1, 1]), null),
      ],
      [
        {
          name: 'op',
          diachi: cost(140, 3000),
          floor: cost(100, 1000),
          peer: null,
          ratios: { db_hits: 1.4, bytes: 3 },
          diachi_statements_alone: figures([1, 1], [900, 1000]),
        },
      ],
      [],
    );
    expect(targets.map((t) => [t.target.split(':')[0], t.met])).toEqual([
      ["throughput at least 1.5× the peer's at concurrency 16", true],
      ["db hits within 1.5× the floor's", true],
      ["bytes within 1.5× the floor's", false],
    ]);
  });
});

describe('explainMisses', () => {
  it('splits a missed concurrency-1 gap into Neo4j with the driver, and what lies above the driver', () => {
    // diachi 3 ms, fair floor 1 ms, driver floor 0.8 ms; diachi's own statements alone 1.3 ms.
    const op = {
      ...operation(1, figures([3, 3], [300, 300]), figures([1, 1], [900, 900]), null),
      floor: figures([0.8, 0.8], [1200, 1200]),
    };
    const cost = { statements: 1, db_hits: 10, bytes: 100, cypher: [] };
    const notes = explainMisses(
      [op],
      [
        {
          name: 'op',
          diachi: cost,
          floor: cost,
          peer: null,
          ratios: { db_hits: 1, bytes: 1 },
          diachi_statements_alone: figures([1.3, 1.3], [700, 700]),
        },
      ],
      [],
      { cypher_round_trip_p50_ms: 0.4, empty_graphql_request_p50_ms: 0.3, fair_floor_return_1_p50_ms: 0.5 },
      [{ name: 'op', diachi: { ms: 1.6, spread: [1.5, 1.7] }, fair_floor: { ms: 0.4, spread: [0.4, 0.4] }, peer: null }],
    );
    const split = notes.find((n) => n.startsWith('Where each missed'));
    expect(split).toContain('of +2.00 ms, 0.50 ms in Neo4j and the driver');
    expect(split).toContain("and 1.50 ms above the driver (server CPU per request 1.60 ms against the fair floor's 0.40 ms)");
  });

  it('sets a scale miss beside the floor’s growth and the answer’s', () => {
    const at = (nodes: number, p50: number, floor: number, bytes: number) => ({
      nodes,
      name: 'search',
      p50_ms: p50,
      spread: [p50, p50] as const,
      floor_p50_ms: floor,
      answer_bytes: bytes,
    });
    const notes = explainMisses(
      [],
      [],
      [at(10_000, 1, 0.5, 400), at(1_000_000, 3, 2, 1200)],
      { cypher_round_trip_p50_ms: 0.4, empty_graphql_request_p50_ms: 0.3, fair_floor_return_1_p50_ms: 0.5 },
      [],
    );
    expect(notes.find((n) => n.startsWith('Grew over 1.5×'))).toContain(
      "search: diachi 1.00 → 3.00 ms (3.00×), the floor's 0.50 → 2.00 ms (4.00×), its answer 400 → 1,200 bytes",
    );
  });
});
