import { describe, expect, it } from 'vitest';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import { mergeProgramme } from '@/utils/formats/schedule/merge';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

const original = () => parseSchedule(scheduleFixture('pretalx.json'));

function edited(change: (entries: ProgrammeEntry[]) => ProgrammeEntry[]): Programme {
  const p = original();
  return { ...p, entries: change(p.entries) };
}

describe('importing a schedule again', () => {
  it('adds everything the first time', () => {
    const p = original();
    expect(mergeProgramme(null, p)).toEqual({ programme: p, added: ['101', '103', '102', '104'], updated: [], cancelled: [] });
  });

  it('changes nothing when the same file comes twice, or three times', () => {
    const once = mergeProgramme(original(), original());
    expect(once).toEqual({ programme: original(), added: [], updated: [], cancelled: [] });
    const gone = mergeProgramme(original(), edited((es) => es.filter((e) => e.id !== '103'))).programme;
    const again = mergeProgramme(gone, edited((es) => es.filter((e) => e.id !== '103')));
    expect(again).toEqual({ programme: gone, added: [], updated: [], cancelled: [] });
  });

  it('updates details by guid, even when the schedule renumbered the event', () => {
    const next = edited((es) => es.map((e) => (e.id === '101' ? { ...e, id: '901', room: 'Workshop Room', start: '2025-11-14T09:30:00.000Z' } : e)));
    const m = mergeProgramme(original(), next);
    expect(m).toMatchObject({ added: [], updated: ['901'], cancelled: [] });
    expect(m.programme.entries.map((e) => [e.id, e.room, e.start])).toEqual([
      ['901', 'Workshop Room', '2025-11-14T09:30:00.000Z'],
      ['103', 'Workshop Room', '2025-11-14T13:00:00.000Z'],
      ['102', 'Großer Saal', '2025-11-14T23:30:00.000Z'],
      ['104', 'Großer Saal', '2025-11-15T10:15:00.000Z'],
    ]);
  });

  it('matches by id where the schedule gives no guid', () => {
    const noGuid = (p: Programme) => ({ ...p, entries: p.entries.map((e) => ({ ...e, guid: null })) });
    const next = noGuid(edited((es) => es.map((e) => (e.id === '104' ? { ...e, title: 'Who Owns the City’s Data? (updated)' } : e))));
    const m = mergeProgramme(noGuid(original()), next);
    expect(m).toMatchObject({ added: [], updated: ['104'], cancelled: [] });
    expect(m.programme.entries.find((e) => e.id === '104')!.title).toBe('Who Owns the City’s Data? (updated)');
  });

  it('does not take two events with different guids for one because their ids agree', () => {
    const next = edited((es) => es.map((e) => (e.id === '102' ? { ...e, guid: 'f0000000-0000-4000-8000-000000000000' } : e)));
    const m = mergeProgramme(original(), next);
    expect(m).toMatchObject({ added: ['102'], updated: [], cancelled: ['102'] });
    expect(m.programme.entries.filter((e) => e.id === '102').map((e) => [e.guid, e.cancelled])).toEqual([
      ['9b1d4f6e-7a2c-5c9f-8b54-3e2a4d5c6b72', true],
      ['f0000000-0000-4000-8000-000000000000', false],
    ]);
  });

  it('keeps an event that disappeared, marked cancelled, in its place', () => {
    const m = mergeProgramme(original(), edited((es) => es.filter((e) => e.id !== '103')));
    expect(m).toMatchObject({ added: [], updated: [], cancelled: ['103'] });
    expect(m.programme.entries.map((e) => [e.id, e.cancelled])).toEqual([
      ['101', false],
      ['103', true],
      ['102', false],
      ['104', false],
    ]);
    expect(m.programme.entries[1]).toEqual({ ...original().entries[1], cancelled: true });
  });

  it('brings a cancelled event back when the schedule lists it again, and adds a new one', () => {
    const gone = mergeProgramme(original(), edited((es) => es.filter((e) => e.id !== '103'))).programme;
    const extra = { ...original().entries[3]!, guid: 'e0000000-0000-4000-8000-000000000000', id: '105', title: 'Added late' };
    const m = mergeProgramme(gone, edited((es) => [...es, extra]));
    expect(m).toMatchObject({ added: ['105'], updated: ['103'], cancelled: [] });
    expect(m.programme.entries.map((e) => [e.id, e.cancelled])).toEqual([
      ['101', false],
      ['103', false],
      ['102', false],
      ['105', false],
      ['104', false],
    ]);
  });

  it('reports an event the schedule now marks cancelled', () => {
    const m = mergeProgramme(original(), edited((es) => es.map((e) => (e.id === '104' ? { ...e, cancelled: true } : e))));
    expect(m).toMatchObject({ added: [], updated: ['104'], cancelled: ['104'] });
  });
});
