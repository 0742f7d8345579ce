import { describe, expect, it } from 'vitest';
import { buildLinkedPlaces } from '../../../src/export/buildLinkedPlaces.js';
import type { ExportSnapshot } from '../../../src/export/ExportSnapshot.js';
import type { ChangeRecord, ProvinceRecord, SourceRecord } from '../../../src/repositories/records.js';
import { unmappedKeys, validateLinkedPlaces } from '../../helpers/linkedPlacesSchema.js';

const BASE = 'https://diachi.example';

const unit = (id: string, name: string, fields: Partial<ProvinceRecord> = {}): ProvinceRecord => ({
  __typename: 'Province',
  id,
  name,
  otherNames: [],
  kind: 'province',
  established: null,
  dissolved: null,
  operatingEstablished: null,
  operatingDissolved: null,
  current: false,
  seat: null,
  gsoCode: null,
  confidence: 'confirmed',
  notes: null,
  ...fields,
});

const source: SourceRecord = {
  __typename: 'Source',
  id: 'S-law',
  kind: 'legal',
  title: 'Nghị quyết mẫu',
  publisher: 'Quốc hội',
  date: '1976',
  url: 'https://example.org/law',
  reference: null,
  language: 'vi',
  supports: null,
  notes: null,
  quote: null,
};

const merger: ChangeRecord = {
  __typename: 'Change',
  id: 'chg-gamma',
  kind: 'merge',
  date: '1976-02',
  effectiveDate: null,
  operatingDate: null,
  legalBasis: 'Nghị quyết mẫu',
  fromName: null,
  toName: null,
  before: ['alpha', 'beta'],
  after: ['gamma'],
  ended: ['alpha', 'beta'],
  began: ['gamma'],
  continued: [],
  flows: [
    { from: 'alpha', to: 'gamma', extent: 'whole', parts: [], change: 'chg-gamma', sources: [] },
    { from: 'beta', to: 'gamma', extent: 'part', parts: ['huyện Một'], change: 'chg-gamma', sources: ['S-law'] },
  ],
  confidence: 'single-source',
  notes: null,
};

const snapshot: ExportSnapshot = {
  provinces: [
    unit('alpha', 'Alpha', { dissolved: '1976-02' }),
    unit('beta', 'Bêta', { dissolved: '1976-02', otherNames: ['Bê'] }),
    unit('gamma', 'Gamma', { established: '1976-02', current: true, kind: 'city', seat: 'Gamma' }),
  ],
  changes: [merger],
  offices: [],
  people: [],
  tenures: [],
  sources: [source],
  citations: [
    { owner: 'alpha', source: 'S-law', position: 0, quote: null },
    { owner: 'beta', source: 'S-law', position: 0, quote: null },
    { owner: 'gamma', source: 'S-law', position: 0, quote: 'tỉnh Gamma được thành lập' },
    { owner: 'chg-gamma', source: 'S-law', position: 0, quote: null },
    { owner: 'gamma--wikidata', source: 'S-law', position: 0, quote: 'Q42' },
  ],
  externalIds: [{ owner: 'gamma', id: 'gamma--wikidata', scheme: 'wikidata', value: 'Q42' }],
};

const featureOf = (document: Record<string, unknown>, slug: string) =>
  (document['features'] as Array<{ properties: { slug: string } } & Record<string, unknown>>).find((f) => f.properties.slug === slug)!;

