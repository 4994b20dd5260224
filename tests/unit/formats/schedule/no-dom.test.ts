// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

describe('reading schedules where there is no DOM, as in a service worker', () => {
  it('has no DOMParser here', () => {
    expect(typeof (globalThis as { DOMParser?: unknown }).DOMParser).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it.each([
    ['pretalx.json', 4],
    ['frab.json', 3],
    ['schedule2.json', 2],
    ['fosdem.xml', 3],
    ['pretalx.xml', 2],
    ['winterdays.ics', 3],
  ])('reads %s, HTML fields included', (file, count) => {
    const p = parseSchedule(scheduleFixture(file));
    expect(p.entries).toHaveLength(count);
  });

  it('reduces HTML to text without a DOM', () => {
    expect(parseSchedule(scheduleFixture('fosdem.xml')).entries[1]!.abstract).toBe('Futures, executors and the borrow checker.\n\nWith live demos & no slides.');
  });
});
