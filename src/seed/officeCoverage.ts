import { compareHistoricalDates, existenceSpan, inSpan, legalDateOf, operatingDateOf, type HistoricalDate } from '../dates/index.js';
import { postRole } from '../text/postRole.js';
import { boundsOf } from './existenceProps.js';
import type { SeedDataset } from './SeedDataset.js';

// How much of the country's office history seeds/ holds (issue 12, "Targets"). Pure: counted from
// the validated dataset, by `npm run coverage` (docs/data/office-coverage.md) and by the seed
// loader (the `about` field). The rules are the exported constants and functions below, each
// pinned by tests/unit/seed/officeCoverage.test.ts.

/** The three offices every provincial-level unit has: the People's Committee's, the Party's, the councils'. */
export type OfficeGroup = 'ubnd' | 'party' | 'council';

/**
 * Which office kinds stand for each group. The UBND office includes its earlier form, the combined
 * Văn phòng HĐND và UBND, as issue 12 counts it; the councils' office is the combined Văn phòng
 * Đoàn ĐBQH và HĐND (from 2021) or one of its parts (Văn phòng Đoàn ĐBQH, Văn phòng HĐND). The
 * single office of the 2019 pilot served all three bodies, so it stands for both the UBND and the
 * councils' office.
 */
export const OFFICE_GROUPS: Readonly<Record<OfficeGroup, readonly string[]>> = {
  ubnd: ['ubnd', 'hdnd-ubnd', 'dbqh-hdnd-ubnd'],
  party: ['party'],
  council: ['dbqh-hdnd', 'dbqh', 'hdnd', 'dbqh-hdnd-ubnd'],
};

export const GROUPS = ['ubnd', 'party', 'council'] as const satisfies readonly OfficeGroup[];

/**
 * The 63 units "of 2008–2025" are those that existed, on the legal basis and for certain, on the
 * eve of the 2025 reform (in force 12 Jun 2025, Nghị quyết 202/2025/QH15): the units the reform
 * merged or kept. One day rather than the whole period, because Thừa Thiên Huế became the
 * centrally-run city of Huế (a new identity, `hue-2025`) on 1 Jan 2025: over the period there were
 * 64 identities but never more than 63 units on a day. Offices recorded under Thừa Thiên Huế stay
 * in its own row.
 */
export const EVE_OF_2025_REFORM = '2025-06-11';

/** The day the units of the 2025 reform began to operate (Nghị quyết 202/2025/QH15, Điều 2). */
export const REFORM_2025_OPERATING_DAY = '2025-07-01';

/**
 * A head of an office is a tenure whose title, as the source writes it, names a Chánh or Phó Chánh
 * Văn phòng (src/text/postRole.ts, the rule `Office.holders` orders by). It counts as dated when
 * it has a start, an end or an attested date.
 */
export function isHeadTitle(title: string): boolean {
  return postRole(title) !== 'OTHER';
}

export interface UnitOfficeCoverage {
  readonly unit: string;
  readonly name: string;
  /** One of the 34 units of today (`current: true`). */
  readonly current: boolean;
  /** One of the 63 units of 2008–2025 (EVE_OF_2025_REFORM). */
  readonly of2008to2025: boolean;
  /** The unit's provincial-level offices in each group, by id (district offices are not the unit's). */
  readonly offices: Readonly<Record<OfficeGroup, readonly string[]>>;
  /** How many dated head tenures (isHeadTitle) its offices hold. */
  readonly datedHeads: number;
  /** The earliest date any record about its offices gives (each record cites its sources), as EDTF. */
  readonly earliest: string | null;
  /** For a unit merged on 1 Jul 2025: its offices of that day that say what they became (a flow out), and those that do not. */
  readonly merged2025: { readonly said: readonly string[]; readonly unsaid: readonly string[] } | null;
}

export interface GroupTally {
  /** How many units the tally is over. */
  readonly units: number;
  /** Units with an office of every group. */
  readonly allThree: number;
  readonly ubnd: number;
  readonly party: number;
  readonly council: number;
}

export interface OfficeCoverage {
  /** Every unit that is current, of 2008–2025, or has at least one office, in seeds/ order. */
  readonly units: readonly UnitOfficeCoverage[];
  readonly totals: {
    readonly offices: number;
    readonly current: GroupTally;
    readonly of2008to2025: GroupTally;
    readonly unitsWithDatedHead: number;
    readonly datedHeads: number;
    readonly merged2025: { readonly units: number; readonly offices: number; readonly said: number; readonly unsaid: number };
  };
}

