import { s } from '../dom.js';
import { dateText, label, spanText } from '../i18n.js';
import { axis, scale, yearOf } from './timeAxis.js';

export interface LineageUnit {
  readonly slug: string;
  readonly name: string;
  readonly current: boolean;
  readonly established?: { readonly earliest: string; readonly label: string; readonly edtf?: string } | null;
  readonly dissolved?: { readonly earliest: string; readonly label: string; readonly edtf?: string } | null;
}

export interface LineageArrow {
  readonly from: { readonly slug: string };
  readonly to: { readonly slug: string };
  readonly change: {
    readonly slug: string;
    readonly kind: string;
    readonly date: { readonly earliest: string; readonly label: string; readonly edtf?: string };
    readonly effectiveDate?: { readonly earliest: string; readonly label: string; readonly edtf?: string } | null;
    readonly legalBasis?: string | null;
  };
  /**
   * Whether the whole unit or only part of it went across (the API's FlowExtent, WHOLE or PART).
   * Without it the arrow is drawn plain.
   */
  readonly extent?: string | null;
  /** The districts that went, as a source names them (change v2); empty or absent when none are named. */
  readonly parts?: readonly string[] | null;
}

const BAR = 22;
const GAP = 10;
const TOP = 28;
/** The first year of the graph's scope: units without an establishment date predate it. */
const SCOPE_START = 1975;

/** When a change took effect: its effective date when recorded, else the date of its act. */
export function changeYear(change: LineageArrow['change']): number {
  return yearOf((change.effectiveDate ?? change.date).earliest);
}

/**
 * The lineage picture, laid out left to right by date: each unit is a bar from its establishment
 * to its end, placed in the first free lane; each arrow of the lineage joins the unit that went
 * into a change to the unit that came out of it, at the date the change took effect. A unit that
 * continued through a change carries a diamond there. Whole and part flows, when the API gives
 * them, are drawn solid and dashed. Every bar links to the unit's page.
 */
export function lineageChart(units: readonly LineageUnit[], arrows: readonly LineageArrow[], rootSlug: string, width = 1000): SVGElement {
  const now = new Date();
  const nowYear = now.getUTCFullYear() + now.getUTCMonth() / 12;
  const arrowYears = arrows.map((a) => changeYear(a.change));
  const spans = new Map<string, { start: number; end: number; openStart: boolean; openEnd: boolean }>();
  for (const unit of units) {
    const into = arrows.filter((a) => a.to.slug === unit.slug && a.from.slug !== unit.slug).map((a) => changeYear(a.change));
    const out = arrows.filter((a) => a.from.slug === unit.slug && a.to.slug !== unit.slug).map((a) => changeYear(a.change));
    const start = unit.established ? yearOf(unit.established.earliest) : into.length ? Math.min(...into) : SCOPE_START;
    const end = unit.dissolved
      ? yearOf(unit.dissolved.earliest)
      : unit.current
        ? nowYear
        : out.length
          ? Math.max(...out)
          : Math.max(start + 1, ...arrowYears);
    spans.set(unit.slug, {
      start,
      end: Math.max(end, start + 0.3),
      openStart: !unit.established,
      openEnd: !unit.dissolved && !unit.current,
    });
  }
  const from = Math.floor(Math.min(SCOPE_START, ...[...spans.values()].map((v) => v.start)));
  // Room on the right for the name of a unit that began shortly before today.
  const to = Math.ceil(Math.max(...[...spans.values()].map((v) => v.end))) + 4;
  const sc = scale(from, to, 8, width - 8);

  // Lanes: units in order of their start (the root's own line first among equals), each in the
  // first lane whose last bar ends before it begins, with room for its name.
  const order = [...units].sort(
    (a, b) =>
      spans.get(a.slug)!.start - spans.get(b.slug)!.start ||
      Number(b.slug === rootSlug) - Number(a.slug === rootSlug) ||
      a.name.localeCompare(b.name, 'vi'),
  );
  const laneEnds: number[] = [];
  const laneOf = new Map<string, number>();
  for (const unit of order) {
    const span = spans.get(unit.slug)!;
    const left = sc.x(span.start);
    const right = Math.max(sc.x(span.end), left + unit.name.length * 6.5 + 12);
    let lane = laneEnds.findIndex((end) => end + 6 <= left);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = right;
    laneOf.set(unit.slug, lane);
  }
  const y = (slug: string) => TOP + laneOf.get(slug)! * (BAR + GAP);
  const height = TOP + laneEnds.length * (BAR + GAP) + 4;

  const bars = order.map((unit) => {
    const span = spans.get(unit.slug)!;
    const x1 = sc.x(span.start);
    const x2 = sc.x(span.end);
    const classes = ['unit', unit.slug === rootSlug ? 'root' : '', span.openStart ? 'open-start' : '', span.openEnd ? 'open-end' : '']
      .filter(Boolean)
      .join(' ');
    const dates = spanText(unit.established, unit.dissolved, unit.current);
    return s(
      'a',
      { href: `/unit/${unit.slug}`, class: 'lineage-unit', 'data-slug': unit.slug, 'aria-label': `${unit.name} (${dates})` },
      s('title', {}, `${unit.name} (${dates})`),
      s('rect', { x: x1, y: y(unit.slug), width: Math.max(x2 - x1, 3), height: BAR, rx: 4, class: classes }),
      // A name wider than its bar is written after the bar (its lane keeps the room for it).
      s(
        'text',
        { x: x2 - x1 >= unit.name.length * 6.5 + 10 ? x1 + 5 : x2 + 4, y: y(unit.slug) + BAR / 2 + 4, class: 'unit-label' },
        unit.name,
      ),
    );
  });

  const links = arrows.map((arrow) => {
    const x = sc.x(changeYear(arrow.change));
    const title = `${label(arrow.change.kind)}, ${dateText(arrow.change.effectiveDate ?? arrow.change.date)}`;
    if (arrow.from.slug === arrow.to.slug) {
      const cy = y(arrow.from.slug) + BAR / 2;
      return s(
        'g',
        { class: 'continues' },
        s('title', {}, title),
        s('path', { d: `M${x} ${cy - 7} l6 7 l-6 7 l-6 -7 z`, class: 'diamond' }),
      );
    }
    const y1 = y(arrow.from.slug) + BAR / 2;
    const y2 = y(arrow.to.slug) + BAR / 2;
    const extent = arrow.extent?.toUpperCase();
    const cls = `flow${extent === 'PART' ? ' part' : extent === 'WHOLE' ? ' whole' : ''}`;
    return s(
      'g',
      { class: cls, 'data-change': arrow.change.slug },
      s('title', {}, title),
      s('path', { d: `M${x - 10} ${y1} C${x + 4} ${y1}, ${x - 4} ${y2}, ${x + 8} ${y2}`, 'marker-end': 'url(#arrow)', class: 'flow-line' }),
    );
  });

  return s(
    'svg',
    { class: 'chart lineage-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'lineage' },
    s(
      'defs',
      {},
      s(
        'marker',
        { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        s('path', { d: 'M0 0 L10 5 L0 10 z', class: 'arrow-head' }),
      ),
    ),
    axis(sc, TOP - 8, height),
    bars,
    links,
  );
}
