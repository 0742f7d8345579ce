import { describe, expect, it } from 'vitest';
import { writeUnitCensus } from '../../src/cypher/censusQueries.js';
import {
  createNodes,
  createRelationships,
  deleteStaleNodes,
  deleteStaleRelationships,
  existingIds,
  lastLoad,
  mergeNodes,
  mergeRelationships,
  recordLoad,
} from '../../src/cypher/seedQueries.js';

// The seed loader's statements. Labels, relationship types and date keys come from toGraphRows,
// never from user input; they are quoted all the same.
const MARK = { dataset: 'seeds', stamp: '0123456789abcdef' };
const NODE_ROWS = [{ id: 'ha-noi', name: 'Hà Nội', established: '1831' }];
const RELATIONSHIP_ROWS = [{ from: 'ha-noi', to: 'S-law', key: 'ha-noi|S-law', props: { position: 0 } }];

describe('load statements', () => {
  it('existingIds asks which ids of a batch are loaded already', () => {
    expect(existingIds('Province', ['ha-noi', 'ha-tay'])).toMatchSnapshot();
  });

  it('createNodes writes new rows with their dates as DATEs', () => {
    expect(createNodes('Province', ['establishedEarliest', 'establishedLatest'], NODE_ROWS, MARK)).toMatchSnapshot();
  });

  it('mergeNodes rewrites loaded rows whole', () => {
    expect(mergeNodes('Office', [], NODE_ROWS, MARK)).toMatchSnapshot();
  });

  it('quotes a date key that would otherwise break the statement', () => {
    expect(createNodes('Event', ['odd`key'], NODE_ROWS, MARK).cypher).toContain('`odd``key`: date(props.`odd``key`)');
  });

  it('createRelationships and mergeRelationships', () => {
    expect(createRelationships('ATTESTED_BY', RELATIONSHIP_ROWS, MARK)).toMatchSnapshot();
    expect(mergeRelationships('ATTESTED_BY', RELATIONSHIP_ROWS, MARK)).toMatchSnapshot();
  });

  it('stale cleanup stays inside the dataset', () => {
    expect(deleteStaleRelationships(MARK)).toMatchSnapshot();
    expect(deleteStaleNodes(MARK)).toMatchSnapshot();
  });

  it('records and reads the load stamp', () => {
    expect(recordLoad(MARK, { nodes: 10, relationships: 20 })).toMatchSnapshot();
    expect(lastLoad('seeds')).toMatchSnapshot();
  });

  it('writes the unit census with the count of units it covers', () => {
    expect(
      writeUnitCensus([{ scope: 'DEFINITE:*', year: 1997, days: ['1997-01-01'], alive: [61], aliveBefore: 53 }], 120),
    ).toMatchSnapshot();
  });
});
