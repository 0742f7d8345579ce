import { describe, expect, it } from 'vitest';
import { WHOLE_RECORDS } from '../../src/model/RecordFields.js';
import * as entityQueries from '../../src/cypher/entityQueries.js';
import { timelineFacts } from '../../src/cypher/timelineQueries.js';

// The loaders' batch queries: each takes every key of a batch as `$ids` and nothing else.
const IDS = ['ha-noi', 'ha-tay'];

describe('loader queries', () => {
  for (const [name, build] of Object.entries(entityQueries)) {
    it(`${name} sends the batch's keys as $ids`, () => {
      const statement = build(IDS, WHOLE_RECORDS);
      expect(statement.params).toEqual({ ids: IDS });
      expect(statement.cypher).toMatchSnapshot();
    });
  }

  it('timelineFacts sends the batch of subjects as $ids', () => {
    const statement = timelineFacts(IDS, WHOLE_RECORDS);
    expect(statement.params).toEqual({ ids: IDS });
    expect(statement.cypher).toMatchSnapshot();
  });
});
