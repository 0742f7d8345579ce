import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../../src/seed/readSeedFiles.js';
import { isHeadTitle, officeCoverage } from '../../../src/seed/officeCoverage.js';
import { renderOfficeCoverage } from '../../../src/seed/renderOfficeCoverage.js';
import { validateSeeds } from '../../../src/seed/validateSeeds.js';
import { VALID_SEEDS, writeSeedFixture } from '../../helpers/seedFixture.js';

// A small country: Old A and Old B merged into New AB by a 2025-style change (legal 12 Jun,
// operating 1 Jul); Kept lives on; each office exercises one counting rule.
const COUNTRY = {
  provinces: `
- { id: old-a, name: Old A, kind: province, dissolved: "2025-06-12", confidence: confirmed, sources: [S-law] }
- { id: old-b, name: Old B, kind: province, dissolved: "2025-06-12", confidence: confirmed, sources: [S-law] }
- { id: new-ab, name: New AB, kind: province, established: "2025-06-12", current: true, confidence: confirmed, sources: [S-law] }
- { id: kept, name: Kept, kind: city, current: true, confidence: confirmed, sources: [S-law] }
- { id: ancient, name: Ancient, kind: province, dissolved: "1976-02", confidence: confirmed, sources: [S-law] }
`,
  changes: `
- id: chg-2025-ab
  kind: merge
  date: "2025-06-12"
  effectiveDate: "2025-06-12"
  operatingDate: "2025-07-01"
  ended: [old-a, old-b]
  began: [new-ab]
  flows:
    - { from: old-a, to: new-ab, extent: whole }
    - { from: old-b, to: new-ab, extent: whole }
  confidence: confirmed
  sources: [S-law]
- id: chg-2025-ab-ubnd
  kind: merge
  date: "2025-06"
  effectiveDate: "2025-07-01"
  ended: [off-a-ubnd]
  began: [off-ab-ubnd]
  flows:
    - { from: off-a-ubnd, to: off-ab-ubnd, extent: whole }
  confidence: uncertain
  notes: "the offices follow their units"
  sources: [S-law]
`,
  offices: `
- { id: off-a-ubnd, name: Văn phòng UBND tỉnh Old A, kind: ubnd, province: old-a, dissolved: "2025-07-01", confidence: single-source, sources: [A900] }
- { id: off-a-hdnd, name: Văn phòng HĐND tỉnh Old A, kind: hdnd, province: old-a, dissolved: "2021-04-01", confidence: single-source, sources: [A900] }
- { id: off-a-party, name: Văn phòng Tỉnh ủy Old A, kind: party, province: old-a, confidence: single-source, sources: [A900] }
- { id: off-b-pilot, name: "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Old B", kind: dbqh-hdnd-ubnd, province: old-b, confidence: single-source, sources: [A900] }
- { id: off-ab-ubnd, name: Văn phòng UBND tỉnh New AB, kind: ubnd, province: new-ab, established: "2025-07-01", confidence: single-source, sources: [A900] }
- { id: off-kept-ubnd, name: Văn phòng UBND thành phố Kept, kind: ubnd, province: kept, confidence: single-source, sources: [A900] }
- { id: off-kept-party, name: Văn phòng Thành ủy Kept, kind: party, province: kept, confidence: single-source, sources: [A900] }
- { id: off-kept-council, name: Văn phòng Đoàn ĐBQH và HĐND thành phố Kept, kind: dbqh-hdnd, province: kept, established: "2021-04-01", confidence: single-source, sources: [A900] }
- { id: off-kept-district, name: Văn phòng HĐND và UBND huyện X, kind: hdnd-ubnd, level: district, province: kept, confidence: single-source, sources: [A900] }
- { id: off-somewhere, name: Văn phòng UBND tỉnh, kind: ubnd, unresolved: "the article never names the province", confidence: single-source, sources: [A900] }
`,
  people: `
- { id: per-a, name: Nguyễn Văn A, confidence: single-source, sources: [A900] }
`,
  tenures: `
- { id: pos-head, person: per-a, title: Chánh Văn phòng UBND tỉnh, office: off-a-ubnd, start: "2019-03", confidence: single-source, sources: [A900] }
- { id: pos-deputy, person: per-a, title: "Tỉnh ủy viên, Phó chánh văn phòng Tỉnh ủy", office: off-a-party, attested: ["2018-05-02"], confidence: single-source, sources: [A900] }
- { id: pos-undated, person: per-a, title: Chánh Văn phòng Thành ủy, office: off-kept-party, confidence: single-source, sources: [A900] }
- { id: pos-in-charge, person: per-a, title: phụ trách Văn phòng Thành ủy, office: off-kept-party, start: "2020", confidence: single-source, sources: [A900] }
- { id: pos-district, person: per-a, title: Chánh Văn phòng HĐND và UBND huyện X, office: off-kept-district, start: "2001", confidence: single-source, sources: [A900] }
- { id: pos-chair, person: per-a, title: Chủ tịch UBND thành phố Kept, province: kept, start: "2016", confidence: single-source, sources: [A900] }
`,
  events: `
- { id: ev-party-a, kind: anniversary, title: Kỷ niệm, date: "1990-05", subjects: [off-a-party], confidence: single-source, sources: [A900] }
`,
};

