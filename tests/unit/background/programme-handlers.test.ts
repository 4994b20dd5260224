import { describe, expect, it } from 'vitest';
import type { ConferenceId, NoteId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import { scheduleFixture, scheduleProgramme } from '../formats/schedule/fixture';
import { contents } from '../store/fresh-db';
import { loopback } from './loopback';

const recording: TalkMeta = {
  platform: 'mediaccc',
  videoId: '38c3-12345-illegal-instructions',
  url: 'https://media.ccc.de/v/38c3-12345-illegal-instructions',
  title: 'Illegal Instructions in Practice',
  speakers: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }],
};
const note = { id: '00000000-0000-4000-8000-000000000001' as NoteId, at: 61, kind: 'note' as const, text: 'Every opcode' };

describe('the programme requests', () => {
  it('import a schedule as a new conference, then read it back in schedule order', async () => {
    const { api, db } = await loopback();
    const summary = await api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
    expect(summary).toEqual({ conferenceId: expect.any(String), created: true, added: 4, updated: 0, cancelled: 0 });
    const list = await api('library.list', {});
    expect(list.conferences.map((c) => [c.id, c.name, c.days])).toEqual([
      [summary.conferenceId, '38th Chaos Communication Congress', [{ number: 1, date: '2024-12-27' }, { number: 2, date: '2024-12-28' }]],
    ]);
    expect(list.talks).toEqual([]);
    const view = await api('programme.get', { conferenceId: summary.conferenceId });
    expect(view.entries.map((e) => [e.slug, e.start, e.room, e.dayIndex])).toEqual([
      ['38c3-12001-opening-ceremony', '2024-12-27T10:00:00.000Z', 'Saal 1', 1],
      ['38c3-12010-when-containers-attack', '2024-12-27T13:00:00.000Z', 'Saal GLITCH', 1],
      ['38c3-12002-rust-in-the-kernel', '2024-12-27T15:00:00.000Z', 'Saal GLITCH', 1],
      ['38c3-12345-illegal-instructions', '2024-12-28T11:30:00.000Z', 'Saal 1', 2],
    ]);
    expect(view.entries[0]!.abstract).toBe('Welcome to the 38th congress.');
    // The same file again changes nothing.
    expect(await api('programme.import', { conferenceId: summary.conferenceId, programme: scheduleProgramme(scheduleFixture('38c3.json')) })).toEqual({
      conferenceId: summary.conferenceId, created: false, added: 0, updated: 0, cancelled: 0,
    });
    expect((await contents(db)).conferences).toHaveLength(1);
  });

  it('refuse a damaged programme with the field it fails on, and write nothing', async () => {
    const { api, db } = await loopback();
    const before = await contents(db);
    const programme = scheduleProgramme(scheduleFixture('38c3.json'));
    const noStart = { ...programme, entries: [{ ...programme.entries[0]!, start: 'soon' }] };
    await expect(api('programme.import', { conferenceId: null, programme: noStart })).rejects.toThrow('payload.programme.entries[0].start: expected a date and time');
    const script = { ...programme, conference: { ...programme.conference, url: 'javascript:alert(1)' } };
    await expect(api('programme.import', { conferenceId: null, programme: script })).rejects.toThrow('payload.programme.conference.url: expected a web address (http or https)');
    await expect(api('programme.import', { conferenceId: null, programme: 'Dear diary' as never })).rejects.toThrow('payload.programme: expected an object, got "Dear diary"');
    expect(await contents(db)).toEqual(before);
    await expect(api('programme.import', { conferenceId: 'c9999999-0000-4000-8000-000000000009' as ConferenceId, programme: scheduleProgramme(scheduleFixture('38c3.json')) }))
      .rejects.toThrow('That conference does not exist');
    expect(await contents(db)).toEqual(before);
  });

  it('file a recording’s first note under its programme entry: conference, day, place, the schedule’s title and speakers', async () => {
    const { api, events } = await loopback();
    const { conferenceId } = await api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
    const saved = await api('note.save', { note, meta: recording });
    expect(saved.talk).toMatchObject({
      id: 'mediaccc:38c3-12345-illegal-instructions',
      conferenceId,
      day: 2,
      order: 0,
      title: 'Illegal Instructions in Practice: What CPUs Do',
      speakers: [{ name: 'Ada Lovelace', org: 'Analytical Engines Ltd' }, { name: 'Grace Hopper' }],
    });
    expect(events.at(-1)).toMatchObject({ event: 'talk.changed', talk: { conferenceId, day: 2 } });
    const list = await api('library.list', {});
    expect(list.talks.map((t) => [t.talk.conferenceId, t.talk.day, t.notes])).toEqual([[conferenceId, 2, 1]]);
  });

  it('leave a recording the programme does not hold, and a talk the person filed, where they are', async () => {
    const { api } = await loopback();
    await api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
    const other = { ...recording, videoId: 'other-talk', url: 'https://media.ccc.de/v/other-talk', title: 'Gardening on Balconies', speakers: [] };
    expect((await api('note.save', { note, meta: other })).talk.conferenceId).toBeUndefined();
  });
});

describe('a conference export after recordings found their talks', () => {
  it('follows the programme: talks in schedule order whatever order they were watched in, speakers from the schedule', async () => {
    const { api } = await loopback();
    const { conferenceId } = await api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
    // Watched last-first: a YouTube upload matched by title and speaker, then the opening on media.ccc.de.
    const upload: TalkMeta = {
      platform: 'youtube', videoId: 'rUsTkErNeL1', url: 'https://www.youtube.com/watch?v=rUsTkErNeL1',
      title: 'Rust in the Kernel, Two Years On – Miguel Ojeda | 38C3', channel: 'media.ccc.de', speakers: [],
    };
    const opening: TalkMeta = { ...recording, videoId: '38c3-12001-opening-ceremony', url: 'https://media.ccc.de/v/38c3-12001-opening-ceremony', title: 'Opening Ceremony', speakers: [] };
    const saved = await api('note.save', { note: { ...note, id: '00000000-0000-4000-8000-000000000002' as NoteId }, meta: upload });
    expect(saved.talk).toMatchObject({ conferenceId, day: 1, order: 2, title: 'Rust in the Kernel, Two Years On', speakers: [{ name: 'Miguel Ojeda' }] });
    await api('note.save', { note: { ...note, id: '00000000-0000-4000-8000-000000000003' as NoteId }, meta: opening });
    const { markdown } = await api('export.conference', { conferenceId, day: 1, frontMatter: false });
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# 38th Chaos Communication Congress', '## Day 1 – Friday 27 December 2024', '### Opening Ceremony', '### Rust in the Kernel, Two Years On']);
    expect(markdown).toContain('by Miguel Ojeda');
  });
});

describe('talks written before their programme was imported', () => {
  it('are filed by the import under their entries, keeping the titles they had', async () => {
    const { api, events } = await loopback();
    await api('note.save', { note, meta: { ...recording, title: 'My title for it' } });
    const { conferenceId } = await api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
    const list = await api('library.list', {});
    expect(list.talks.map((t) => [t.talk.title, t.talk.conferenceId, t.talk.day, t.talk.order])).toEqual([['My title for it', conferenceId, 2, 0]]);
    expect(events.at(-1)).toMatchObject({ event: 'talk.changed', talkId: 'mediaccc:38c3-12345-illegal-instructions', talk: { conferenceId, day: 2 } });
  });
});
