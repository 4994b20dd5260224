// Damaged schedules into the one entry point: each is read as a programme or refused with a
// ScheduleError (a message for a person), never with a crash of some other kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScheduleError } from '@/utils/formats/schedule/errors';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from '../formats/schedule/fixture';
import { damageText, mutate, mutation, textDamage, type Json } from './mutate';

/** More runs for a deeper search: SCHEDULE_FUZZ_RUNS=3000 (and FUZZ_SEED=… for another seed). */
const RUNS = Number(process.env.SCHEDULE_FUZZ_RUNS ?? 400);
const JSON_FILES = ['pretalx.json', 'frab.json', 'schedule2.json'];
const TEXT_FILES = ['fosdem.xml', 'pretalx.xml', 'winterdays.ics'];

function outcome(content: string): string {
  try {
    const p = parseSchedule(content);
    // What is read must hold to the model: plain text, instants, http(s) links only.
    for (const e of p.entries) {
      expect(Number.isNaN(Date.parse(e.start))).toBe(false);
      expect(Number.isFinite(e.duration)).toBe(true);
      for (const l of [...e.links, ...e.recordings]) expect(l.url).toMatch(/^https?:\/\//);
    }
    return 'read';
  } catch (e) {
    if (e instanceof ScheduleError) {
      expect(e.message.length).toBeGreaterThan(10);
      return e.code;
    }
    throw e;
  }
}

describe('damaged schedules', () => {
  it('JSON with parts removed, replaced, retyped or duplicated is read or refused', { timeout: 180_000 }, () => {
    const docs = JSON_FILES.map((f) => JSON.parse(scheduleFixture(f)) as Json);
    fc.assert(
      fc.property(fc.constantFrom(...docs), fc.array(mutation, { minLength: 1, maxLength: 3 }), (doc, ms) => {
        outcome(JSON.stringify(ms.reduce<Json>((d, m) => mutate(d, m), doc)));
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_207) },
    );
  });

  it('XML and iCalendar cut, spliced or corrupted are read or refused', { timeout: 180_000 }, () => {
    const texts = TEXT_FILES.map(scheduleFixture);
    fc.assert(
      fc.property(fc.constantFrom(...texts), textDamage, (text, d) => {
        outcome(damageText(text, d));
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_207) },
    );
  });
});