const coverageOf = (overrides: Partial<typeof COUNTRY> = {}) => {
  const dir = writeSeedFixture({ ...COUNTRY, ...overrides, sources: VALID_SEEDS.sources });
  const { dataset, problems } = validateSeeds(readSeedFiles(dir, dir));
  expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([]);
  return officeCoverage(dataset!);
};
const unit = (coverage: ReturnType<typeof officeCoverage>, id: string) => coverage.units.find((u) => u.unit === id);

describe('officeCoverage', () => {
  it('lists a unit when it is current, of 2008–2025 or has an office, and no other', () => {
    expect(coverageOf().units.map((u) => [u.unit, u.current, u.of2008to2025])).toEqual([
      ['old-a', false, true],
      ['old-b', false, true],
      ['new-ab', true, false],
      ['kept', true, true],
    ]);
  });

  it('groups offices by kind: the pilot office stands for both UBND and the councils, district and unresolved offices for no unit', () => {
    const coverage = coverageOf();
    expect(unit(coverage, 'old-a')!.offices).toEqual({ ubnd: ['off-a-ubnd'], party: ['off-a-party'], council: ['off-a-hdnd'] });
    expect(unit(coverage, 'old-b')!.offices).toEqual({ ubnd: ['off-b-pilot'], party: [], council: ['off-b-pilot'] });
    expect(unit(coverage, 'kept')!.offices).toEqual({ ubnd: ['off-kept-ubnd'], party: ['off-kept-party'], council: ['off-kept-council'] });
    expect(coverage.totals.offices).toBe(8);
    expect(coverage.totals.current).toEqual({ units: 2, allThree: 1, ubnd: 2, party: 1, council: 1 });
    expect(coverage.totals.of2008to2025).toEqual({ units: 3, allThree: 2, ubnd: 3, party: 2, council: 3 });
  });

  it('counts a head only with a Chánh or Phó Chánh Văn phòng title and a date, in a provincial office', () => {
    const coverage = coverageOf();
    expect(coverage.units.map((u) => [u.unit, u.datedHeads])).toEqual([
      ['old-a', 2],
      ['old-b', 0],
      ['new-ab', 0],
      ['kept', 0],
    ]);
    expect(coverage.totals).toMatchObject({ unitsWithDatedHead: 1, datedHeads: 2 });
  });

  it('recognises head titles whatever their case, and not a post in charge of an office', () => {
    expect(isHeadTitle('Chánh Văn phòng UBND tỉnh')).toBe(true);
    expect(isHeadTitle('Ủy viên Ban Thường vụ Thành ủy, Chánh văn phòng Thành ủy')).toBe(true);
    expect(isHeadTitle('Phó chánh Văn phòng Tỉnh ủy')).toBe(true);
    expect(isHeadTitle('Chánh Văn phòng'.normalize('NFD'))).toBe(true);
    expect(isHeadTitle('phụ trách Văn phòng Đoàn đại biểu Quốc hội, HĐND và UBND tỉnh Tây Ninh')).toBe(false);
    expect(isHeadTitle('Chủ tịch UBND tỉnh')).toBe(false);
  });

  it('gives the earliest date of any record about the unit\'s offices, as the source writes it', () => {
    const coverage = coverageOf();
    expect(unit(coverage, 'old-a')!.earliest).toBe('1990-05');
    expect(unit(coverage, 'old-b')!.earliest).toBeNull();
    expect(unit(coverage, 'new-ab')!.earliest).toBe('2025-06'); // the office change's act
    expect(unit(coverage, 'kept')!.earliest).toBe('2020'); // a post in charge counts; the district office's head (2001) does not
  });

  it('asks each office alive on the eve of a 1 July 2025 merger what it became', () => {
    const coverage = coverageOf();
    expect(unit(coverage, 'old-a')!.merged2025).toEqual({ said: ['off-a-ubnd'], unsaid: ['off-a-party'] });
    expect(unit(coverage, 'old-b')!.merged2025).toEqual({ said: [], unsaid: ['off-b-pilot'] });
    expect(unit(coverage, 'kept')!.merged2025).toBeNull();
    expect(coverage.totals.merged2025).toEqual({ units: 2, offices: 3, said: 1, unsaid: 2 });
  });

  it('renders the totals and one row per unit', () => {
    const text = renderOfficeCoverage(coverageOf());
    expect(text).toContain('| Units of today | 2 | 1 | 2 | 1 | 1 |');
    expect(text).toContain('| Kept | `kept` | ✓ | ✓ | ✓ | 0 | 2020 |  |');
    expect(text).toContain('| Old B | `old-b` | ✓ | — | ✓ | 0 | — | 0 of 1 |');
    expect(text).toContain('their 3 offices of that day: 1 say what they became, 2 do not yet.');
  });
});
