// The bench's figures gathered over rounds: each round's value is printed as it comes, and the
// summary gives every figure's median over the rounds, its spread (lowest–highest) and PASS/MISS
// of the median against its target. One round says little on a shared 2-core machine whose speed
// swings by a third within minutes; the median of three or more says what a person meets.
import { median as middle, ms } from './stats.mjs';

export function createReport() {
  /** @type {Map<string, { target: number, unit: string, values: number[], detail: string }>} */
  const figures = new Map();
  let round = 0;
  const show = (value, unit) => (unit === 'KB' ? `${value.toFixed(1)} KB` : ms(value));
  // A target measured in the run (half of another extension's figure) has many decimals.
  const goal = (target) => (Number.isInteger(target) ? String(target) : target.toFixed(1));

  /** One figure's value in the current round; `what` names the figure alike in every round. */
  function report(what, value, target, unit, detail = '') {
    const figure = figures.get(what) ?? figures.set(what, { target, unit, values: [], detail }).get(what);
    figure.values.push(value);
    figure.detail = detail;
    const tag = value <= target ? 'pass' : 'miss';
    console.log(`  ${tag}  ${round ? `[round ${round}] ` : ''}${what}: ${show(value, unit)} (target ≤ ${goal(target)} ${unit})${detail ? `  ${detail}` : ''}`);
  }

  /**
   * Prints every figure's median, spread and PASS/MISS; answers how many passed and missed, and
   * each figure's median (for setting whole runs side by side: bench-runs.mjs).
   */
  function summary() {
    let missed = 0;
    const medians = [];
    for (const [what, { target, unit, values, detail }] of figures) {
      const sorted = [...values].sort((a, b) => a - b);
      const median = middle(values);
      medians.push({ what, target, unit, median });
      const pass = median <= target;
      if (!pass) missed++;
      const spread = sorted.length > 1
        ? `median of ${sorted.length} rounds, spread ${show(sorted[0], unit)}–${show(sorted.at(-1), unit)} (${values.map((v) => show(v, unit)).join(', ')})`
        : 'one measurement';
      console.log(`${pass ? 'PASS' : 'MISS'}  ${what}: ${show(median, unit)} (target ≤ ${goal(target)} ${unit}); ${spread}${detail ? `; last round: ${detail}` : ''}`);
    }
    return { passed: figures.size - missed, missed, figures: medians };
  }

  return {
    report,
    summary,
    /** Starts round `n` (1-based): the values reported next belong to it. */
    startRound(n, group = '') {
      round = n;
      console.log(`\nRound ${n}${group ? ` (${group})` : ''}`);
    },
  };
}