describe('buildLinkedPlaces', () => {
  it('writes a FeatureCollection that the Linked Places schema accepts, with every key mapped in the context', () => {
    const document = buildLinkedPlaces(snapshot, BASE);
    expect(validateLinkedPlaces(document)).toEqual([]);
    expect(unmappedKeys(document, BASE)).toEqual([]);
  });

  it('rejects what the Linked Places schema forbids (the schema can fail)', () => {
    const document = buildLinkedPlaces(snapshot, BASE) as { features: Array<Record<string, unknown>> };
    const broken = structuredClone(document);
    delete broken.features[0]!['names'];
    (broken.features[1]!['when'] as { timespans: Array<Record<string, unknown>> }).timespans[0]!['start'] = { in: '1976-2-1' };
    expect(validateLinkedPlaces(broken)).toEqual(
      expect.arrayContaining([
        "/features/0: must have required property 'names'",
        '/features/1/when/timespans/0/start/in: must match pattern "^-?\\d{4}(-\\d{2}(-\\d{2})?)?[~?%]?$"',
      ]),
    );
  });

  it('keeps a month-precision date a month: its EDTF text with the first and last day it covers', () => {
    const gamma = featureOf(buildLinkedPlaces(snapshot, BASE), 'gamma');
    expect(gamma['when']).toEqual({
      timespans: [{ start: { in: '1976-02', earliest: '1976-02-01', latest: '1976-02-29' } }],
      label: 'legal existence',
    });
    expect(gamma['operatingWhen']).toBeUndefined();
    expect(gamma['@id']).toBe(`${BASE}/unit/gamma`);
    expect(gamma['geometry']).toBeNull();
    expect(gamma['types']).toEqual([expect.objectContaining({ identifier: 'aat:300008389', label: 'cities' })]);
  });

  it('writes a day known exactly as { in: day } only', () => {
    const document = buildLinkedPlaces({ ...snapshot, provinces: [unit('delta', 'Delta', { established: '1992-05-05' })] }, BASE);
    expect(featureOf(document, 'delta')['when']).toEqual({ timespans: [{ start: { in: '1992-05-05' } }], label: 'legal existence' });
  });

  it('gives a unit whose apparatus began on another day its operating lifetime beside the legal one', () => {
    const delta = unit('delta', 'Delta', {
      established: '1991-12-26',
      operatingEstablished: '1992-05-05',
      dissolved: '2025-06-12',
      operatingDissolved: '2025-07-01',
    });
    const document = buildLinkedPlaces({ ...snapshot, provinces: [delta] }, BASE);
    expect(featureOf(document, 'delta')['when']).toEqual({
      timespans: [{ start: { in: '1991-12-26' }, end: { in: '2025-06-12' } }],
      label: 'legal existence',
    });
    expect(featureOf(document, 'delta')['operatingWhen']).toEqual({
      timespans: [{ start: { in: '1992-05-05' }, end: { in: '2025-07-01' } }],
      label: 'operating',
    });
    expect(unmappedKeys(document, BASE)).toEqual([]);
  });

  it('relates the units of a change both ways, dated and cited, with the change’s certainty', () => {
    const document = buildLinkedPlaces(snapshot, BASE);
    expect(featureOf(document, 'gamma')['relations']).toEqual([
      expect.objectContaining({
        relationType: 'diachi:successorOf',
        relationTo: `${BASE}/unit/alpha`,
        certainty: 'less-certain',
        change: `${BASE}/change/chg-gamma`,
      }),
      expect.objectContaining({
        relationType: 'diachi:successorOf',
        relationTo: `${BASE}/unit/beta`,
        extent: 'part',
        label: 'hợp nhất 1976-02: từ Bêta (một phần: huyện Một)',
      }),
    ]);
    expect(featureOf(document, 'alpha')['relations']).toEqual([
      expect.objectContaining({
        relationType: 'diachi:predecessorOf',
        relationTo: `${BASE}/unit/gamma`,
        extent: 'whole',
        label: 'hợp nhất 1976-02: thành Gamma (toàn bộ)',
        when: { timespans: [{ start: { in: '1976-02', earliest: '1976-02-01', latest: '1976-02-29' } }], label: 'act 1976-02' },
        citations: [{ label: 'Nghị quyết mẫu, Quốc hội, 1976', '@id': 'https://example.org/law' }],
      }),
    ]);
  });

  it('cites names with their quotes, lists other names, and links Wikidata as a close match with its citation', () => {
    const document = buildLinkedPlaces(snapshot, BASE);
    expect(featureOf(document, 'gamma')['names']).toEqual([
      {
        toponym: 'Gamma',
        lang: 'vi',
        citations: [{ label: 'Nghị quyết mẫu, Quốc hội, 1976', '@id': 'https://example.org/law', quote: 'tỉnh Gamma được thành lập' }],
      },
    ]);
    expect(featureOf(document, 'beta')['names']).toEqual([expect.objectContaining({ toponym: 'Bêta' }), { toponym: 'Bê', lang: 'vi' }]);
    expect(featureOf(document, 'gamma')['links']).toEqual([
      { type: 'closeMatch', identifier: 'wd:Q42', citations: [expect.objectContaining({ quote: 'Q42' })] },
    ]);
    expect(featureOf(document, 'alpha')['links']).toBeUndefined();
  });

  it('dates both names of a rename', () => {
    const rename: ChangeRecord = {
      ...merger,
      id: 'chg-rename',
      kind: 'rename',
      date: '2008-05-29',
      effectiveDate: '2008-08-01',
      before: ['gamma'],
      after: ['gamma'],
      ended: [],
      began: [],
      continued: ['gamma'],
      flows: [],
      fromName: 'Gamma',
      toName: 'Gamma Mới',
    };
    const document = buildLinkedPlaces({ ...snapshot, changes: [rename] }, BASE);
    expect(featureOf(document, 'gamma')['names']).toEqual([
      expect.objectContaining({ toponym: 'Gamma', when: { timespans: [{ start: {}, end: { in: '2008-08-01' } }] } }),
      expect.objectContaining({ toponym: 'Gamma Mới', when: { timespans: [{ start: { in: '2008-08-01' } }] } }),
    ]);
    expect(validateLinkedPlaces(document)).toEqual([]);
  });
});
