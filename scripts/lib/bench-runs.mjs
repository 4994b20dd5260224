// Figures of several whole `npm run bench` runs set side by side: each run's figure is already
// the median of its rounds; across runs the figure is the median of those, with its spread. On a
// 2-core machine whose speed swings within minutes, one run can land in a slow stretch: the median
// of three runs says what a person meets, the spread how far to trust it.
import { median } from './stats.mjs';

/**
 * @param {{ figures: { what: string, target: number, unit: string, median: number }[] }[]} runs
 * @returns {{ what: string, unit: string, target: number, median: number, values: (number | null)[], pass: boolean }[]}
 *   every figure named by any run, in the order first seen; `values` holds each run's figure
 *   (null where a run lacks it), and the median and target are over the runs that have it.
 */
export function acrossRuns(runs) {
  /** @type {Map<string, { unit: string, targets: number[], values: (number | null)[] }>} */
  const byName = new Map();
  runs.forEach((run, i) => {
    for (const f of run.figures) {
      if (!Number.isFinite(f.median) || !Number.isFinite(f.target)) throw new Error(`run ${i + 1}: figure "${f.what}" has no number`);
      const row = byName.get(f.what) ?? byName.set(f.what, { unit: f.unit, targets: [], values: runs.map(() => null) }).get(f.what);
      if (row.unit !== f.unit) throw new Error(`figure "${f.what}" is in ${row.unit} in one run and ${f.unit} in another`);
      row.targets.push(f.target);
      row.values[i] = f.median;
    }
  });
  return [...byName].map(([what, { unit, targets, values }]) => {
    const m = median(values.filter((v) => v !== null));
    const target = median(targets);
    return { what, unit, target, median: m, values, pass: m <= target };
  });
}

const show = (value, unit) => (unit === 'ms' ? `${value.toFixed(1)} ms` : `${value.toFixed(1)} ${unit}`);

/** One line per figure: PASS/MISS of the median across runs, the target, the spread and each run's figure. */
export function formatAcross(rows) {
  return rows.map(({ what, unit, target, median: m, values, pass }) => {
    const have = values.filter((v) => v !== null);
    const spread = `${show(Math.min(...have), unit)}–${show(Math.max(...have), unit)}`;
    const each = values.map((v) => (v === null ? '—' : show(v, unit))).join(', ');
    return `${pass ? 'PASS' : 'MISS'}  ${what}: ${show(m, unit)} (target ≤ ${show(target, unit)}); median of ${have.length} runs, spread ${spread} (${each})`;
  });
}