/** Counts the office coverage of a validated dataset. */
export function officeCoverage(dataset: SeedDataset): OfficeCoverage {
  const bounds = boundsOf(dataset);
  const officesOf = new Map<string, SeedDataset['offices']>();
  for (const office of dataset.offices) {
    if (!office.province || (office.level ?? 'province') !== 'province') continue;
    officesOf.set(office.province, [...(officesOf.get(office.province) ?? []), office]);
  }
  const flowsOut = new Set(dataset.changes.flatMap((change) => change.flows.map((flow) => flow.from)));
  const datesOf = datesByOffice(dataset);
  const headsOf = new Map<string, number>();
  for (const tenure of dataset.tenures) {
    if (!tenure.office || !isHeadTitle(tenure.title)) continue;
    if (!tenure.start && !tenure.end && tenure.attested.length === 0) continue;
    headsOf.set(tenure.office, (headsOf.get(tenure.office) ?? 0) + 1);
  }
  // The last legal day of each unit merged on 1 Jul 2025: its offices alive then must say what they became.
  const lastDayOf = new Map<string, string>();
  for (const change of dataset.changes) {
    const legal = legalDateOf(change);
    if (operatingDateOf(change)?.edtf !== REFORM_2025_OPERATING_DAY || !legal) continue;
    for (const id of change.ended) lastDayOf.set(id, dayBefore(legal.earliest));
  }

  const units: UnitOfficeCoverage[] = [];
  for (const unit of dataset.provinces) {
    const legal = bounds.get(unit.id)!.LEGAL;
    const span = existenceSpan(legal.start, legal.end, 'DEFINITE', unit.current ? 'PRESENT' : 'UNKNOWN');
    const of2008to2025 = inSpan(span, EVE_OF_2025_REFORM);
    const offices = officesOf.get(unit.id) ?? [];
    if (!unit.current && !of2008to2025 && offices.length === 0) continue;
    const dates = offices.flatMap((office) => datesOf.get(office.id) ?? []).sort(compareHistoricalDates);
    const lastDay = lastDayOf.get(unit.id);
    const alive = lastDay
      ? offices.filter((office) => {
          const b = bounds.get(office.id)!.LEGAL;
          return inSpan(existenceSpan(b.start, b.end, 'POSSIBLE', 'PRESENT'), lastDay);
        })
      : [];
    units.push({
      unit: unit.id,
      name: unit.name,
      current: unit.current === true,
      of2008to2025,
      offices: Object.fromEntries(
        GROUPS.map((group) => [group, offices.filter((o) => OFFICE_GROUPS[group].includes(o.kind)).map((o) => o.id)]),
      ) as Record<OfficeGroup, string[]>,
      datedHeads: offices.reduce((sum, office) => sum + (headsOf.get(office.id) ?? 0), 0),
      earliest: dates[0]?.edtf ?? null,
      merged2025: lastDay
        ? {
            said: alive.filter((o) => flowsOut.has(o.id)).map((o) => o.id),
            unsaid: alive.filter((o) => !flowsOut.has(o.id)).map((o) => o.id),
          }
        : null,
    });
  }

  const merged = units.filter((u) => u.merged2025);
  return {
    units,
    totals: {
      offices: units.reduce((sum, u) => sum + GROUPS.reduce((n, g) => n + u.offices[g].length, 0) - overlap(u), 0),
      current: tally(units.filter((u) => u.current)),
      of2008to2025: tally(units.filter((u) => u.of2008to2025)),
      unitsWithDatedHead: units.filter((u) => u.datedHeads > 0).length,
      datedHeads: units.reduce((sum, u) => sum + u.datedHeads, 0),
      merged2025: {
        units: merged.length,
        offices: merged.reduce((sum, u) => sum + u.merged2025!.said.length + u.merged2025!.unsaid.length, 0),
        said: merged.reduce((sum, u) => sum + u.merged2025!.said.length, 0),
        unsaid: merged.reduce((sum, u) => sum + u.merged2025!.unsaid.length, 0),
      },
    },
  };
}

function tally(units: readonly UnitOfficeCoverage[]): GroupTally {
  const has = (u: UnitOfficeCoverage, g: OfficeGroup) => u.offices[g].length > 0;
  return {
    units: units.length,
    allThree: units.filter((u) => GROUPS.every((g) => has(u, g))).length,
    ubnd: units.filter((u) => has(u, 'ubnd')).length,
    party: units.filter((u) => has(u, 'party')).length,
    council: units.filter((u) => has(u, 'council')).length,
  };
}

// A pilot office (2019) is listed under two groups; the total counts it once.
const overlap = (u: UnitOfficeCoverage) => u.offices.ubnd.filter((id) => u.offices.council.includes(id)).length;

/** Every date the records about an office give: its own, its tenures', its events', its changes'. */
function datesByOffice(dataset: SeedDataset): Map<string, HistoricalDate[]> {
  const dates = new Map<string, HistoricalDate[]>();
  const add = (id: string | null | undefined, ...found: Array<HistoricalDate | null | undefined>) => {
    if (!id) return;
    const known = found.filter((d): d is HistoricalDate => !!d);
    if (known.length > 0) dates.set(id, [...(dates.get(id) ?? []), ...known]);
  };
  for (const office of dataset.offices) add(office.id, office.established, office.dissolved);
  for (const tenure of dataset.tenures) add(tenure.office, tenure.start, tenure.end, ...tenure.attested);
  for (const event of dataset.events) for (const subject of event.subjects) add(subject, event.date);
  for (const change of dataset.changes)
    for (const member of [...change.ended, ...change.began, ...change.continued]) add(member, change.date);
  return dates;
}

function dayBefore(day: string): string {
  const previous = new Date(`${day}T00:00:00Z`);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return previous.toISOString().slice(0, 10);
}
