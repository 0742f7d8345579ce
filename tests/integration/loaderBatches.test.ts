import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { WHOLE_RECORDS } from '../../src/model/RecordFields.js';
import { createLoaders } from '../../src/loaders/createLoaders.js';
import { createRepositories } from '../../src/repositories/createRepositories.js';
import { testDatabase, testDriver } from '../helpers/neo4jSession.js';

// What each batch function sent, recorded as dataloader's own tests do: the `$ids` of every
// statement that reached Neo4j, in order.
const driver = testDriver();
afterAll(() => driver.close());

let sent: unknown[];
let loaders: ReturnType<typeof createLoaders>;
beforeEach(() => {
  sent = [];
  const db = testDatabase(driver).observed({ onQuery: (_cypher, params) => sent.push(params.ids) });
  loaders = createLoaders(createRepositories(db), { fields: WHOLE_RECORDS });
});

describe('loader batches', () => {
  it('sends the lookups of one tick as one batch, each key once, whatever their types', async () => {
    const [province, person, again, missing, office] = await Promise.all([
      loaders.province.load('vinh-long-1992'),
      loaders.person.load('per-pham-thi-no'),
      loaders.province.load('vinh-long-1992'),
      loaders.province.load('no-such-unit'),
      loaders.office.load('off-vpubnd-vinh-long-1992'),
    ]);
    expect(sent).toEqual([['vinh-long-1992', 'per-pham-thi-no', 'no-such-unit', 'off-vpubnd-vinh-long-1992']]);
    expect([province?.id, person?.id, again?.id, missing, office?.id]).toEqual([
      'vinh-long-1992',
      'per-pham-thi-no',
      'vinh-long-1992',
      null,
      'off-vpubnd-vinh-long-1992',
    ]);
  });

  it('answers a typed lookup of another type with null, from the same batch', async () => {
    expect(await Promise.all([loaders.person.load('vinh-long-1992'), loaders.province.load('vinh-long-1992')])).toMatchObject([
      null,
      { id: 'vinh-long-1992' },
    ]);
    expect(sent).toEqual([['vinh-long-1992']]);
  });

  it('asks again only for keys not cached in this request', async () => {
    await loaders.province.load('vinh-long-1992');
    await Promise.all([loaders.province.load('vinh-long-1992'), loaders.province.load('vinh-long-2025')]);
    expect(sent).toEqual([['vinh-long-1992'], ['vinh-long-2025']]);
  });

  it('groups a relation by owner in the order of the keys, an empty list for an owner without any', async () => {
    const [none, offices] = await loaders.officesByProvince.loadMany(['no-such-unit', 'vinh-long-1992']);
    expect(sent).toEqual([['no-such-unit', 'vinh-long-1992']]);
    expect(none).toEqual([]);
    expect((offices as Array<{ id: string }>).map((office) => office.id)).toContain('off-vpubnd-vinh-long-1992');
  });

  it('never asks for what a page query brought along (rememberIncluded)', async () => {
    loaders.rememberIncluded({ citations: [], offices: [{ owner: 'vinh-long-1992', records: [] }], tenures: [], people: [] });
    expect(await loaders.officesByProvince.load('vinh-long-1992')).toEqual([]);
    expect(sent).toEqual([]);
  });
});
