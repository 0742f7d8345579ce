import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../src/dates/index.js';
import type { ChangeRecord, ProvinceRecord, TenureRecord } from '../../../src/repositories/records.js';
import { buildTimeline } from '../../../src/timeline/buildTimeline.js';

const province: ProvinceRecord = {
  __typename: 'Province',
  id: 'cuu-long',
  name: 'Cửu Long',
  otherNames: [],
  kind: 'province',
  established: '1976-02',
  dissolved: '1992-05-05',
  operatingEstablished: '1976-02',
  operatingDissolved: '1992-05-05',
  current: false,
  seat: null,
  gsoCode: null,
  confidence: 'confirmed',
  notes: null,
};
const merger: ChangeRecord = {
  __typename: 'Change',
  id: 'chg-1976',
  kind: 'merge',
  date: '1976-02',
  effectiveDate: null,
  operatingDate: null,
  legalBasis: null,
  fromName: null,
  toName: null,
  before: ['vl', 'tv'],
  after: ['cuu-long'],
  ended: ['vl', 'tv'],
  began: ['cuu-long'],
  continued: [],
  flows: [
    { from: 'vl', to: 'cuu-long', extent: 'whole', parts: [], change: 'chg-1976', sources: [] },
    { from: 'tv', to: 'cuu-long', extent: 'whole', parts: [], change: 'chg-1976', sources: [] },
  ],
  confidence: 'confirmed',
  notes: null,
};
const tenure: TenureRecord = {
  __typename: 'Tenure',
  id: 'pos-1',
  title: 'Chủ tịch UBND tỉnh',
  personId: 'per-1',
  atId: 'cuu-long',
  atLabel: 'Province',
  start: '1976',
  end: null,
  current: false,
  attested: ['1980-05-01'],
  confidence: 'single-source',
  notes: null,
};
const names = new Map([
  ['vl', 'Vĩnh Long'],
  ['tv', 'Trà Vinh'],
  ['cuu-long', 'Cửu Long'],
  ['per-1', 'Nguyễn Văn A'],
]);
const story = (filter: Partial<Parameters<typeof buildTimeline>[1]> = {}) =>
  buildTimeline(
    { subject: province, changes: [merger], offices: [], tenures: [tenure], events: [], names },
    { from: null, to: null, kinds: null, ...filter },
  ).map((e) => `${e.date.edtf} ${e.kind} ${e.label}`);

describe('buildTimeline', () => {
  it('tells the story in order, coarser dates first, with Vietnamese labels', () => {
    expect(story()).toEqual([
      '1976 TENURE_STARTED Nguyễn Văn A bắt đầu giữ chức Chủ tịch UBND tỉnh',
      '1976-02 CHANGE Hợp nhất: Vĩnh Long, Trà Vinh → Cửu Long',
      '1976-02 ESTABLISHED Thành lập tỉnh Cửu Long',
      '1980-05-01 TENURE_ATTESTED Nguyễn Văn A đang giữ chức Chủ tịch UBND tỉnh (theo nguồn)',
      '1992-05-05 DISSOLVED Kết thúc tỉnh Cửu Long (đơn vị mới hoặc đơn vị kế tục bắt đầu)',
    ]);
  });

  it('leaves out what has no date instead of guessing one (the tenure has no end)', () => {
    expect(story().some((line) => line.includes('TENURE_ENDED'))).toBe(false);
  });

  it('keeps entries whose dates overlap the range, partial dates included', () => {
    expect(story({ from: parseCalendarDate('1976-02-15'), to: parseCalendarDate('1980') })).toEqual([
      '1976 TENURE_STARTED Nguyễn Văn A bắt đầu giữ chức Chủ tịch UBND tỉnh',
      '1976-02 CHANGE Hợp nhất: Vĩnh Long, Trà Vinh → Cửu Long',
      '1976-02 ESTABLISHED Thành lập tỉnh Cửu Long',
      '1980-05-01 TENURE_ATTESTED Nguyễn Văn A đang giữ chức Chủ tịch UBND tỉnh (theo nguồn)',
    ]);
  });

  it('filters by kind', () => {
    expect(story({ kinds: ['DISSOLVED'] })).toEqual([
      '1992-05-05 DISSOLVED Kết thúc tỉnh Cửu Long (đơn vị mới hoặc đơn vị kế tục bắt đầu)',
    ]);
  });
});
