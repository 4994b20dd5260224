// The known-flakes list: each test allowed to pass on a retry, with the reason it may. The list
// should shrink; an entry needs a file, the test's full name, the browsers and a reason.
import { existsSync, readFileSync } from 'node:fs';

const BROWSERS = new Set(['chromium', 'firefox']);

/** The entries of `path` (none if it is missing); a malformed entry throws, naming it. */
export function readKnownFlakes(path) {
  if (!existsSync(path)) return [];
  const list = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${path}: expected a JSON array of { file, test, browsers, reason }`);
  list.forEach((entry, i) => {
    const where = `${path}, entry ${i + 1}`;
    for (const key of ['file', 'test', 'reason']) {
      if (typeof entry?.[key] !== 'string' || !entry[key].trim()) throw new Error(`${where}: "${key}" must be a non-empty string`);
    }
    if (!Array.isArray(entry.browsers) || entry.browsers.length === 0 || !entry.browsers.every((b) => BROWSERS.has(b))) {
      throw new Error(`${where}: "browsers" must list "chromium" and/or "firefox"`);
    }
  });
  return list;
}

/** Splits the tests that passed only on a retry into those the list names (with its reason) and the rest. */
export function checkRetries(retried, known) {
  const listed = [];
  const unknown = [];
  for (const r of retried) {
    const entry = known.find((k) => k.file === r.file && k.test === r.test && k.browsers.includes(r.browser));
    if (entry) listed.push({ ...r, reason: entry.reason });
    else unknown.push(r);
  }
  return { listed, unknown };
}
