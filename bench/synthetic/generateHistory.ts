import type { HistoricalDate } from '../../src/dates/index.js';
import { toHistoricalDate } from '../../src/dates/toHistoricalDate.js';
import type { Citation, Dispute, SeedRecords } from '../../src/seed/recordSchemas.js';
import type { SeedDataset } from '../../src/seed/SeedDataset.js';
import { createRandom, hashSeed, type Random } from './random.js';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, PLACE_SYLLABLES } from './vietnameseNames.js';

/**
 * A synthetic history of the shape of the real one, for the benchmark: provincial units over
 * several generations, merged, split, re-established, renamed and upgraded between 1945 and 2025,
 * with their offices, the people who held posts in them, events, and the sources citing all of it.
 *
 * It is generated region by region. A region is a self-contained history of about
 * UNITS_PER_REGION unit identities, drawn from its own PRNG seeded from (seed, region), so the
 * history of a region does not depend on how many regions there are, and lineages stay as deep as
 * real ones however large the graph grows. Every id starts with `syn-`: the uniqueness
 * constraints are global, and the real seeds never use that prefix.
 */
export interface HistoryOptions {
  /** How many provincial unit identities to create; every other kind of record scales with it. */
  readonly units: number;
  readonly seed?: number;
}

export const SYNTHETIC_ID_PREFIX = 'syn-';
/** Graph nodes per unit, all labels and disputes included: what `units` is sized by. */
export const NODES_PER_UNIT = 10;
export const UNITS_PER_REGION = 24;

export type SeedRecordLists = { [K in keyof SeedRecords]: Array<SeedRecords[K]> };

/** The synthetic history as parsed, validated-shape records: what the loader takes. */
export function generateHistory(options: HistoryOptions): SeedDataset {
  return toDataset(generateSeedRecords(options));
}

