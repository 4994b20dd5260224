// Firefox's side of files.ts: downloads land in the profile's downloads folder without asking
// (prefs in firefox.ts) and are read from there; file inputs take files over BiDi input.setFiles.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { bidiOf, callInSandbox, locate } from './bidi';
import type { Downloads, SavedFile } from './types';
import { until, type WaitOptions } from './wait';

/**
 * Reports each file that appears in `dir` from now on, once Firefox has finished it (no `.part`
 * left, size steady). Each file is taken out of the folder once read, so a later download of
 * the same name keeps its name instead of becoming "name(1)".
 */
export function firefoxWatchDownloads(dir: string): Downloads {
  mkdirSync(dir, { recursive: true });
  const seen = new Set(readdirSync(dir));
  return {
    async next(timeout = 10_000) {
      let last = '';
      const filename = await until('a finished download', () => {
        const names = readdirSync(dir);
        if (names.some((n) => n.endsWith('.part'))) return undefined;
        const fresh = names.filter((n) => !seen.has(n));
        if (fresh.length > 1) throw new Error(`several downloads at once: ${fresh.join(', ')}`);
        if (fresh.length === 0) return undefined;
        const now = `${fresh[0]}:${statSync(join(dir, fresh[0]!)).size}`;
        if (now !== last) {
          last = now;
          return undefined;
        }
        return fresh[0];
      }, { timeout, interval: 100 });
      const path = join(dir, filename);
      const bytes = readFileSync(path);
      rmSync(path);
      return { filename, text: bytes.toString('utf8'), bytes };
    },
  };
}

/** Runs `action` and returns the one file it made Firefox save. */
export async function firefoxDownload(dir: string, action: () => Promise<unknown>, { timeout = 10_000 }: WaitOptions = {}): Promise<SavedFile> {
  const downloads = firefoxWatchDownloads(dir);
  await action();
  return downloads.next(timeout);
}

export async function firefoxSetInputFile(page: Page, selector: string, path: string): Promise<void> {
  const bidi = bidiOf(page);
  // As a person waits for a greyed-out button (the page is busy with the last file), and as
  // Playwright's setInputFiles waits in Chromium: BiDi refuses a disabled input outright.
  const input = await until(`the file input ${selector} to be there and enabled`, async () => {
    const [found] = await locate(bidi, { type: 'css', value: selector });
    return found && !(await callInSandbox<boolean>(bidi, 'function () { return this.disabled; }', found, [])) ? found : undefined;
  });
  await bidi.send('input.setFiles', { context: bidi.context, element: { sharedId: input.sharedId }, files: [path] });
}
