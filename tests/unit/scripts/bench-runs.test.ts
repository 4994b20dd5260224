import { describe, expect, it } from 'vitest';
import { acrossRuns, formatAcross } from '../../../scripts/lib/bench-runs.mjs';

const open = (median: number, target = 150) => ({ what: 'open the library', target, unit: 'ms', median });
const size = (median: number) => ({ what: 'loader, gzipped', target: 8, unit: 'KB', median });

describe('bench figures across runs', () => {
  it('takes the median of the runs\u2019 figures and judges it against the target', () => {
    const rows = acrossRuns([{ figures: [open(180), size(4.3)] }, { figures: [open(120), size(4.3)] }, { figures: [open(140), size(4.3)] }]);
    expect(rows).toEqual([
      { what: 'open the library', unit: 'ms', target: 150, median: 140, values: [180, 120, 140], pass: true },
      { what: 'loader, gzipped', unit: 'KB', target: 8, median: 4.3, values: [4.3, 4.3, 4.3], pass: true },
    ]);
  });

  it('misses when the median is over the target, whatever the best run', () => {
    const [row] = acrossRuns([{ figures: [open(90)] }, { figures: [open(160)] }, { figures: [open(200)] }]);
    expect(row).toMatchObject({ median: 160, pass: false });
  });

  it('keeps a figure some runs lack, over the runs that have it', () => {
    const [row] = acrossRuns([{ figures: [open(100)] }, { figures: [] }, { figures: [open(200)] }]);
    expect(row).toMatchObject({ median: 150, values: [100, null, 200], pass: true });
  });

  it('takes the median target where the target is measured in the run itself', () => {
    const [row] = acrossRuns([{ figures: [open(10, 9)] }, { figures: [open(10, 11)] }, { figures: [open(10, 12)] }]);
    expect(row).toMatchObject({ target: 11, pass: true });
  });

  it('refuses a figure whose unit differs between runs, or which has no number', () => {
    expect(() => acrossRuns([{ figures: [open(1)] }, { figures: [{ ...open(1), unit: 's' }] }])).toThrow('figure "open the library" is in ms in one run and s in another');
    expect(() => acrossRuns([{ figures: [open(Number.NaN)] }])).toThrow('run 1: figure "open the library" has no number');
  });

  it('prints one line per figure with its spread and every run', () => {
    const rows = acrossRuns([{ figures: [open(180)] }, { figures: [] }, { figures: [open(119.96)] }]);
    expect(formatAcross(rows)).toEqual(['PASS  open the library: 150.0 ms (target ≤ 150.0 ms); median of 2 runs, spread 120.0 ms–180.0 ms (180.0 ms, —, 120.0 ms)']);
  });
});
