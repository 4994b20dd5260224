import { describe, expect, it, vi } from 'vitest';
import { createLibraryModel } from '@/utils/library/model';
import { importedMessage, listProgramme } from '@/utils/library/programmes';
import type { ConferenceId, NoteId } from '@/utils/model/ids';
import { scheduleFixture } from '../formats/schedule/fixture';
import { contents } from '../store/fresh-db';
import { loopback } from '../background/loopback';

const CONF = 'c0f00000-0000-4000-8000-000000000001' as ConferenceId;
const file = (name: string, text: string) => ({ name, size: text.length, text: async () => text });

async function library() {
  const bg = await loopback();
  const model = createLibraryModel({ api: bg.api, clipboard: vi.fn(), saveFile: vi.fn(), newConferenceId: vi.fn() });
  await model.load();
  return { bg, model };
}

describe('importing a schedule in the library', () => {
  it('shows the new conference with its programme by day, times on the conference’s clock, and which talks have notes', async () => {
    const { bg, model } = await library();
    await model.programmes.importFile(file('38c3.json', scheduleFixture('38c3.json')));
    expect(model.status.value).toEqual({ text: 'Imported the schedule as a new conference: 4 talks.', error: false, undo: undefined });
    const made = model.conferences.value.map((c) => [c.name, c.days.length]);
    expect(made).toEqual([['38th Chaos Communication Congress', 2]]);
    const id = model.conferences.value[0]!.id;
    await vi.waitFor(() => expect(model.programmes.views.value.get(id)).toBeDefined());
    await bg.api('note.save', {
      note: { id: '00000000-0000-4000-8000-000000000001' as NoteId, at: 5, kind: 'note', text: 'Opcodes' },
      meta: { platform: 'mediaccc', videoId: '38c3-12345-illegal-instructions', url: 'https://media.ccc.de/v/38c3-12345-illegal-instructions', title: 'Illegal Instructions in Practice', speakers: [] },
    });
    await model.load();
    const talks = model.groups.value.conferences[0]!.days.flatMap((d) => d.talks);
    const days = listProgramme(model.programmes.views.value.get(id)!, talks);
    expect(days.map((d) => [d.heading, d.entries.map((e) => [e.time, e.entry.title, e.entry.room, e.entry.track, e.notes])])).toEqual([
      ['Day 1 – Friday 27 December 2024', [
        ['11:00', 'Opening Ceremony', 'Saal 1', 'CCC', 0],
        ['14:00', 'When Containers Attack', 'Saal GLITCH', 'Security', 0],
        ['16:00', 'Rust in the Kernel, Two Years On', 'Saal GLITCH', 'Hardware & Making', 0],
      ]],
      ['Day 2 – Saturday 28 December 2024', [['12:30', 'Illegal Instructions in Practice: What CPUs Do', 'Saal 1', 'Security', 1]]],
    ]);
  });

  it('counts notes by the entry a talk is filed under, whatever its title, and shows which recordings were opened', async () => {
    const { bg, model } = await library();
    await model.programmes.importFile(file('38c3.json', scheduleFixture('38c3.json')));
    const id = model.conferences.value[0]!.id;
    const youtube = { platform: 'youtube' as const, videoId: 'kkkkkkkkkkk', url: 'https://www.youtube.com/watch?v=kkkkkkkkkkk', speakers: [] };
    // Chosen by the person, then renamed: still the entry's notes.
    const key = `${id}|6f3c2a10-0a3e-5b7a-9d1e-38c3000000a4`;
    await bg.api('programme.choose', { talkId: 'youtube:kkkkkkkkkkk' as never, meta: { ...youtube, title: 'Containers' }, key });
    await bg.api('talk.update', { talkId: 'youtube:kkkkkkkkkkk' as never, patch: { title: 'My name for it' }, meta: null });
    await bg.api('note.save', { note: { id: '00000000-0000-4000-8000-000000000002' as NoteId, at: 5, kind: 'note', text: 'Escapes' }, meta: { ...youtube, title: 'Containers' } });
    // Opened without a note: a confident match by title and speaker.
    await bg.api('programme.match', { talkId: 'youtube:rrrrrrrrrrr' as never, meta: { ...youtube, videoId: 'rrrrrrrrrrr', url: 'https://www.youtube.com/watch?v=rrrrrrrrrrr', title: 'Rust in the Kernel, Two Years On – Miguel Ojeda' } });
    await model.load();
    await vi.waitFor(() => expect(model.programmes.views.value.get(id)?.opened).toHaveLength(2));
    const talks = model.groups.value.conferences[0]!.days.flatMap((d) => d.talks);
    const days = listProgramme(model.programmes.views.value.get(id)!, talks);
    expect(days.flatMap((d) => d.entries.map((e) => [e.entry.title, e.notes, e.opened]))).toEqual([
      ['Opening Ceremony', 0, false],
      ['When Containers Attack', 1, true],
      ['Rust in the Kernel, Two Years On', 0, true],
      ['Illegal Instructions in Practice: What CPUs Do', 0, false],
    ]);
  });

  it('shows a damaged file’s message as it is, and leaves the library unchanged', async () => {
    const { bg, model } = await library();
    const before = await contents(bg.db);
    await model.programmes.importFile(file('broken.xml', '<?xml version="1.0"?><schedule><day index="1"'));
    expect(model.status.value?.error).toBe(true);
    expect(model.status.value?.text).toMatch(/^Nothing was imported, your library is unchanged\. .+/);
    expect(await contents(bg.db)).toEqual(before);
    expect(model.groups.value.conferences).toEqual([]);
  });

  it.each([
    [{ created: true, added: 4, updated: 0, cancelled: 0 }, 'Imported the schedule as a new conference: 4 talks.'],
    [{ created: true, added: 1, updated: 0, cancelled: 1 }, 'Imported the schedule as a new conference: 1 talk (1 cancelled).'],
    [{ created: false, added: 0, updated: 0, cancelled: 0 }, 'Nothing new: the schedule is already up to date.'],
    [{ created: false, added: 1, updated: 2, cancelled: 1 }, 'Updated the schedule: 1 added, 2 changed, 1 cancelled.'],
  ])('words the summary %j as "%s"', (s, text) => {
    expect(importedMessage({ conferenceId: CONF, ...s })).toBe(text);
  });
});

describe('a long schedule import', () => {
  it('shows a progress line once it has taken 300 ms, and takes it away when done', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const bg = await loopback();
      let release = () => {};
      const held = new Promise<void>((r) => (release = r));
      const api = (async (type: string, payload: unknown) => {
        if (type === 'programme.import') await held;
        return bg.api(type as never, payload as never);
      }) as typeof bg.api;
      const model = createLibraryModel({ api, clipboard: vi.fn(), saveFile: vi.fn(), newConferenceId: vi.fn() });
      const done = model.programmes.importFile(file('38c3.json', scheduleFixture('38c3.json')));
      await vi.advanceTimersByTimeAsync(299);
      expect(model.programmes.progress.value).toBeNull();
      await vi.advanceTimersByTimeAsync(1);
      expect(model.programmes.progress.value).toBe('Importing the schedule (0.0 MB): reading its talks and storing them… 0 s');
      await vi.advanceTimersByTimeAsync(2000);
      expect(model.programmes.progress.value).toBe('Importing the schedule (0.0 MB): reading its talks and storing them… 2 s');
      release();
      await vi.runOnlyPendingTimersAsync();
      await done;
      expect(model.programmes.progress.value).toBeNull();
      expect(model.status.value?.text).toBe('Imported the schedule as a new conference: 4 talks.');
    } finally {
      vi.useRealTimers();
    }
  });
});
