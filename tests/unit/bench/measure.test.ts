import { describe, expect, it } from 'vitest';
import { median, medianOf, overlaps, summarize } from '../../../bench/measure.js';

describe('the benchmark’s statistics', () => {
  it('takes the median of the runs and keeps their min–max, ignoring a run that got no answer at all', async () => {
    const runs = [summarize([5, 6, 7], 0, 1), summarize([], 0, 1), summarize([1, 2, 3], 0, 1), summarize([9, 9, 9], 0, 1)];
    const measured = await medianOf(async () => runs.shift()!, 4);
    expect(measured.p50_ms).toBe(6);
    expect(measured.spread.p50_ms).toEqual([2, 9]);
    expect(measured.spread.rps).toEqual([0, 3]);
    expect(median([Number.NaN])).toBeNaN();
  });

  it('calls two figures different only when their spreads do not overlap', () => {
    expect(overlaps([1, 2], [2, 3])).toBe(true);
    expect(overlaps([1, 2], [2.5, 3])).toBe(false);
  });
});
