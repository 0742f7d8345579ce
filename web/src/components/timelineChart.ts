import { s } from '../dom.js';
import type { TimelineEntryPartsFragment } from '../generated/operations.js';
import { dateText, label } from '../i18n.js';
import { axis, scale, yearOf } from './timeAxis.js';

const ROW = 18;
const LEFT = 8;
const TOP = 24;

/**
 * The timeline picture: one row per entry on a time axis. A day is a dot; a month- or
 * year-precision date is a bar over the whole span it covers (`earliest` to `latest`), so
 * "tháng 2 năm 1976" is never drawn as if it were one day. Uncertain or approximate dates are
 * hatched. Each mark links to its entry in the list beneath (`#entry-N`).
 */
export function timelineChart(entries: readonly TimelineEntryPartsFragment[], width = 900): SVGElement {
  const years = entries.flatMap((e) => [yearOf(e.date.earliest), yearOf(e.date.latest) + 1 / 365]);
  const from = Math.floor(Math.min(...years));
  const to = Math.ceil(Math.max(...years));
  const sc = scale(from, to === from ? from + 1 : to, LEFT + 4, width - 8);
  const height = TOP + entries.length * ROW + 8;
  const marks = entries.map((entry, index) => {
    const y = TOP + index * ROW + ROW / 2;
    const x1 = sc.x(yearOf(entry.date.earliest));
    const x2 = sc.x(yearOf(entry.date.latest) + 1 / 365);
    const fuzzy = entry.date.uncertain || entry.date.approximate;
    const cls = `mark kind-${entry.kind.toLowerCase()}${fuzzy ? ' fuzzy' : ''}`;
    const shape =
      entry.date.precision === 'DAY'
        ? s('circle', { cx: x1, cy: y, r: 5, class: cls })
        : s('rect', { x: x1, y: y - 5, width: Math.max(x2 - x1, 3), height: 10, rx: 2, class: cls });
    return s(
      'a',
      { href: `#entry-${index}`, class: 'timeline-mark', 'aria-label': `${dateText(entry.date)}: ${entry.label}` },
      s('title', {}, `${dateText(entry.date)} — ${label(entry.kind)}: ${entry.label}`),
      shape,
    );
  });
  return s(
    'svg',
    {
      class: 'chart timeline-chart',
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': 'timeline',
      preserveAspectRatio: 'xMinYMin meet',
    },
    s(
      'defs',
      {},
      s(
        'pattern',
        { id: 'hatch', width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        s('rect', { width: 2, height: 4, class: 'hatch' }),
      ),
    ),
    axis(sc, TOP - 6, height),
    marks,
  );
}
