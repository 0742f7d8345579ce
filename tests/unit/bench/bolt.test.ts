import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { BoltClientReader, type CapturedStatement } from '../../../bench/bolt/BoltClientReader.js';
import { decodePackStream } from '../../../bench/bolt/decodePackStream.js';
import { profiled } from '../../../bench/bolt/measureCost.js';
import { sumDbHits } from '../../../bench/bolt/sumDbHits.js';

// The benchmark reads statements off the Bolt wire to PROFILE them (bench/bolt/): these pin the
// decoding on hand-made bytes, from the PackStream and Bolt specifications.
const bytes = (...values: number[]) => Buffer.from(values);
const tinyString = (text: string) => Buffer.concat([bytes(0x80 + Buffer.byteLength(text)), Buffer.from(text)]);

describe('decodePackStream', () => {
  it('keeps integers as neo4j Integers, so a replayed parameter is sent as an integer again', () => {
    expect(decodePackStream(bytes(0x2a)).value).toEqual(neo4j.int(42));
    expect(decodePackStream(bytes(0xff)).value).toEqual(neo4j.int(-1));
    expect(decodePackStream(bytes(0xc9, 0x03, 0xe8)).value).toEqual(neo4j.int(1000));
    expect(decodePackStream(bytes(0xcb, 0, 0, 0, 1, 0, 0, 0, 0)).value).toEqual(neo4j.int(2 ** 32));
  });

  it('reads strings, lists, maps, floats and dates', () => {
    const map = Buffer.concat([bytes(0xa2), tinyString('id'), tinyString('Vĩnh'), tinyString('xs'), bytes(0x92, 0xc3, 0xc0)]);
    expect(decodePackStream(map)).toEqual({ value: { id: 'Vĩnh', xs: [true, null] }, next: map.length });
    const float = Buffer.alloc(9);
    float.writeUInt8(0xc1, 0);
    float.writeDoubleBE(1.5, 1);
    expect(decodePackStream(float).value).toBe(1.5);
    // 2000-01-01 is day 10,957 since 1970-01-01.
    expect(String(decodePackStream(bytes(0xb1, 0x44, 0xc9, 0x2a, 0xcd)).value)).toBe('2000-01-01');
  });
});

describe('BoltClientReader', () => {
  const preamble = bytes(0x60, 0x60, 0xb0, 0x17, ...new Array<number>(16).fill(0));
  const run = Buffer.concat([bytes(0xb3, 0x10), tinyString('RETURN $x'), bytes(0xa1), tinyString('x'), bytes(0x01, 0xa0)]);
  const chunked = Buffer.concat([bytes(0, run.length), run, bytes(0, 0)]);

  it('reports each RUN, whatever the TCP chunks, and skips keep-alives', () => {
    const seen: CapturedStatement[] = [];
    const reader = new BoltClientReader((s) => seen.push(s));
    reader.fromClient(preamble);
    reader.fromServer(bytes(0, 0, 8, 5));
    const stream = Buffer.concat([bytes(0, 0), chunked, chunked]);
    for (let i = 0; i < stream.length; i += 3) reader.fromClient(stream.subarray(i, i + 3));
    expect(seen).toEqual([
      { cypher: 'RETURN $x', params: { x: neo4j.int(1) } },
      { cypher: 'RETURN $x', params: { x: neo4j.int(1) } },
    ]);
  });

  it('skips the client’s choice after a version manifest (Bolt 5.7+ handshake)', () => {
    const seen: CapturedStatement[] = [];
    const reader = new BoltClientReader((s) => seen.push(s));
    reader.fromClient(Buffer.concat([preamble, bytes(0, 0, 8, 5, 0x81, 0x01), chunked]));
    expect(seen).toEqual([]);
    reader.fromServer(bytes(0, 0, 1, 0xff, 0x01, 0, 0, 8, 5, 0));
    expect(seen.map((s) => s.cypher)).toEqual(['RETURN $x']);
  });
});

describe('sumDbHits', () => {
  it('adds the db hits of every operator, subqueries included', () => {
    const leaf = (dbHits: number) => ({ dbHits, children: [] });
    expect(sumDbHits({ dbHits: 0, children: [leaf(3), { dbHits: 2, children: [leaf(5), leaf(7)] }] })).toBe(17);
    expect(sumDbHits(false)).toBe(0);
  });
});

describe('profiled', () => {
  it('puts PROFILE after a leading CYPHER options line, as @neo4j/graphql sends its statements', () => {
    expect(profiled('MATCH (n) RETURN n')).toBe('PROFILE MATCH (n) RETURN n');
    expect(profiled('CYPHER 5\nMATCH (n) RETURN n')).toBe('CYPHER 5\nPROFILE MATCH (n) RETURN n');
  });
});
