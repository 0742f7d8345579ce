import { describe, expect, it } from 'vitest';
import { WHOLE_RECORDS } from '../../src/model/RecordFields.js';
import { changesPage, eventsPage, officesPage, peoplePage, provincesPage, type ProvincesFilter } from '../../src/cypher/pageQueries.js';
import type { ProvinceIncludes } from '../../src/cypher/prefetchQueries.js';
import { parseHistoricalDate } from '../../src/dates/index.js';

// Each builder's {cypher, params}, pinned: a change to the Cypher a request sends shows up in
// review as a diff of these snapshots, without a database.

const WINDOW = { offset: 20, limit: 10 };
const ON_1997 = parseHistoricalDate('1997-01');
const DEFAULT_FILTER: ProvincesFilter = { asOf: ON_1997, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null };
const NOTHING: ProvinceIncludes = { sources: false, offices: false, tenures: false, people: false };

describe('provincesPage', () => {
  it('asks only for the page when no nested field is selected', () => {
    expect(provincesPage(DEFAULT_FILTER, WINDOW, WHOLE_RECORDS)).toMatchSnapshot();
  });

  for (const include of ['sources', 'offices', 'tenures', 'people'] as const) {
    it(`fetches the ${include} stage (and the stages it needs) along with the page`, () => {
      expect(provincesPage(DEFAULT_FILTER, WINDOW, WHOLE_RECORDS, { ...NOTHING, [include]: true })).toMatchSnapshot();
    });
  }

  it('fetches every stage at once', () => {
    expect(
      provincesPage(DEFAULT_FILTER, WINDOW, WHOLE_RECORDS, { sources: true, offices: true, tenures: true, people: true }),
    ).toMatchSnapshot();
  });

  it('passes a name search, a kind and a possible-existence question as parameters', () => {
    expect(
      provincesPage({ asOf: ON_1997, basis: 'LEGAL', certainty: 'POSSIBLE', kind: 'city', ids: ['ha-noi'] }, WINDOW, WHOLE_RECORDS),
    ).toMatchSnapshot();
  });

  it('asks the operating spans, and the operating census, for the operating basis', () => {
    expect(provincesPage({ ...DEFAULT_FILTER, basis: 'OPERATING' }, WINDOW, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('counts every unit of a kind without a day: no census, no existence test', () => {
    expect(
      provincesPage({ asOf: null, basis: 'LEGAL', certainty: 'DEFINITE', kind: 'city', ids: null }, WINDOW, WHOLE_RECORDS).cypher,
    ).toMatchSnapshot();
  });

  it('seeks a name search’s ids without a day', () => {
    expect(
      provincesPage({ asOf: null, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: ['ha-noi'] }, WINDOW, WHOLE_RECORDS).cypher,
    ).toMatchSnapshot();
  });

  it('sends null for every filter not given', () => {
    expect(
      provincesPage({ asOf: null, basis: 'LEGAL', certainty: 'DEFINITE', kind: null, ids: null }, { offset: 0, limit: 20 }, WHOLE_RECORDS)
        .params,
    ).toMatchSnapshot();
  });
});

describe('the other pages', () => {
  it('offices: as of a day, of a kind, in a province', () => {
    expect(officesPage({ asOf: ON_1997, basis: 'LEGAL', kind: 'ubnd', province: 'ha-noi' }, WINDOW, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('people: by ids from a name search', () => {
    expect(peoplePage({ ids: ['nguyen-van-a'] }, WINDOW, WHOLE_RECORDS)).toMatchSnapshot();
  });

  it('changes: a range runs from the first day of `from` to the last day of `to`', () => {
    const statement = changesPage(
      { from: parseHistoricalDate('1975'), to: parseHistoricalDate('1976-02'), kinds: ['merge'], province: 'ha-noi' },
      WINDOW,
      WHOLE_RECORDS,
    );
    expect(statement).toMatchSnapshot();
    expect(String(statement.params.from)).toBe('1975-01-01');
    expect(String(statement.params.to)).toBe('1976-02-29');
  });

  it('events: by kinds and subject', () => {
    expect(
      eventsPage({ from: null, to: parseHistoricalDate('2000'), kinds: ['founding'], subject: 'ha-noi' }, WINDOW, WHOLE_RECORDS),
    ).toMatchSnapshot();
  });
});