/** The same history as seed records with EDTF strings, as they would read in seeds/*.yaml. */
export function generateSeedRecords({ units, seed = 1 }: HistoryOptions): SeedRecordLists {
  if (!Number.isInteger(units) || units < 1) throw new Error(`Expected units to be a positive integer, but got: ${units}.`);
  const out: SeedRecordLists = { sources: [], provinces: [], changes: [], offices: [], people: [], tenures: [], events: [] };
  const regions = Math.ceil(units / UNITS_PER_REGION);
  for (let region = 0; region < regions; region += 1) {
    const quota = Math.min(UNITS_PER_REGION, units - region * UNITS_PER_REGION);
    generateRegion(region, quota, createRandom(hashSeed('diachi-synthetic', seed, region)), out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Days as integers (days since 1970-01-01, UTC): enough to order and space dates.

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
const isoOf = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

const START_OF_SCOPE = dayOf('1945-09-02');
const TODAY = dayOf('2025-06-30');
const REFORM_ACT = '2025-06-12';
const REFORM_EFFECTIVE = '2025-07-01';
/** Months from 1950-01 to 2025-05: each ordinary change of a region gets a month of its own. */
const FIRST_YEAR = 1950;
const MONTHS = (2025 - FIRST_YEAR) * 12 + 5;

// Dates go through the seed path's parser (src/dates/toHistoricalDate.ts, memoised), so a
// synthetic date is exactly what the same text in seeds/ would give. A history repeats a few tens
// of thousands of distinct date strings, each parsed once: toDataset for 20,000 units (about
// 200,000 nodes) took 11 s this way against 1 s with the hand-built plain dates it replaces, on a
// busy 2-core machine; a benchmark run takes minutes.
const historicalDate = toHistoricalDate as (edtf: string) => HistoricalDate;
const earliestDay = (edtf: string) => dayOf(historicalDate(edtf).earliest);

/** A day written at a random precision: day most often, as sources give it. */
function edtfOfDay(day: number, random: Random, weights: { day: number; month: number }): string {
  const iso = isoOf(day);
  const roll = random.next();
  if (roll < weights.day) return iso;
  if (roll < weights.day + weights.month) return iso.slice(0, 7);
  return iso.slice(0, 4);
}

// ---------------------------------------------------------------------------------------------

type UnitKind = SeedRecords['provinces']['kind'];
type ChangeKind = SeedRecords['changes']['kind'];

interface Unit {
  readonly id: string;
  base: string;
  readonly kind: UnitKind;
  readonly otherNames: string[];
  established: string | null;
  dissolved: string | null;
  /** The units a merger ended to create this one: what a re-establishment brings back. */
  readonly mergedFrom: readonly Unit[];
  /** The change that created it (for its citations); null for the units a region starts with. */
  createdBy: Draft | null;
}

interface Draft {
  readonly kind: ChangeKind;
  readonly before: Unit[];
  readonly after: Unit[];
  readonly fromName?: string;
  readonly toName?: string;
  /** One of the 1 July 2025 mergers that close every region's history. */
  readonly reform: boolean;
  id?: string;
  date?: string;
  effectiveDate?: string;
  sourceId?: string;
  legalBasis?: string;
}

const CONFIDENCE = ['confirmed', 'confirmed', 'confirmed', 'single-source', 'single-source', 'uncertain'] as const;

function displayName(unit: Pick<Unit, 'base' | 'kind'>): string {
  if (unit.kind === 'city') return `Thành phố ${unit.base}`;
  if (unit.kind === 'special-zone') return `Đặc khu ${unit.base}`;
  return unit.base;
}
function unitLabel(unit: Pick<Unit, 'base' | 'kind'>): string {
  if (unit.kind === 'city') return `thành phố ${unit.base}`;
  if (unit.kind === 'special-zone') return `đặc khu ${unit.base}`;
  return `tỉnh ${unit.base}`;
}

function generateRegion(region: number, quota: number, random: Random, out: SeedRecordLists): void {
  const prefix = `${SYNTHETIC_ID_PREFIX}${region}-`;
  const counters = { p: 0, chg: 0, src: 0, off: 0, per: 0, ten: 0, ev: 0 };
  const nextId = (kind: keyof typeof counters) => `${prefix}${kind}${(counters[kind] += 1)}`;
  const confidence = () => random.pick(CONFIDENCE);
  const placeName = () => {
    const [a, b] = random.sample(PLACE_SYLLABLES, 2) as [string, string];
    return `${a} ${b}`;
  };
  const newUnit = (base: string, kind: UnitKind, mergedFrom: readonly Unit[] = []): Unit => ({
    id: nextId('p'),
    base,
    kind,
    otherNames: [],
    established: null,
    dissolved: null,
    mergedFrom,
    createdBy: null,
  });

  // 1. The region's sources besides the legal acts: two articles and a data set that every
  //    kind of record may cite with a quote.
  const articles = [0, 1].map((i) => {
    const id = nextId('src');
    out.sources.push({
      id,
      kind: 'article',
      title: `Lịch sử hành chính vùng ${region + 1}, phần ${i + 1}`,
      publisher: `Báo địa phương vùng ${region + 1}`,
      date: String(2010 + random.int(0, 14)),
      url: `https://example.org/diachi-synthetic/${region}/${i}`,
      language: 'vi',
    });
    return id;
  });
  const dataset = nextId('src');
  out.sources.push({
    id: dataset,
    kind: 'dataset',
    title: `Danh mục đơn vị hành chính vùng ${region + 1}`,
    reference: `DM-${region + 1}`,
    language: 'vi',
  });
  const articleQuote = (text: string): Citation => ({ id: random.pick(articles), quote: text });

  // 2. The units a region starts with, then changes until it has had its quota of identities.
  const alive: Unit[] = [];
  const all: Unit[] = [];
  const born = (unit: Unit) => {
    alive.push(unit);
    all.push(unit);
    return unit;
  };
  const end = (unit: Unit) => alive.splice(alive.indexOf(unit), 1);
  for (let i = 0, n = Math.min(quota, random.int(4, 7)); i < n; i += 1) {
    const unit = born(newUnit(placeName(), random.chance(0.1) ? 'city' : 'province'));
    const roll = random.next();
    if (roll > 0.4) unit.established = edtfOfDay(START_OF_SCOPE + random.int(0, 4 * 365), random, { day: 0.35, month: 0.15 });
  }

  const drafts: Draft[] = [];
  const change = (draft: Draft) => {
    drafts.push(draft);
    for (const unit of draft.after) if (!draft.before.includes(unit)) unit.createdBy = draft;
  };
  while (all.length < quota) {
    const roll = random.next();
    const a = alive.length;
    const restorable = alive.filter((u) => u.mergedFrom.length >= 2);
    if (a >= 9 || (a >= 3 && roll < 0.3)) {
      const before = random.sample(alive, random.chance(0.7) ? 2 : 3);
      const [x, y] = before.map((u) => u.base.split(' ')[0]) as [string, string];
      const base = x !== y && random.chance(0.6) ? `${x} ${y}` : placeName();
      before.forEach(end);
      change({ kind: 'merge', before, after: [born(newUnit(base, 'province', before))], reform: false });
    } else if (a <= 3 || roll < 0.55) {
      const x = random.pick(alive);
      const continues = random.chance(0.5);
      const fresh = Array.from({ length: continues ? random.int(1, 2) : random.int(2, 3) }, () => newUnit(placeName(), 'province'));
      if (!continues) end(x);
      fresh.forEach(born);
      change({ kind: 'split', before: [x], after: continues ? [x, ...fresh] : fresh, reform: false });
    } else if (roll < 0.65 && restorable.length > 0) {
      const merged = random.pick(restorable);
      end(merged);
      const after = merged.mergedFrom.map((old) => born(newUnit(old.base, old.kind)));
      change({ kind: 're-establish', before: [merged], after, reform: false });
    } else if (roll < 0.75) {
      const x = random.pick(alive);
      const fromName = displayName(x);
      x.otherNames.push(fromName);
      x.base = placeName();
      change({ kind: 'rename', before: [x], after: [x], fromName, toName: displayName(x), reform: false });
    } else if (roll < 0.83) {
      const pair = random.sample(alive, 2);
      change({ kind: 'boundary', before: pair, after: [...pair], reform: false });
    } else if (roll < 0.9) {
      const [absorbed, absorber] = random.sample(alive, 2) as [Unit, Unit];
      end(absorbed);
      change({ kind: 'annex', before: [absorbed, absorber], after: [absorber], reform: false });
    } else if (roll < 0.95) {
      const x = random.pick(alive);
      end(x);
      change({
        kind: 'upgrade',
        before: [x],
        after: [born(newUnit(x.base, x.kind === 'province' ? 'city' : 'special-zone'))],
        reform: false,
      });
    } else {
      const x = random.pick(alive);
      change({ kind: 'establish', before: [x], after: [x, born(newUnit(placeName(), 'province'))], reform: false });
    }
  }
  // The reform of 1 July 2025: most regions merge some of their units, as the country did.
  if (alive.length >= 4 && random.chance(0.7)) {
    const groups = random.sample(alive, Math.floor(alive.length * 0.6));
    while (groups.length >= 2) {
      const before = groups.splice(0, groups.length >= 5 && random.chance(0.3) ? 3 : 2);
      const keep = random.pick(before);
      before.forEach(end);
      change({ kind: 'merge', before, after: [born(newUnit(keep.base, keep.kind, before))], reform: true });
    }
  }

  // 3. Dates: each ordinary change gets a month of its own, in order, so every unit begins before
  //    it ends; the unit boundaries take the change's effective date, or its date when it has none.
  const ordinary = drafts.filter((d) => !d.reform);
  const months = random
    .sample(
      Array.from({ length: MONTHS }, (_, i) => i),
      ordinary.length,
    )
    .sort((x, y) => x - y);
  const years = months.map((m) => FIRST_YEAR + Math.floor(m / 12));
  ordinary.forEach((draft, i) => {
    const month = months[i]!;
    const year = years[i]!;
    const yearAlone = years.filter((y) => y === year).length === 1 && (i === 0 || months[i - 1]! < (year - FIRST_YEAR) * 12);
    const roll = random.next();
    const ym = `${year}-${pad((month % 12) + 1)}`;
    if (roll < 0.06 && yearAlone) draft.date = String(year);
    else if (roll < 0.34) draft.date = ym;
    else {
      const day = `${ym}-${pad(random.int(1, 28))}`;
      if (random.chance(0.45)) {
        draft.effectiveDate = day;
        draft.date = isoOf(dayOf(day) - random.int(15, 120));
      } else draft.date = day;
    }
  });
  for (const draft of drafts) {
    if (draft.reform) {
      draft.date = REFORM_ACT;
      draft.effectiveDate = REFORM_EFFECTIVE;
    }
    const when = draft.effectiveDate ?? draft.date!;
    for (const unit of draft.before) if (!draft.after.includes(unit)) unit.dissolved = when;
    for (const unit of draft.after) if (!draft.before.includes(unit)) unit.established = when;
  }

  // 4. Changes, each with the legal act that decided it as a source of its own.
  for (const draft of drafts) {
    draft.id = nextId('chg');
    draft.sourceId = nextId('src');
    const year = draft.date!.slice(0, 4);
    draft.legalBasis = `Nghị quyết số ${random.int(1, 150)}/${year}/QH về việc ${VERB[draft.kind]} ${draft.before
      .map(displayName)
      .join(', ')}`;
    out.sources.push({
      id: draft.sourceId,
      kind: 'legal',
      title: draft.legalBasis,
      date: draft.date!,
      reference: `${random.int(1, 150)}/${year}/QH`,
      language: 'vi',
    });
    const disputes: Dispute[] | undefined = random.chance(0.03)
      ? [
          {
            field: 'legalBasis',
            value: `Quyết định của Hội đồng Bộ trưởng năm ${year}`,
            note: 'Một bài báo ghi văn bản khác.',
            sources: [articles[1]!],
          },
        ]
      : undefined;
    out.changes.push({
      id: draft.id,
      kind: draft.kind,
      date: draft.date!,
      ...(draft.effectiveDate ? { effectiveDate: draft.effectiveDate } : {}),
      legalBasis: draft.legalBasis,
      ...membersOf(
        draft.kind,
        draft.before.map((u) => u.id),
        draft.after.map((u) => u.id),
      ),
      ...(draft.fromName ? { fromName: draft.fromName, toName: draft.toName } : {}),
      confidence: confidence(),
      sources: [{ id: draft.sourceId, quote: draft.legalBasis }, ...(random.chance(0.4) ? [articles[0]!] : [])],
      ...(disputes ? { disputes } : {}),
    });
  }

  // 5. The units, their offices, the posts held in them, and the events about them.
  const people: string[] = [];
  const person = (): string => {
    if (people.length > 0 && random.chance(0.35)) return random.pick(people);
    const id = nextId('per');
    const female = random.chance(0.35);
    const name = `${random.pick(FAMILY_NAMES)} ${female ? 'Thị' : random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
    out.people.push({
      id,
      name,
      gender: female ? 'female' : 'male',
      confidence: confidence(),
      sources: [articleQuote(`${female ? 'Bà' : 'Ông'} ${name}`)],
    });
    people.push(id);
    return id;
  };
  const tenure = (
    unit: Unit,
    where: { office: string } | { province: string },
    title: string,
    span: [number, number],
    closes: string | null,
  ) => {
    const [from, to] = span;
    const startDay = to > from ? random.int(from, to - 1) : from;
    const start = edtfOfDay(startDay, random, { day: 0.55, month: 0.3 });
    const endDay = startDay + random.int(365, 3000);
    let endEdtf: string | undefined;
    let current = false;
    if (random.chance(0.1))
      endEdtf = undefined; // the sources give no end
    else if (closes && endDay >= earliestDay(closes)) endEdtf = closes;
    else if (endDay > TODAY) current = unit.dissolved === null;
    else endEdtf = edtfOfDay(endDay, random, { day: 0.6, month: 0.3 });
    const lastDay = Math.min(endDay, TODAY);
    const id = nextId('ten');
    const who = person();
    const disputes: Dispute[] | undefined = random.chance(0.03)
      ? [
          {
            field: 'start',
            value: String(Number(start.slice(0, 4)) - 1),
            note: 'Một nguồn ghi năm khác.',
            sources: [{ id: articles[1]!, quote: title }],
          },
        ]
      : undefined;
    out.tenures.push({
      id,
      person: who,
      title,
      ...where,
      start,
      ...(endEdtf ? { end: endEdtf } : {}),
      current,
      ...(random.chance(0.3) && lastDay > startDay ? { attested: [isoOf(random.int(startDay, lastDay)).slice(0, 4)] } : {}),
      confidence: confidence(),
      sources: [articleQuote(`${title} ${displayName(unit)}`)],
      ...(disputes ? { disputes } : {}),
    });
    if (random.chance(0.04)) {
      out.events.push({
        id: nextId('ev'),
        kind: 'election',
        title: `Bầu ${title} ${displayName(unit)}`,
        date: start,
        subjects: [who, id],
        confidence: confidence(),
        sources: [articleQuote(`bầu ${title}`)],
      });
    }
  };

  for (const unit of all) {
    const citesChange = unit.createdBy ?? drafts.find((d) => d.before.includes(unit) && !d.after.includes(unit)) ?? null;
    const disputes: Dispute[] | undefined =
      unit.established && random.chance(0.04)
        ? [{ field: 'established', value: unit.established.slice(0, 4), note: 'Một nguồn chỉ ghi năm.', sources: [articles[1]!] }]
        : undefined;
    out.provinces.push({
      id: unit.id,
      name: displayName(unit),
      ...(unit.otherNames.length > 0 ? { otherNames: unit.otherNames } : {}),
      kind: unit.kind,
      ...(unit.established ? { established: unit.established } : {}),
      ...(unit.dissolved ? { dissolved: unit.dissolved } : {}),
      current: unit.dissolved === null,
      ...(unit.dissolved === null ? { gsoCode: pad(random.int(1, 99)) } : {}),
      seat: `Thành phố ${random.pick(PLACE_SYLLABLES)} ${random.pick(PLACE_SYLLABLES)}`,
      confidence: confidence(),
      sources: [
        citesChange ? { id: citesChange.sourceId!, quote: citesChange.legalBasis! } : { id: dataset, quote: displayName(unit) },
        ...(random.chance(0.5) ? [articleQuote(`${unitLabel(unit)} được thành lập`)] : []),
      ],
      ...(disputes ? { disputes } : {}),
    });

    const from = unit.established ? earliestDay(unit.established) : START_OF_SCOPE;
    const to = Math.min(unit.dissolved ? earliestDay(unit.dissolved) : TODAY, TODAY);
    const offices: Array<{ kind: SeedRecords['offices']['kind']; name: string; titles: readonly string[]; traditionDay: string }> = [
      { kind: 'ubnd', name: `Văn phòng UBND ${unitLabel(unit)}`, titles: UBND_TITLES, traditionDay: '--08-28' },
      {
        kind: 'party',
        name: `Văn phòng ${unit.kind === 'city' ? 'Thành ủy' : 'Tỉnh ủy'} ${unit.base}`,
        titles: PARTY_TITLES,
        traditionDay: '--10-18',
      },
    ];
    if (random.chance(0.1))
      offices.push({ kind: 'hdnd', name: `Văn phòng HĐND ${unitLabel(unit)}`, titles: HDND_TITLES, traditionDay: '--08-28' });
    for (const office of offices) {
      const id = nextId('off');
      out.offices.push({
        id,
        name: office.name,
        kind: office.kind,
        province: unit.id,
        ...(unit.established ? { established: unit.established } : {}),
        ...(unit.dissolved ? { dissolved: unit.dissolved } : {}),
        ...(random.chance(0.5) ? { traditionDay: office.traditionDay } : {}),
        confidence: confidence(),
        sources: [articleQuote(office.name)],
      });
      const posts = random.pick([0, 1, 1, 1, 1, 1, 2, 2]);
      for (let i = 0; i < posts; i += 1) tenure(unit, { office: id }, random.pick(office.titles), [from, to], unit.dissolved);
      if (random.chance(0.12) && to > from) {
        const year = isoOf(random.int(from, to)).slice(0, 4);
        out.events.push({
          id: nextId('ev'),
          kind: random.pick(['anniversary', 'meeting'] as const),
          title: `Họp mặt kỷ niệm ngày truyền thống ${office.name} năm ${year}`,
          date: office.kind === 'party' ? `${year}-10-18` : `${year}-08-28`,
          subjects: [id],
          confidence: confidence(),
          sources: [articleQuote(`kỷ niệm ngày truyền thống ${office.name}`)],
        });
      }
    }
    if (random.chance(0.2)) tenure(unit, { province: unit.id }, random.pick(PROVINCE_TITLES), [from, to], unit.dissolved);
    if (random.chance(0.15) && to > from) {
      out.events.push({
        id: nextId('ev'),
        kind: random.pick(['decision', 'meeting', 'ceremony', 'other'] as const),
        title: `Sự kiện của ${unitLabel(unit)}`,
        date: edtfOfDay(random.int(from, to - 1), random, { day: 0.7, month: 0.2 }),
        subjects: [unit.id],
        confidence: confidence(),
        sources: [articleQuote(`${unitLabel(unit)}`)],
      });
    }
  }
  for (const draft of drafts) {
    if (!random.chance(0.35)) continue;
    const created = draft.after.filter((u) => !draft.before.includes(u));
    out.events.push({
      id: nextId('ev'),
      kind: 'ceremony',
      title: `Lễ công bố ${draft.legalBasis}`,
      date: draft.effectiveDate ?? draft.date!,
      subjects: [draft.id!, ...created.slice(0, 1).map((u) => u.id)],
      confidence: confidence(),
      sources: [{ id: draft.sourceId!, quote: draft.legalBasis! }],
    });
  }
}

const VERB: Record<ChangeKind, string> = {
  merge: 'hợp nhất',
  split: 'chia tách',
  're-establish': 'tái lập các tỉnh từ',
  rename: 'đổi tên',
  annex: 'sáp nhập',
  boundary: 'điều chỉnh địa giới giữa',
  upgrade: 'nâng cấp',
  establish: 'thành lập đơn vị mới từ một phần của',
};
const UBND_TITLES = ['Chánh Văn phòng UBND tỉnh', 'Phó Chánh Văn phòng UBND tỉnh'] as const;
const PARTY_TITLES = ['Chánh Văn phòng Tỉnh ủy', 'Phó Chánh Văn phòng Tỉnh ủy'] as const;
const HDND_TITLES = ['Chánh Văn phòng HĐND tỉnh'] as const;
const PROVINCE_TITLES = ['Chủ tịch UBND tỉnh', 'Phó Chủ tịch UBND tỉnh', 'Bí thư Tỉnh ủy'] as const;

/** Seed records to the dataset the loader takes: the same dates, parsed as validateSeeds would. */
export function toDataset(records: SeedRecordLists): SeedDataset {
  const date = (value: string | number | null | undefined) =>
    value === undefined || value === null ? null : historicalDate(String(value));
  return {
    sources: records.sources.map((s) => ({ ...s, date: date(s.date) })),
    provinces: records.provinces.map((p) => ({ ...p, established: date(p.established), dissolved: date(p.dissolved) })),
    changes: records.changes.map((c) => ({
      ...c,
      date: date(c.date)!,
      effectiveDate: date(c.effectiveDate),
      operatingDate: date(c.operatingDate),
    })),
    offices: records.offices.map((o) => ({ ...o, established: date(o.established), dissolved: date(o.dissolved) })),
    people: records.people,
    tenures: records.tenures.map((t) => ({
      ...t,
      start: date(t.start),
      end: date(t.end),
      attested: (t.attested ?? []).map((d) => date(d)!),
    })),
    events: records.events.map((e) => ({ ...e, date: date(e.date)! })),
  };
}

/**
 * A change's members and flows (change v2) from the units before and after it: those only before
 * ended, those only after began, those on both sides continued. Territory flows whole from each
 * ended unit into the single new or absorbing unit of a merger, annexation or upgrade, in parts
 * from a unit that is split or cedes land, and not at all in a rename.
 */
function membersOf(kind: string, before: readonly string[], after: readonly string[]) {
  const ended = before.filter((id) => !after.includes(id));
  const began = after.filter((id) => !before.includes(id));
  const continued = before.filter((id) => after.includes(id));
  const flow = (from: string, to: string, extent: 'whole' | 'part') => ({ from, to, extent });
  let flows: Array<ReturnType<typeof flow>>;
  if (kind === 'rename') flows = [];
  else if (kind === 'boundary') flows = [flow(continued[0]!, continued[1]!, 'part')];
  else if (kind === 'annex') flows = ended.map((id) => flow(id, continued[0]!, 'whole'));
  else if (began.length === 1 && ended.length > 0) flows = ended.map((id) => flow(id, began[0]!, 'whole'));
  else flows = [...ended, ...continued].flatMap((from) => began.map((to) => flow(from, to, 'part')));
  return { ended, began, continued, flows };
}
