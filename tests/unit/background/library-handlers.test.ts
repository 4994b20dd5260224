import { describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '@/utils/formats/backup';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { ConferenceInput } from '@/utils/model/edits';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { contents, freshDb } from '../store/fresh-db';
import { loopback, writeNotes } from './loopback';

const CONF = 'c0f00000-0000-4000-8000-0000000000aa' as ConferenceId;
const A = 'youtube:aaaaaaaaaaa' as TalkId;
const B = 'youtube:bbbbbbbbbbb' as TalkId;
const circus: ConferenceInput = {
  id: CONF, name: 'Software Circus 2016', venue: 'Pakhuis West', startDate: '2016-08-31', endDate: '2016-09-02', lang: 'en',
  days: [{ number: 1, date: '2016-08-31' }, { number: 2, date: '2016-09-01', theme: 'Containers' }],
};

async function withTwoTalks() {
  const bg = await loopback();
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization');
  await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
  await bg.api('conference.save', { conference: circus });
  bg.events.length = 0;
  return bg;
}

describe('the library requests', () => {
  it('keep the background warm: a library page in view gets the index built, so a search reads no note', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const index = createLibraryIndex();
      const { api } = await loopback(await freshDb(), index);
      await writeNotes(api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key');
      expect(await api('library.keepWarm', {})).toBeNull();
      expect(index.built()).toBe(false);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.waitFor(() => expect(index.built()).toBe(true));
      expect(index.search('diversity').total).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('list live conferences and talks with their note counts', async () => {
    const { api } = await withTwoTalks();
    const list = await api('library.list', {});
    expect(list.conferences.map((c) => c.name)).toEqual(['Software Circus 2016']);
    expect(list.talks.map((t) => [t.talk.title, t.notes])).toEqual([['When Containers Attack', 2], ['Tracing', 1]]);
  });

  it('assign talks to a conference day in order, and tell every view about each talk that moved', async () => {
    const { api, events } = await withTwoTalks();
    await api('talk.assign', { talkId: A, conferenceId: CONF, day: 2, position: null });
    const moved = await api('talk.assign', { talkId: B, conferenceId: CONF, day: 2, position: 0 });
    expect(moved.map((t) => [t.id, t.order])).toEqual([[B, 0], [A, 1]]);
    expect(events.map((e) => [e.talkId, e.talk?.order, e.notes.length])).toEqual([[A, 0, 0], [B, 0, 0], [A, 1, 0]]);
  });

  it('refuse to assign without saying which conference (null means none)', async () => {
    const { api } = await withTwoTalks();
    await expect(api('talk.assign', { talkId: A, day: null, position: null } as never)).rejects.toThrow(/payload.conferenceId/);
  });

  it('delete a talk with its notes, tell the views, and undo it', async () => {
    const { api, events } = await withTwoTalks();
    const gone = await api('talk.delete', { talkId: A });
    expect([gone.talk.deletedAt !== undefined, gone.notes.length]).toEqual([true, 2]);
    expect(events.at(-1)?.notes.map((n) => n.deletedAt !== undefined)).toEqual([true, true]);
    expect((await api('library.list', {})).talks.map((t) => t.talk.id)).toEqual([B]);
    expect((await api('notes.search', { query: 'diversity' })).total).toBe(0);
    await api('talk.restore', { talkId: A });
    expect((await api('notes.search', { query: 'diversity' })).hits.map((h) => [h.title, h.at, h.text])).toEqual([['When Containers Attack', 10, 'Diversity is key']]);
  });

  it('search and count each write made through the background at once (the index is kept, not re-read per keystroke)', async () => {
    const { api } = await withTwoTalks();
    expect((await api('notes.search', { query: 'sidecar' })).total).toBe(0);
    await writeNotes(api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap', 'Sidecars too');
    expect((await api('notes.search', { query: 'sidecar' })).hits.map((h) => h.text)).toEqual(['Sidecars too']);
    await api('talk.update', { talkId: B, patch: { title: 'Tracing with sidecars' }, meta: null });
    expect((await api('notes.search', { query: 'sidecar' })).hits.map((h) => h.title)).toEqual(['Tracing with sidecars', 'Tracing with sidecars']);
    const hit = (await api('notes.search', { query: 'sidecars too' })).hits[0]!;
    await api('note.delete', { id: hit.noteId! });
    expect((await api('notes.search', { query: 'sidecars too' })).total).toBe(0);
    expect((await api('library.list', {})).talks.map((t) => [t.talk.id, t.notes])).toEqual([[A, 2], [B, 2]]);
  });

  it('export a whole conference and one of its days as Markdown, with front matter when asked', async () => {
    const { api } = await withTwoTalks();
    await api('talk.assign', { talkId: A, conferenceId: CONF, day: 2, position: null });
    await api('talk.assign', { talkId: B, conferenceId: CONF, day: 1, position: null });
    const whole = await api('export.conference', { conferenceId: CONF, day: null, frontMatter: false });
    expect(whole.filename).toBe('Software Circus 2016.md');
    expect(whole.markdown.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Software Circus 2016', '## Day 1 – Wednesday 31 August 2016', '### Tracing', '## Day 2 – Thursday 1 September 2016 – Containers', '### When Containers Attack',
    ]);
    const day = await api('export.conference', { conferenceId: CONF, day: 2, frontMatter: true });
    expect(day.filename).toBe('Software Circus 2016 – Day 2.md');
    expect(day.markdown.startsWith('---\n')).toBe(true);
    expect(day.markdown).not.toContain('### Tracing');
  });

  it('export one talk in its conference’s language', async () => {
    const { api } = await withTwoTalks();
    await api('conference.save', { conference: { ...circus, lang: 'da' } });
    await api('talk.assign', { talkId: A, conferenceId: CONF, day: null, position: null });
    const { markdown, filename } = await api('export.talk', { talkId: A, frontMatter: false });
    expect(filename).toBe('When Containers Attack.md');
    expect(markdown).toContain('[Optagelse](https://www.youtube.com/watch?v=aaaaaaaaaaa)');
  });

  it('export one talk from the sidebar in its conference’s language too, with its summary, verdict and footnotes', async () => {
    const { api } = await withTwoTalks();
    await api('conference.save', { conference: { ...circus, lang: 'da' } });
    await api('talk.assign', { talkId: B, conferenceId: CONF, day: null, position: null });
    await api('talk.update', { talkId: B, patch: { summary: 'Om spans^[og traces].', verdict: '10/10 talk would recommend.' }, meta: null });
    const { markdown } = await api('talk.export', { talkId: B });
    expect(markdown).toBe(
      '# Tracing\n\n[Optagelse](https://www.youtube.com/watch?v=bbbbbbbbbbb)\n\nOm spans[^1].\n\n' +
        '- [0:10](https://www.youtube.com/watch?v=bbbbbbbbbbb&t=10s) Spans are cheap\n\n10/10 talk would recommend.\n\n[^1]: og traces\n',
    );
  });

  it('keep a day’s introduction with the conference and write it under the day’s heading', async () => {
    const { api } = await withTwoTalks();
    const days = [{ number: 1, date: '2016-08-31' }, { number: 2, date: '2016-09-01', theme: 'Containers', intro: 'The main day.' }];
    const saved = await api('conference.save', { conference: { ...circus, days } });
    expect(saved.days).toEqual(days);
    await api('talk.assign', { talkId: A, conferenceId: CONF, day: 2, position: null });
    const { markdown } = await api('export.conference', { conferenceId: CONF, day: 2, frontMatter: false });
    expect(markdown).toContain('## Day 2 – Thursday 1 September 2016 – Containers\n\nThe main day.\n\n### When Containers Attack\n');
  });

  it('back up everything and merge that backup into another store', async () => {
    const { api } = await withTwoTalks();
    const backup = await api('backup.export', {});
    expect(backup.filename).toMatch(/^talk-notes-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const other = await loopback();
    expect(await other.api('backup.import', { text: backup.text })).toEqual({
      read: { talks: 2, notes: 3, conferences: 1, marks: 0 }, changed: { talks: 2, notes: 3, conferences: 1, marks: 0 },
    });
    expect(other.events.map((e) => [e.talkId, e.notes.length])).toEqual([[A, 2], [B, 1]]);
    expect((await other.api('notes.search', { query: 'spans' })).total).toBe(1);
  });

  it('refuse a bad backup with the reason and write nothing', async () => {
    const { api, db } = await withTwoTalks();
    const before = await contents(db);
    const future = serializeBackup({ talks: [], notes: [], conferences: [], marks: [] }).replace('"version": 1', '"version": 2');
    await expect(api('backup.import', { text: future })).rejects.toThrow(/newer version of Talk Notes/);
    await expect(api('backup.import', { text: 'garbage' })).rejects.toThrow(/not valid JSON/);
    expect(await contents(db)).toEqual(before);
  });

  it.each([
    [{}, ''],
    [{ talkId: A }, '#talk=youtube%3Aaaaaaaaaaaa'],
    [{ query: 'containers & rust' }, '#q=containers%20%26%20rust'],
  ])('open the library page at %j', async (target, hash) => {
    const { api, openLibrary } = await loopback();
    await api('library.open', target);
    expect(openLibrary).toHaveBeenCalledWith(hash);
  });

  it.each([
    ['a conference without a name', 'conference.save', { conference: { ...circus, name: '  ' } }, /payload.conference.name/],
    ['a day listed twice', 'conference.save', { conference: { ...circus, days: [{ number: 1 }, { number: 1 }] } }, /days\[1\].number: day 1 is listed twice/],
    ['an unknown language', 'conference.save', { conference: { ...circus, lang: 'fr' } }, /payload.conference.lang/],
    ['a date that is no date', 'conference.save', { conference: { ...circus, startDate: '2016-02-30' } }, /payload.conference.startDate/],
    ['a backup that is not text', 'backup.import', { text: { talks: [] } }, /payload.text: expected text/],
    ['a day 0', 'export.conference', { conferenceId: CONF, day: 0, frontMatter: false }, /payload.day/],
    ['front matter that is not a yes or no', 'export.talk', { talkId: A, frontMatter: 'yes' }, /payload.frontMatter: expected true or false/],
    ['a library address for a made-up talk', 'library.open', { talkId: 'evil:x' }, /payload.talkId/],
  ])('refuse %s', async (_, type, payload, error) => {
    const { api } = await loopback();
    await expect(api(type as 'conference.save', payload as never)).rejects.toThrow(error);
  });
});
