import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A schedule file from tests/fixtures/schedules, as text. */
export function scheduleFixture(name: string): string {
  return readFileSync(resolve('tests/fixtures/schedules', name), 'utf8');
}
