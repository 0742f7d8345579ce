import { describe, expect, it } from 'vitest';
import { WHOLE_RECORDS } from '../../src/model/RecordFields.js';
import { lineage, search, searchIds, shortestPaths } from '../../src/cypher/graphQueries.js';

describe('lineage', () => {
  it('walks back through flows of territory, in the order of time', () => {
    expect(lineage('vinh-long-1992', ['PREDECESSORS'], 5, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('walks forward', () => {
    expect(lineage('cuu-long', ['SUCCESSORS'], 3, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('unions both directions in one query', () => {
    expect(lineage('cuu-long', ['PREDECESSORS', 'SUCCESSORS'], 10, WHOLE_RECORDS)).toMatchSnapshot();
  });
});

describe('shortestPaths', () => {
  it('follows historical relationships only', () => {
    expect(shortestPaths('ha-noi', 'ha-tay', { maxHops: 6, viaSources: false, limit: 10 }, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('also follows citations when asked', () => {
    expect(shortestPaths('ha-noi', 'ha-tay', { maxHops: 4, viaSources: true, limit: 3 }, WHOLE_RECORDS)).toMatchSnapshot();
  });
});

describe('search', () => {
  it('asks the index for the page when no type filter applies', () => {
    expect(search('ha noi*', null, 10, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('asks the index for twenty candidates per hit when a type filter applies', () => {
    const statement = search('ha noi*', ['Province', 'Office'], 10, WHOLE_RECORDS);
    expect(statement).toMatchSnapshot();
    expect(Number(statement.params.candidates)).toBe(200);
  });

  it('searchIds returns ids only, for list filters', () => {
    expect(searchIds('ha noi*', ['Province'], 1000)).toMatchSnapshot();
  });
});
