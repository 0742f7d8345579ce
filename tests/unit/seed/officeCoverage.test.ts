import { describe, expect, it } from 'vitest';
import { readSeedFiles } from '../../../src/seed/readSeedFiles.js';
import { isHeadTitle, officeCoverage } from '../../../src/seed/officeCoverage.js';
import { renderOfficeCoverage } from '../../../src/seed/renderOfficeCoverage.js';
import { validateSeeds } from '../../../src/seed/validateSeeds.js';
import { OFFICE_COUNTRY as COUNTRY } from '../../helpers/officeCountry.js';
import { VALID_SEEDS, writeSeedFixture } from '../../helpers/seedFixture.js';

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
    expect(unit(coverage, 'old-a')!.offices).toEqual({
      ubnd: ['off-a-ubnd'],
      party: ['off-a-party'],
      council: ['off-a-hdnd', 'off-a-council'],
    });
    expect(unit(coverage, 'old-b')!.offices).toEqual({ ubnd: ['off-b-pilot'], party: [], council: ['off-b-pilot'] });
    expect(unit(coverage, 'kept')!.offices).toEqual({ ubnd: ['off-kept-ubnd'], party: ['off-kept-party'], council: ['off-kept-council'] });
    expect(coverage.totals.offices).toBe(10);
    expect(coverage.totals.current).toEqual({ units: 2, allThree: 1, ubnd: 2, party: 1, council: 2 });
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

  it("gives the earliest date of any record about the unit's offices, as the source writes it", () => {
    const coverage = coverageOf();
    expect(unit(coverage, 'old-a')!.earliest).toBe('1990-05');
    expect(unit(coverage, 'old-b')!.earliest).toBeNull();
    expect(unit(coverage, 'new-ab')!.earliest).toBe('2025-06'); // the office change's act
    expect(unit(coverage, 'kept')!.earliest).toBe('2020'); // a post in charge counts; the district office's head (2001) does not
  });

  it('asks each office alive on the eve of a 1 July 2025 merger what it became', () => {
    const coverage = coverageOf();
    expect(unit(coverage, 'old-a')!.merged2025).toEqual({ said: ['off-a-ubnd', 'off-a-council'], unsaid: ['off-a-party'] });
    expect(unit(coverage, 'old-b')!.merged2025).toEqual({ said: [], unsaid: ['off-b-pilot'] });
    expect(unit(coverage, 'kept')!.merged2025).toBeNull();
    expect(coverage.totals.merged2025).toEqual({ units: 2, offices: 4, said: 2, unsaid: 2 });
  });

  it('renders the totals and one row per unit', () => {
    const text = renderOfficeCoverage(coverageOf());
    expect(text).toContain('| Units of today | 2 | 1 | 2 | 1 | 2 |');
    expect(text).toContain('| Kept | `kept` | ✓ | ✓ | ✓ | 0 | 2020 |  |');
    expect(text).toContain('| Old B | `old-b` | ✓ | — | ✓ | 0 | — | 0 of 1 |');
    expect(text).toContain('their 4 offices of that day: 2 say what they became, 2 do not yet.');
  });
});
