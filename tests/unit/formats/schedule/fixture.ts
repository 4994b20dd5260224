import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import type { Programme } from '@/utils/model/programme';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A schedule file from tests/fixtures/schedules, as text. */
export function scheduleFixture(name: string): string {
  return readFileSync(resolve('tests/fixtures/schedules', name), 'utf8');
}

/** A schedule's text read as the library page reads it before `programme.import`. */
export function scheduleProgramme(text: string): Programme {
  return parseSchedule(text);
}
