import { s } from '../dom.js';
import { axis, scale } from './timeAxis.js';

/**
 * The whole country's changes over time: one bar per year, as tall as the number of changes that
 * took effect that year (the 1976, 1989–1992, 1997, 2004, 2008 and 2025 waves stand out). Each bar
 * links to the as-of page for the last day of its year.
 */
export function wavesChart(countsByYear: ReadonlyMap<number, number>, width = 900): SVGElement {
  const years = [...countsByYear.keys()];
  const from = Math.min(1975, ...years);
  const to = Math.max(2026, ...years.map((y) => y + 1));
  const height = 160;
  const top = 24;
  const bottom = height - 8;
  const sc = scale(from, to, 8, width - 8);
  const max = Math.max(1, ...countsByYear.values());
  const barWidth = Math.max(2, sc.x(from + 1) - sc.x(from) - 2);
  const bars = [...countsByYear].map(([year, count]) => {
    const barHeight = ((bottom - top - 14) * count) / max;
    const x = sc.x(year) + 1;
    return s(
      'a',
      { href: `/as-of?date=${year}-12-31`, class: 'wave', 'data-year': year, 'aria-label': `${year}: ${count}` },
      s('title', {}, `${year}: ${count}`),
      s('rect', { x, y: bottom - barHeight, width: barWidth, height: barHeight, class: 'wave-bar' }),
      count >= max / 3
        ? s('text', { x: x + barWidth / 2, y: bottom - barHeight - 3, 'text-anchor': 'middle', class: 'wave-label' }, String(year))
        : null,
    );
  });
  return s(
    'svg',
    {
      class: 'chart waves-chart',
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': 'changes per year',
      preserveAspectRatio: 'xMinYMin meet',
    },
    axis(sc, top - 6, bottom),
    s('line', { x1: 8, x2: width - 8, y1: bottom, y2: bottom, class: 'baseline' }),
    bars,
  );
}
