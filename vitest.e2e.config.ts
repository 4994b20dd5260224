import { defineConfig } from 'vitest/config';

// Real browsers, one at a time: files run one after another in a single fork.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One retry, on a new browser (harness/session.ts), for timing under load on a 2-core CI machine;
    // a test that fails twice fails the run.
    // Flaky ones are named in the closing note, not hidden: see the run's "retry" marks.
    retry: 1,
  },
});
