import { existenceSpan, inSpan, tenureOn, type Certainty } from '../dates/index.js';
import { toHistoricalDate } from '../dates/toHistoricalDate.js';
import type { OfficeRecord, TenureRecord } from '../repositories/records.js';
import { postRole, type PostRole } from '../text/postRole.js';

export interface Holding {
  readonly tenure: TenureRecord;
  readonly role: PostRole;
  readonly certainty: Certainty;
}

const ROLE_ORDER: Record<PostRole, number> = { HEAD: 0, DEPUTY: 1, OTHER: 2 };

/**
 * `Office.holders`: the office's tenures held on `day` (tenureOn, the one rule for tenures), within
 * the office's own possible life, heads first, then DEFINITE before POSSIBLE, then by start; the
 * tenures arrive ordered by start then slug (EntityRepository), and the sort is stable.
 */
export function officeHolders(office: OfficeRecord, tenures: readonly TenureRecord[], day: string, certainty: Certainty): Holding[] {
  const officeSpan = existenceSpan(toHistoricalDate(office.established), toHistoricalDate(office.dissolved), 'POSSIBLE', 'PRESENT');
  if (!inSpan(officeSpan, day)) return [];
  const holdings: Holding[] = [];
  for (const tenure of tenures) {
    const held = tenureOn(
      {
        start: toHistoricalDate(tenure.start),
        end: toHistoricalDate(tenure.end),
        current: tenure.current,
        attested: tenure.attested.map((a) => toHistoricalDate(a)!),
      },
      day,
    );
    if (held === 'DEFINITE' || (held === 'POSSIBLE' && certainty === 'POSSIBLE')) {
      holdings.push({ tenure, role: postRole(tenure.title), certainty: held });
    }
  }
  return holdings.sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || Number(a.certainty === 'POSSIBLE') - Number(b.certainty === 'POSSIBLE'),
  );
}
