import { describe, expect, it } from 'vitest';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import type { ConferenceId } from '@/utils/model/ids';
import { importProgramme, readAllProgrammes, readProgramme } from '@/utils/store/programmes';
import { aConference, CONF_1 } from '../model/records';
import { scheduleFixture } from '../formats/schedule/fixture';
import { contents, fill, freshDb } from './fresh-db';

const T = 1_700_000_000_000;
const NEW = 'c0ffee00-0000-4000-8000-000000000001' as ConferenceId;
const pretalx = () => parseSchedule(scheduleFixture('pretalx.json'));

describe('importing a programme as a new conference', () => {
  it('makes the conference from the header, with its days, and stores every entry', async () => {
    const db = await freshDb();
    const { summary, conference } = await importProgramme(db, pretalx(), null, () => NEW, T);
    expect(summary).toEqual({ conferenceId: NEW, created: true, added: 4, updated: 0, cancelled: 0 });
    expect(conference).toEqual({
      id: NEW,
      name: 'HackTalk 2025',
      tagline: 'hacktalk25',
      startDate: '2025-11-14',
      endDate: '2025-11-15',
      lang: 'en',
      days: [
        { number: 1, date: '2025-11-14' },
        { number: 2, date: '2025-11-15' },
      ],
      createdAt: T,
      updatedAt: T,
    });
    expect((await contents(db)).conferences).toEqual([conference]);
    const view = await readProgramme(db, NEW);
    expect(view.programme).toMatchObject({ conferenceId: NEW, format: 'c3voc-json', version: 'v1.3', importedAt: T });
    expect(view.entries.map((e) => [e.id, e.start, e.dayIndex])).toEqual([
      ['101', '2025-11-14T09:00:00.000Z', 1],
      ['103', '2025-11-14T13:00:00.000Z', 1],
      ['102', '2025-11-14T23:30:00.000Z', 1],
      ['104', '2025-11-15T10:15:00.000Z', 2],
    ]);
    expect(view.entries).toEqual(pretalx().entries);
  });

  it('adds no talks: entries without notes are light', async () => {
    const db = await freshDb();
    await importProgramme(db, pretalx(), null, () => NEW, T);
    expect((await contents(db)).talks).toEqual([]);
  });
});

describe('importing a programme into a conference', () => {
  it('merges a second import: the same file twice changes nothing, a dropped event is kept cancelled', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference({ days: [{ number: 1, date: '2025-11-14', theme: 'Mine' }] })] });
    const first = await importProgramme(db, pretalx(), CONF_1, () => NEW, T);
    expect(first.summary).toEqual({ conferenceId: CONF_1, created: false, added: 4, updated: 0, cancelled: 0 });
    expect(first.conference?.days).toEqual([
      { number: 1, date: '2025-11-14', theme: 'Mine' },
      { number: 2, date: '2025-11-15' },
    ]);
    const again = await importProgramme(db, pretalx(), CONF_1, () => NEW, T + 1);
    expect(again).toEqual({ summary: { conferenceId: CONF_1, created: false, added: 0, updated: 0, cancelled: 0 }, conference: null });
    const fewer = pretalx();
    fewer.entries = fewer.entries.filter((e) => e.id !== '103');
    const third = await importProgramme(db, fewer, CONF_1, () => NEW, T + 2);
    expect(third.summary).toMatchObject({ added: 0, updated: 0, cancelled: 1 });
    const view = await readProgramme(db, CONF_1);
    expect(view.entries.map((e) => [e.id, e.cancelled])).toEqual([
      ['101', false],
      ['103', true],
      ['102', false],
      ['104', false],
    ]);
  });

  it('writes nothing into a conference that was deleted', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference({ deletedAt: T })] });
    await expect(importProgramme(db, pretalx(), CONF_1, () => NEW, T)).rejects.toThrow('That conference does not exist');
    expect(await readProgramme(db, CONF_1)).toEqual({ programme: null, entries: [], opened: [] });
    expect(await readAllProgrammes(db)).toEqual([]);
  });

  it('keeps two conferences’ programmes apart', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference()] });
    await importProgramme(db, pretalx(), CONF_1, () => NEW, T);
    await importProgramme(db, parseSchedule(scheduleFixture('frab.json')), null, () => NEW, T);
    const all = await readAllProgrammes(db);
    expect(all.map((p) => [p.programme.conferenceId, p.entries.length]).sort()).toEqual([
      [CONF_1, 4],
      [NEW, parseSchedule(scheduleFixture('frab.json')).entries.length],
    ].sort());
    expect((await readProgramme(db, CONF_1)).entries.map((e) => e.id)).toEqual(['101', '103', '102', '104']);
  });
});
