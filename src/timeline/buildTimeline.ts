import { compareHistoricalDates, overlaps, type HistoricalDate } from '../dates/index.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import type {
  ChangeRecord,
  EventRecord,
  OfficeRecord,
  PersonRecord,
  ProvinceRecord,
  TenureRecord,
} from '../repositories/records.js';
import type { TimelineEntry, TimelineEntryKind } from './TimelineEntry.js';

/** Everything dated around one subject, gathered by the resolver from the loaders. */
export interface TimelineFacts {
  readonly subject: ProvinceRecord | OfficeRecord | PersonRecord;
  readonly changes: readonly ChangeRecord[];
  readonly offices: readonly OfficeRecord[];
  readonly tenures: readonly TenureRecord[];
  readonly events: readonly EventRecord[];
  /** Names of the provinces, people and offices the entries mention, by id. */
  readonly names: ReadonlyMap<string, string>;
}

export interface TimelineFilter {
  readonly from: HistoricalDate | null;
  readonly to: HistoricalDate | null;
  readonly kinds: readonly TimelineEntryKind[] | null;
}

const CHANGE_LABELS: Record<string, string> = {
  merge: 'Hợp nhất',
  split: 'Chia tách',
  're-establish': 'Tái lập',
  rename: 'Đổi tên',
  annex: 'Sáp nhập',
  boundary: 'Điều chỉnh địa giới',
  upgrade: 'Nâng cấp',
  establish: 'Thành lập',
};
// One collator for the module: String#localeCompare with a locale builds a new one on every call,
// which dominated the cost of sorting a timeline.
const vietnamese = new Intl.Collator('vi');

const UNIT_PREFIX: Record<ProvinceRecord['kind'], string> = { province: 'tỉnh ', city: '', 'special-zone': 'đặc khu ' };

/**
 * The chronological story of a province, office or person, with Vietnamese labels. Pure: the
 * facts come in, the entries go out sorted by date (coarser precision first on the same day).
 */
export function buildTimeline(facts: TimelineFacts, filter: TimelineFilter): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const add = (edtf: string | null, kind: TimelineEntryKind, label: string, subjects: TimelineEntry['subjects'], citedBy: string) => {
    const date = toHistoricalDate(edtf);
    if (date) entries.push({ date, kind, label, subjects, citedBy });
  };
  const name = (id: string) => facts.names.get(id) ?? id;
  const { subject } = facts;

  if (subject.__typename === 'Province') {
    const unit = `${UNIT_PREFIX[subject.kind]}${subject.name}`;
    const ref = [{ id: subject.id, type: 'Province' as const }];
    // A unit of a name that had existed before is re-established (tái lập), not founded: Vĩnh Long, 1992.
    add(subject.established, 'ESTABLISHED', `${subject.reestablishes ? 'Tái lập' : 'Thành lập'} ${unit}`, ref, subject.id);
    add(subject.dissolved, 'DISSOLVED', `Kết thúc ${unit} (đơn vị mới hoặc đơn vị kế tục bắt đầu)`, ref, subject.id);
  }
  if (subject.__typename === 'Office') {
    const ref = [{ id: subject.id, type: 'Office' as const }];
    add(subject.established, 'OFFICE_ESTABLISHED', `Thành lập ${subject.name}`, ref, subject.id);
    add(subject.dissolved, 'OFFICE_DISSOLVED', `${subject.name} kết thúc hoạt động`, ref, subject.id);
  }
  for (const change of facts.changes) {
    const before = change.before.map(name).join(', ');
    const after = change.after.map(name).join(', ');
    const what =
      change.kind === 'rename' && change.fromName && change.toName
        ? `${change.fromName} → ${change.toName}`
        : `${before || '…'} → ${after}`;
    add(change.date, 'CHANGE', `${CHANGE_LABELS[change.kind] ?? change.kind}: ${what}`, [{ id: change.id, type: 'Change' }], change.id);
  }
  for (const office of facts.offices) {
    const ref = [{ id: office.id, type: 'Office' as const }];
    add(office.established, 'OFFICE_ESTABLISHED', `Thành lập ${office.name}`, ref, office.id);
    add(office.dissolved, 'OFFICE_DISSOLVED', `${office.name} kết thúc hoạt động`, ref, office.id);
  }
  for (const tenure of facts.tenures) {
    const who = name(tenure.personId);
    const where = tenure.atLabel === 'Office' || subject.__typename === 'Person' ? ` (${name(tenure.atId)})` : '';
    const refs = [
      { id: tenure.id, type: 'Tenure' as const },
      { id: tenure.personId, type: 'Person' as const },
    ];
    add(tenure.start, 'TENURE_STARTED', `${who} bắt đầu giữ chức ${tenure.title}${where}`, refs, tenure.id);
    add(tenure.end, 'TENURE_ENDED', `${who} thôi giữ chức ${tenure.title}${where}`, refs, tenure.id);
    for (const day of tenure.attested) {
      add(day, 'TENURE_ATTESTED', `${who} đang giữ chức ${tenure.title}${where} (theo nguồn)`, refs, tenure.id);
    }
  }
  for (const event of facts.events) {
    add(event.date, 'EVENT', event.title, [{ id: event.id, type: 'Event' }, ...event.subjects], event.id);
  }

  const span = rangeOf(filter);
  return dedupe(entries)
    .filter((entry) => (filter.kinds ? filter.kinds.includes(entry.kind) : true))
    .filter((entry) => (span ? overlaps(entry.date, span) : true))
    .sort((a, b) => compareHistoricalDates(a.date, b.date) || vietnamese.compare(a.label, b.label));
}

/** The requested range as one date-like span (`from` first day … `to` last day), or null for all time. */
function rangeOf({ from, to }: TimelineFilter): HistoricalDate | null {
  if (!from && !to) return null;
  const earliest = from?.earliest ?? '0001-01-01';
  const latest = to?.latest ?? '9999-12-31';
  return { edtf: `${earliest}/${latest}`, precision: 'DAY', earliest, latest, approximate: false, uncertain: false };
}

// An office of a province can reach a province's timeline twice (as an office and as the subject
// of an event about it); one line per fact is enough.
function dedupe(entries: TimelineEntry[]): TimelineEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.kind}|${entry.citedBy}|${entry.date.edtf}|${entry.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
