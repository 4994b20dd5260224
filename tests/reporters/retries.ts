// Lists every test that passed only on a retry, so a retry can never hide a flake: the run
// prints them, and writes them where `scripts/ci.mjs` checks them against tests/known-flakes.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** One test that failed, then passed on its retry. */
export interface Retried {
  file: string;
  test: string;
  browser: string;
  retries: number;
  /** What the failed attempts threw: the first lines of each message and where in the tests. */
  errors: string[];
}

/** An attempt's error, short enough for the CI summary: its message's first lines and the test line it came from. */
function brief(error: { message?: string; stack?: string }): string {
  const message = (error.message ?? String(error)).split('\n').slice(0, 4).join(' / ');
  const at = error.stack?.split('\n').find((line) => line.includes('tests/e2e/'))?.trim();
  return at ? `${message} (${at})` : message;
}

export default class RetriesReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const browser = process.env.E2E_BROWSER ?? 'chromium';
    const retried: Retried[] = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const { flaky, retryCount } = test.diagnostic() ?? { flaky: false, retryCount: 0 };
        if (!flaky) continue;
        const errors = (test.result().errors ?? []).map(brief);
        retried.push({ file: relative(process.cwd(), module.moduleId), test: test.fullName, browser, retries: retryCount, errors });
      }
    }
    for (const r of retried) console.log(`passed only on retry ${r.retries} (${r.browser}): ${r.file} › ${r.test}\n  ${r.errors.join('\n  ')}`);
    const out = process.env.RETRIES_FILE;
    if (out) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify(retried, null, 2)}\n`);
    }
  }
}
