import { s } from '../dom.js';

/** An ISO day (`1976-02-29`) as a fractional year, for placing it on a time axis. */
export function yearOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (Date.UTC(y, (m ?? 1) - 1, d ?? 1) - start) / (end - start);
}

/** A linear scale from years to SVG x. */
export interface Scale {
  readonly from: number;
  readonly to: number;
  x(year: number): number;
}

export function scale(from: number, to: number, left: number, right: number): Scale {
  const span = Math.max(to - from, 1);
  return { from, to, x: (year) => left + ((year - from) / span) * (right - left) };
}

/** Year ticks with labels along the top of a chart, every 1, 5, 10 or 25 years by span. */
export function axis(sc: Scale, top: number, bottom: number): SVGElement {
  const span = sc.to - sc.from;
  const step = span <= 12 ? 1 : span <= 40 ? 5 : span <= 120 ? 10 : 25;
  const ticks: SVGElement[] = [];
  for (let year = Math.ceil(sc.from / step) * step; year <= sc.to; year += step) {
    const x = sc.x(year);
    ticks.push(s('line', { x1: x, x2: x, y1: top, y2: bottom, class: 'tick' }));
    ticks.push(s('text', { x, y: top - 4, class: 'tick-label', 'text-anchor': 'middle' }, String(year)));
  }
  return s('g', { class: 'axis' }, ticks);
}
