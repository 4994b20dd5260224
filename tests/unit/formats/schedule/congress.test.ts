import { describe, expect, it } from 'vitest';
import { mergeProgramme } from '@/utils/formats/schedule/merge';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { congressSchedule } from './congress';

describe('a Congress-sized schedule (1,000 events)', () => {
  const { json, events } = congressSchedule(1000);
  const p = parseSchedule(json);

  it('reads every event once, in order, each on its day', () => {
    expect(p.entries).toHaveLength(1000);
    expect(new Set(p.entries.map((e) => e.guid)).size).toBe(1000);
    expect(p.entries.map((e) => e.start)).toEqual(p.entries.map((e) => e.start).sort());
    const byGuid = new Map(events.map((e) => [e.guid, e]));
    for (const e of p.entries) {
      const source = byGuid.get(e.guid!)!;
      expect([e.id, e.title, e.dayIndex, e.room, e.duration]).toEqual([String(source.id), source.title, source.day, source.room, 2400]);
    }
  });

  it('keeps a talk after midnight on the day it belongs to', () => {
    const late = p.entries.filter((e) => e.dayIndex === 1 && e.start >= '2024-12-27T23:00:00.000Z');
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((e) => e.start < '2024-12-28T05:00:00.000Z')).toBe(true);
    expect(p.days.map((d) => [d.index, d.start])).toEqual([
      [1, '2024-12-27T05:00:00.000Z'],
      [2, '2024-12-28T05:00:00.000Z'],
      [3, '2024-12-29T05:00:00.000Z'],
      [4, '2024-12-30T05:00:00.000Z'],
    ]);
  });

  it('imports again to the same programme, reporting no change', () => {
    expect(mergeProgramme(p, parseSchedule(json))).toEqual({ programme: p, added: [], updated: [], cancelled: [] });
  });
});
