import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Logic that needs no page (the store, formats, model, sync, the contract, the background, the
// scripts, fuzzing) runs in plain Node: setting up a happy-dom window for each of those files was
// most of the unit run's time. Everything else gets happy-dom.
const NODE_ONLY = ['store', 'formats', 'model', 'sync', 'messages', 'background', 'scripts', 'fuzz'].map((dir) => `tests/unit/${dir}/**/*.test.{ts,tsx}`);
// The transport's and the fuzzers' files each keep modules of their own: they drive the client's
// retries with fake workers and timers, and what one leaves pending must not reach another file.
const ISOLATED = ['messages', 'fuzz'].map((dir) => `tests/unit/${dir}/**/*.test.{ts,tsx}`);

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['tests/unit/setup.ts'],
    allowOnly: false,
    // The property and fuzz tests run hundreds of store transactions: 5 s was once too little on a
    // loaded 2-core machine. A timeout guards against hangs; speed is measured in the bench.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: on CI's 2-core machine, one file at a time.
    maxWorkers: 2,
    // Files share their worker's modules instead of importing the whole graph again each (import
    // and environment set-up were four fifths of the run); setup.ts gives each an empty IndexedDB.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: NODE_ONLY, exclude: ISOLATED } },
      { extends: true, test: { name: 'node-isolated', environment: 'node', include: ISOLATED, isolate: true } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: NODE_ONLY } },
    ],
  },
});
