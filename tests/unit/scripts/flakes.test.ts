import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRetries, readKnownFlakes, type KnownFlake } from '../../../scripts/lib/flakes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'flakes-'));
function listFile(content: unknown): string {
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const entry: KnownFlake = { file: 'tests/e2e/a.e2e.ts', test: 'a › types a note', browsers: ['firefox'], reason: 'the event page wakes late under load' };
const retried = (browser: string, test = entry.test) => ({ file: entry.file, test, browser, retries: 1 });

describe('the known-flakes list', () => {
  it('is empty when the file is missing', () => {
    expect(readKnownFlakes(join(dir, 'missing.json'))).toEqual([]);
  });

  it('reads entries with a file, a test, browsers and a reason', () => {
    expect(readKnownFlakes(listFile([entry]))).toEqual([entry]);
  });

  it.each([
    [{ ...entry, reason: ' ' }, 'entry 1: "reason" must be a non-empty string'],
    [{ ...entry, test: undefined }, 'entry 1: "test" must be a non-empty string'],
    [{ ...entry, browsers: [] }, 'entry 1: "browsers" must list "chromium" and/or "firefox"'],
    [{ ...entry, browsers: ['safari'] }, 'entry 1: "browsers" must list "chromium" and/or "firefox"'],
  ])('refuses an entry without what makes it an explanation: %j', (bad, message) => {
    expect(() => readKnownFlakes(listFile([bad]))).toThrow(message);
  });

  it('refuses a file that is not a list', () => {
    expect(() => readKnownFlakes(listFile({ flakes: [] }))).toThrow('expected a JSON array');
  });
});

describe('tests that passed only on a retry', () => {
  it('are allowed only where the list names the file, the test and the browser', () => {
    const { listed, unknown } = checkRetries([retried('firefox'), retried('chromium'), retried('firefox', 'a › another test')], [entry]);
    expect(listed).toEqual([{ ...retried('firefox'), reason: entry.reason }]);
    expect(unknown).toEqual([retried('chromium'), retried('firefox', 'a › another test')]);
  });

  it('are all unknown when the list is empty', () => {
    expect(checkRetries([retried('chromium')], [])).toEqual({ listed: [], unknown: [retried('chromium')] });
  });
});
