// After `wxt zip -b firefox`: lists the sources zip and fails if test videos, fixture sites or
// test code got in (wxt.config.ts zip.excludeSources), or if what rebuilds the add-on is missing.
import { readdirSync, readFileSync } from 'node:fs';
import { sourcesProblems, zipEntries } from './zip-entries.mjs';

const dir = new URL('../.output/', import.meta.url);
const zips = readdirSync(dir).filter((f) => f.endsWith('-sources.zip'));
if (zips.length === 0) {
  console.error('no .output/*-sources.zip: run `wxt zip -b firefox` first');
  process.exit(1);
}
let failed = false;
for (const zip of zips) {
  const names = zipEntries(readFileSync(new URL(zip, dir)));
  const problems = sourcesProblems(names);
  if (problems.length) {
    failed = true;
    console.error(`${zip}:\n  ${problems.join('\n  ')}`);
  } else {
    console.log(`${zip}: ${names.length} files, no tests, fixtures or media`);
  }
}
process.exit(failed ? 1 : 0);
