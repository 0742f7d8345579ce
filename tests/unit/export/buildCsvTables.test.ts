import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCsvTables, CSV_COLUMNS, CSV_TABLES } from '../../../src/export/buildCsvTables.js';
import type { ExportSnapshot } from '../../../src/export/ExportSnapshot.js';

const snapshot: ExportSnapshot = {
  provinces: [
    ...['alpha', 'beta'].map((id) => ({
      __typename: 'Province' as const,
      id,
      name: id,
      otherNames: [],
      kind: 'province' as const,
      established: null,
      dissolved: '1976-02',
      operatingEstablished: null,
      operatingDissolved: null,
      reestablishes: null,
      current: false,
      seat: null,
      gsoCode: null,
      confidence: 'confirmed' as const,
      notes: null,
    })),
    {
      __typename: 'Province',
      id: 'gamma',
      name: 'Gamma',
      otherNames: ['Gam, "cũ"', 'Gâm'],
      kind: 'province',
      established: '1976-02',
      dissolved: '2025-07-01',
      operatingEstablished: '1976-02',
      operatingDissolved: '2025-07-01',
      current: false,
      seat: null,
      gsoCode: '86',
      confidence: 'confirmed',
      notes: 'Line one,\nline two',
    },
  ],
  changes: [
    {
      __typename: 'Change',
      id: 'chg-gamma',
      kind: 'merge',
      date: '1976-02',
      effectiveDate: null,
      operatingDate: '1976-03-01',
      legalBasis: null,
      fromName: null,
      toName: null,
      before: ['alpha', 'beta'],
      after: ['gamma'],
      ended: ['alpha', 'beta'],
      began: ['gamma'],
      continued: [],
      flows: [
        { from: 'alpha', to: 'gamma', extent: 'whole', parts: [], change: 'chg-gamma', sources: [] },
        { from: 'beta', to: 'gamma', extent: 'part', parts: ['huyện Một', 'huyện Hai'], change: 'chg-gamma', sources: ['S-law'] },
      ],
      confidence: 'confirmed',
      notes: null,
    },
  ],
  offices: [],
  people: [],
  tenures: [],
  sources: [],
  citations: [
    { owner: 'gamma', source: 'S-law', position: 0, quote: 'tỉnh Gamma' },
    { owner: 'gamma', source: 'A900', position: 1, quote: null },
    { owner: 'gamma', source: 'S-law', position: 2, quote: 'lần hai' },
  ],
  externalIds: [{ owner: 'gamma', id: 'gamma--wikidata', scheme: 'wikidata', value: 'Q42' }],
};

const read = (csv: string) => parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;

describe('buildCsvTables', () => {
  it('starts every file with a UTF-8 byte-order mark and its documented header', () => {
    const tables = buildCsvTables(snapshot);
    for (const table of CSV_TABLES) {
      expect(tables[table].startsWith('\uFEFF')).toBe(true);
      expect(tables[table].slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS[table].join(','));
    }
  });

  it('writes dates as EDTF with their first and last day, lists with " | ", and quotes what needs quoting', () => {
    const row = read(buildCsvTables(snapshot).units).find((r) => r['id'] === 'gamma');
    expect(row).toMatchObject({
      id: 'gamma',
      other_names: 'Gam, "cũ" | Gâm',
      established: '1976-02',
      established_earliest: '1976-02-01',
      established_latest: '1976-02-29',
      dissolved: '2025-07-01',
      dissolved_earliest: '2025-07-01',
      current: 'false',
      gso_code: '86',
      wikidata: 'Q42',
      sources: 'S-law | A900',
      notes: 'Line one,\nline two',
    });
  });

  it('writes one row per member and per flow of a change, and one per citation', () => {
    const tables = buildCsvTables(snapshot);
    expect(read(tables.change_members)).toEqual([
      { change_id: 'chg-gamma', member_id: 'alpha', member_type: 'Province', role: 'ended' },
      { change_id: 'chg-gamma', member_id: 'beta', member_type: 'Province', role: 'ended' },
      { change_id: 'chg-gamma', member_id: 'gamma', member_type: 'Province', role: 'began' },
    ]);
    expect(read(tables.change_flows)).toEqual([
      { change_id: 'chg-gamma', from_id: 'alpha', to_id: 'gamma', extent: 'whole', parts: '', sources: '' },
      { change_id: 'chg-gamma', from_id: 'beta', to_id: 'gamma', extent: 'part', parts: 'huyện Một | huyện Hai', sources: 'S-law' },
    ]);
    expect(read(tables.changes)[0]).toMatchObject({
      operating_date: '1976-03-01',
      operating_date_earliest: '1976-03-01',
      effective_date: '',
    });
    expect(read(tables.citations)).toEqual([
      { record_id: 'gamma', source_id: 'S-law', position: '0', quote: 'tỉnh Gamma' },
      { record_id: 'gamma', source_id: 'A900', position: '1', quote: '' },
      { record_id: 'gamma', source_id: 'S-law', position: '2', quote: 'lần hai' },
    ]);
  });
});
