import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../src/db/toPlain.js';

describe('toPlain', () => {
  it('converts driver values inside maps and lists, and leaves plain values as they are', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Province'], { id: 'ha-noi', founded: new neo4j.types.Date(1831, 10, 1) });
    expect(
      toPlain({
        text: 'Hà Nội',
        count: neo4j.int(42),
        big: neo4j.int('9007199254740993'),
        flag: true,
        nothing: null,
        list: [neo4j.int(1), 'a', { day: new neo4j.types.Date(2000, 1, 1) }],
        node,
      }),
    ).toEqual({
      text: 'Hà Nội',
      count: 42,
      big: '9007199254740993',
      flag: true,
      nothing: null,
      list: [1, 'a', { day: '2000-01-01' }],
      node: { id: 'ha-noi', founded: '1831-10-01' },
    });
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain('x')).toBe('x');
  });
});
