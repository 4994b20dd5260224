import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { traceFigures } from '../../../scripts/lib/bench-page.mjs';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const PID = 7;
const on = (e: Record<string, unknown>) => ({ pid: PID, tid: PID, ph: 'X', ...e });

/**
 * A page's renderer: a 10 ms task (4 ms of it on the CPU) evaluating the loader (2 ms of CPU),
 * then a task of 20 ms wall, 10 ms CPU, in which the profile samples the sidebar's code for 6 ms
 * of wall time (promise continuations: no trace event names the file) and the page for 4 ms.
 */
function trace() {
  const frame = (id: number, url: string, parent?: number) => ({ id, parent, callFrame: { functionName: 'f', url } });
  return [
    { name: 'thread_name', ph: 'M', pid: PID, tid: PID, args: { name: 'CrRendererMain' } },
    on({ name: 'EvaluateScript', ts: 500, dur: 100, tdur: 80, args: { data: { url: 'https://www.youtube.com/watch?v=x' } } }),
    on({ name: 'RunTask', ts: 1000, dur: 10_000, tdur: 4000 }),
    on({ name: 'EvaluateScript', ts: 2000, dur: 3000, tdur: 2000, args: { data: { url: `${EXT}/content-scripts/youtube.js` } } }),
    on({ name: 'RunTask', ts: 20_000, dur: 20_000, tdur: 10_000 }),
    { name: 'Profile', ph: 'P', pid: PID, tid: PID, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk', ph: 'P', pid: PID, tid: PID, id: '0x1',
      args: { data: {
        cpuProfile: { nodes: [frame(1, ''), frame(2, `${EXT}/sidebar.js`, 1), frame(3, 'https://www.youtube.com/app.js', 1), frame(4, `${EXT}/content-scripts/youtube.js`, 1)], samples: [4, 2, 2, 3, 1] },
        // Samples at 2,500 (inside the loader's evaluation: counted by its event), 21,000, 24,000, 27,000, 31,000 µs.
        timeDeltas: [2500, 18_500, 3000, 3000, 4000],
      } },
    },
  ];
}

describe('bench page: the extension main-thread time from a trace', () => {
  it("adds the profile's extension samples outside the extension's own events, scaled by their task's CPU share", () => {
    const r = traceFigures(trace());
    // The loader's evaluation by its event: 2 ms. The sidebar's two samples (21,000 → 27,000 µs: 6 ms wall) in a task at 50 % CPU: 3 ms.
    expect(r.byFile).toEqual({ '/content-scripts/youtube.js': 2, '/sidebar.js': 3 });
    expect(r.extension).toBe(5);
    expect(r.events).toBe(2);
    expect(r.tasks).toBe(14);
  });
});
