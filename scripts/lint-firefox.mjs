// `web-ext lint` on the Firefox build: fails on any error, and on any warning or notice that
// docs/web-ext-lint.md does not explain (its table lists code and file for each one).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = `${root}.output/firefox-mv3`;
if (!existsSync(`${build}/manifest.json`)) {
  console.error('no Firefox build in .output/firefox-mv3: run `npm run build` first');
  process.exit(1);
}

let out;
try {
  out = execFileSync(`${root}node_modules/.bin/web-ext`, ['lint', '--source-dir', build, '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // web-ext exits non-zero when there are errors; the report is still on stdout.
  out = error.stdout;
}
const report = JSON.parse(out);

/** `| `CODE` | `file glob` | why |` rows of the explanation table. */
const explained = [...readFileSync(`${root}docs/web-ext-lint.md`, 'utf8').matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|/gm)].map(([, code, glob]) => ({
  code,
  file: new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
}));
const isExplained = (m) => explained.some((e) => e.code === m.code && e.file.test(m.file ?? ''));

const line = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
const unexplained = [...report.warnings, ...report.notices].filter((m) => !isExplained(m));
for (const m of report.errors) console.error(`error: ${line(m)}`);
for (const m of unexplained) console.error(`unexplained (fix it or explain it in docs/web-ext-lint.md): ${line(m)}`);
const known = report.warnings.length + report.notices.length - unexplained.length;
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${known} explained in docs/web-ext-lint.md), ${report.notices.length} notices`);
process.exit(report.errors.length || unexplained.length ? 1 : 0);
