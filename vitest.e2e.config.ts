import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real browsers: files run one after another in one process, without isolation, so a browser
// launched for one file is reset and reused by the next (harness/session.ts).
export default defineConfig({
  // The project's own `@/…` imports, as tsconfig maps them (WxtVitest, which maps them for the unit tests, is not loaded here).
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    maxWorkers: 1,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One retry, on a new browser (harness/session.ts), for timing under load on a 2-core CI
    // machine; a test that fails twice fails the run. A test that passed only on its retry is
    // listed by the retries reporter, and fails `npm test` unless tests/known-flakes.json names it.
    retry: 1,
    allowOnly: false,
    reporters: ['default', './tests/reporters/retries.ts'],
  },
});
