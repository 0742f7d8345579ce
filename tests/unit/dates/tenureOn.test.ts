import { describe, expect, it } from 'vitest';
import { parseHistoricalDate, tenureOn, type HistoricalDate } from '../../../src/dates/index.js';
import { postRole } from '../../../src/text/postRole.js';

const d = (edtf: string | null): HistoricalDate | null => (edtf === null ? null : parseHistoricalDate(edtf));
const tenure = (start: string | null, end: string | null, options: { current?: boolean; attested?: string[] } = {}) => ({
  start: d(start),
  end: d(end),
  current: options.current ?? false,
  attested: (options.attested ?? []).map((a) => d(a)!),
});

describe('tenureOn', () => {
  it('is DEFINITE inside both bounds whatever the exact day of a partial date, POSSIBLE where a partial bound leaves it open', () => {
    const t = tenure('2011', '2013?'); // Nguyễn Xuân Ký, Văn phòng Tỉnh ủy Quảng Ninh
    expect(tenureOn(t, '2011-06-01')).toBe('POSSIBLE');
    expect(tenureOn(t, '2012-06-01')).toBe('DEFINITE');
    expect(tenureOn(t, '2013-12-31')).toBe('POSSIBLE');
    expect(tenureOn(t, '2014-01-01')).toBeNull();
    expect(tenureOn(t, '2010-12-31')).toBeNull();
  });

  it('reads a missing end as unknown unless a source says the post is current', () => {
    expect(tenureOn(tenure('2019-03-12', null), '2020-01-01')).toBe('POSSIBLE');
    expect(tenureOn(tenure('2019-03-12', null, { current: true }), '2020-01-01')).toBe('DEFINITE');
    expect(tenureOn(tenure('2019-03-12', null), '2019-03-11')).toBeNull();
  });

  it('is DEFINITE on a day a source shows the person in post, and only POSSIBLE in an attested month', () => {
    const t = tenure(null, null, { attested: ['1991-09-19', '2022-08'] });
    expect(tenureOn(t, '1991-09-19')).toBe('DEFINITE');
    expect(tenureOn(t, '2022-08-15')).toBe('POSSIBLE');
    expect(tenureOn(tenure(null, null, { attested: ['1991-09-19~'] }), '1991-09-19')).toBe('POSSIBLE');
  });
});

describe('postRole', () => {
  it.each([
    ['Chánh Văn phòng UBND tỉnh', 'HEAD'],
    ['Ủy viên Ban Thường vụ Thành ủy, Chánh văn phòng Thành ủy', 'HEAD'],
    ['Phó chánh Văn phòng Tỉnh ủy', 'DEPUTY'],
    ['Tỉnh ủy viên, Phó Chánh Văn phòng Tỉnh ủy Ninh Bình', 'DEPUTY'],
    ['Phó Chánh Văn phòng'.normalize('NFD'), 'DEPUTY'],
    ['phụ trách Văn phòng Đoàn đại biểu Quốc hội, HĐND và UBND tỉnh Tây Ninh', 'OTHER'],
    ['Chủ tịch UBND tỉnh Vĩnh Long', 'OTHER'],
  ])('reads "%s" as %s', (title, role) => {
    expect(postRole(title)).toBe(role);
  });
});
