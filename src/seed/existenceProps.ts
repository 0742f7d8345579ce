import {
  BASES,
  CERTAINTIES,
  existenceSpan,
  legalDateOf,
  spanProperty,
  operatingDateOf,
  type Basis,
  type HistoricalDate,
} from '../dates/index.js';
import type { SeedDataset } from './SeedDataset.js';

/** A unit's or office's bounds on one basis. */
export interface Bounds {
  readonly start: HistoricalDate | null;
  readonly end: HistoricalDate | null;
}

/**
 * The bounds of every unit and office on both bases (docs/model.md, "Two bases"): legally it lives
 * from the legal date of the change that began it (effectiveDate, else date) to the legal date of
 * the change that ended it; operationally from the operatingDate of those changes, else their legal
 * date. A member with no beginning (ending) change in the data uses its own `established`
 * (`dissolved`) on both bases.
 */
export function boundsOf(dataset: SeedDataset): Map<string, Record<Basis, Bounds>> {
  const began = new Map<string, SeedDataset['changes'][number]>();
  const ended = new Map<string, SeedDataset['changes'][number]>();
  for (const change of dataset.changes) {
    for (const id of change.began) began.set(id, change);
    for (const id of change.ended) ended.set(id, change);
  }
  const bounds = new Map<string, Record<Basis, Bounds>>();
  for (const unit of [...dataset.provinces, ...dataset.offices]) {
    const b = began.get(unit.id);
    const e = ended.get(unit.id);
    bounds.set(unit.id, {
      LEGAL: { start: b ? legalDateOf(b) : (unit.established ?? null), end: e ? legalDateOf(e) : (unit.dissolved ?? null) },
      OPERATING: { start: b ? operatingDateOf(b) : (unit.established ?? null), end: e ? operatingDateOf(e) : (unit.dissolved ?? null) },
    });
  }
  return bounds;
}

/**
 * For each unit that re-establishes an earlier one, the earlier one's id: a unit of the same name
 * (or other name) that ended at an earlier change than the one that began this unit. Quảng Ngãi
 * (`quang-ngai-1989`) re-establishes `quang-ngai-pre1976`; the new Lai Châu of 2004 does not
 * re-establish the Lai Châu that ended at the same change, it continues its name.
 */
export function reestablishedFrom(dataset: SeedDataset, bounds: Map<string, Record<Basis, Bounds>>): Map<string, string> {
  // Units by each name they bore, in dataset order: comparing every unit with every other was
  // quadratic (18 s at 8,000 units, most of an hour for the benchmark's 10^6-node history).
  const byName = new Map<string, number[]>();
  dataset.provinces.forEach((unit, index) => {
    for (const name of new Set([unit.name, ...(unit.otherNames ?? [])])) {
      const list = byName.get(name);
      if (list) list.push(index);
      else byName.set(name, [index]);
    }
  });
  const found = new Map<string, string>();
  for (const unit of dataset.provinces) {
    const start = bounds.get(unit.id)?.LEGAL.start;
    if (!start) continue;
    const namesakes = new Set([unit.name, ...(unit.otherNames ?? [])].flatMap((name) => byName.get(name) ?? []));
    // Dataset order first, so that the stable sort below breaks ties exactly as before.
    const earlier = [...namesakes]
      .sort((a, b) => a - b)
      .map((index) => dataset.provinces[index]!)
      .filter((other) => other.id !== unit.id)
      .filter((other) => {
        const end = bounds.get(other.id)?.LEGAL.end;
        return end !== null && end !== undefined && end.latest < start.earliest;
      })
      .sort((a, b) => bounds.get(b.id)!.LEGAL.end!.earliest.localeCompare(bounds.get(a.id)!.LEGAL.end!.earliest));
    if (earlier[0]) found.set(unit.id, earlier[0].id);
  }
  return found;
}

/**
 * The span properties of one unit or office (src/cypher/existedOn.ts), ISO days the loader stores
 * as DATEs. A unit without a recorded end is still there only when `current`; an office without
 * one is counted as long as the sources give no end (the SDL of `offices` says so).
 */
export function existenceProps(bounds: Record<Basis, Bounds>, openEnd: 'PRESENT' | 'UNKNOWN'): Record<string, string | null> {
  const props: Record<string, string | null> = {};
  for (const basis of BASES) {
    for (const certainty of CERTAINTIES) {
      const span = existenceSpan(bounds[basis].start, bounds[basis].end, certainty, openEnd);
      props[spanProperty(basis, certainty, 'From')] = span?.from ?? null;
      props[spanProperty(basis, certainty, 'Until')] = span?.until ?? null;
    }
  }
  return props;
}
