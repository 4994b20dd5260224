import { afterEach, describe, expect, it, vi } from 'vitest';
import { conferenceDraft, talkDraft, type ConferenceDraft } from '@/utils/library/forms';
import { createLibraryModel } from '@/utils/library/model';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';
import { contents } from '../store/fresh-db';
import { loopback, meta, noteId, writeNotes } from '../background/loopback';
import { heldRead } from './held-read';

const A = 'youtube:aaaaaaaaaaa' as TalkId;
const B = 'youtube:bbbbbbbbbbb' as TalkId;
const C = 'youtube:ccccccccccc' as TalkId;
let confs = 0;
const newConferenceId = () => `c0f00000-0000-4000-8000-${String(++confs).padStart(12, '0')}` as ConferenceId;

const circus: ConferenceDraft = {
  ...conferenceDraft(null),
  name: 'Software Circus 2016',
  startDate: '2016-08-31',
  endDate: '2016-09-02',
  days: [{ date: '2016-08-31', theme: '', intro: '' }, { date: '2016-09-01', theme: 'Containers', intro: '' }],
};

async function setup(api?: ApiCall) {
  const bg = await loopback();
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization helps');
  await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
  await writeNotes(bg.api, 'ccccccccccc', 'Rust', 'Fearless');
  const saveFile = vi.fn<(f: string, t: string | Uint8Array, m: string) => void>();
  const clipboard = vi.fn<(text: string) => Promise<void>>(async () => {});
  const model = createLibraryModel({ api: api ?? bg.api, clipboard, saveFile, newConferenceId, progressDelay: 1000 });
  await model.load();
  return { bg, model, saveFile, clipboard };
}

/** The page as a list of lines: conferences, their days and talks (with note counts), then talks in none. */
function outline(model: Awaited<ReturnType<typeof setup>>['model']): string[] {
  const { conferences, unassigned } = model.groups.value;
  return [
    ...conferences.flatMap((g) => [
      g.conference.name,
      ...g.days.flatMap((d) => [`  Day ${d.day ?? '-'}`, ...d.talks.map((t) => `    ${t.talk.title} (${t.notes})`)]),
    ]),
    'No conference',
    ...unassigned.map((t) => `  ${t.talk.title} (${t.notes})`),
  ];
}

async function withConference() {
  const s = await setup();
  s.model.editConference(null);
  await s.model.saveConference(circus);
  const id = s.model.conferences.value[0]!.id;
  return { ...s, id };
}

afterEach(() => vi.useRealTimers());

describe('the library model', () => {
  it('shows the talks not yet in a conference, newest first, with their note counts', async () => {
    const { model } = await setup();
    expect(outline(model)).toEqual(['No conference', '  Rust (1)', '  Tracing (1)', '  When Containers Attack (2)']);
  });

  it('creates a conference from its form and closes the form', async () => {
    const { model } = await withConference();
    expect(outline(model).slice(0, 3)).toEqual(['Software Circus 2016', '  Day 1', '  Day 2']);
    expect([model.panel.value, model.status.value?.text]).toEqual([null, 'Saved Software Circus 2016.']);
  });

  it('keeps the form open with the reason when a conference cannot be saved', async () => {
    const { model } = await setup();
    model.editConference(null);
    expect(await model.saveConference({ ...circus, name: ' ' })).toBe(false);
    expect([model.panel.value?.kind, model.status.value]).toEqual(['conference', { text: 'A conference needs a name.', error: true, undo: undefined }]);
    expect(model.conferences.value).toEqual([]);
  });

  it('assigns talks to days and orders them with move up and down', async () => {
    const { model, id } = await withConference();
    await model.assign(A, id, 2);
    await model.assign(B, id, 2);
    await model.assign(C, id, null);
    await model.move(B, -1);
    await model.move(B, -1); // already first: nothing happens
    expect(outline(model)).toEqual([
      'Software Circus 2016', '  Day 1', '  Day 2', '    Tracing (1)', '    When Containers Attack (2)', '  Day -', '    Rust (1)', 'No conference',
    ]);
    await model.assign(C, null, null);
    expect(outline(model).slice(-2)).toEqual(['No conference', '  Rust (1)']);
  });

  it('does not let a list read before an assignment undo it on screen (the tab coming back to view)', async () => {
    const { bg, id } = await withConference();
    const gate = heldRead();
    // The store's list as it was when asked, answered only once released.
    const slowList: ApiCall = async (type, payload) => {
      const reply = await bg.api(type, payload);
      if (type === 'library.list') await gate.pass();
      return reply;
    };
    const page = createLibraryModel({ api: slowList, clipboard: vi.fn(), saveFile: vi.fn(), newConferenceId, progressDelay: 1000 });
    await page.load();
    const { reading } = await gate.hold(() => page.load());
    await page.assign(A, id, 2);
    gate.release();
    await reading;
    expect([page.talkById(A)?.conferenceId, page.talkById(A)?.day]).toEqual([id, 2]);
  });

  it('saves a talk’s details: title, speakers, links and thoughts', async () => {
    const { model } = await setup();
    model.editTalk(A);
    const draft = {
      ...talkDraft(model.talkById(A)!),
      speakers: [{ name: 'Anne Currie', role: 'Co-founder', org: 'MicroScaling Systems', handles: '@anne_e_currie, @microscaling' }],
      links: [{ label: 'Slides', url: 'https://speakerdeck.com/anne' }],
      thoughts: 'Instead of giving answers Anne directs us.',
    };
    expect(await model.saveTalk(A, draft)).toBe(true);
    expect(model.talkById(A)).toMatchObject({
      speakers: [{ name: 'Anne Currie', role: 'Co-founder', org: 'MicroScaling Systems', handles: ['@anne_e_currie', '@microscaling'] }],
      links: [{ label: 'Slides', url: 'https://speakerdeck.com/anne' }],
      thoughts: 'Instead of giving answers Anne directs us.',
    });
    expect(model.panel.value).toBeNull();
  });

  it('shows why a talk’s details were refused, and keeps them open', async () => {
    const { model } = await setup();
    model.editTalk(A);
    const draft = { ...talkDraft(model.talkById(A)!), links: [{ label: 'x', url: 'javascript:alert(1)' }] };
    expect(await model.saveTalk(A, draft)).toBe(false);
    expect(model.status.value?.text).toMatch(/^Could not save the talk: payload.patch.links\[0\].url: expected a web address/);
    expect(model.panel.value).toEqual({ kind: 'talk', talkId: A });
  });

  it('deletes a talk with its notes and offers an undo that brings all back', async () => {
    const { model } = await setup();
    await model.deleteTalk(A);
    expect(model.status.value?.text).toBe('Deleted When Containers Attack and its 2 notes.');
    expect(outline(model)).toEqual(['No conference', '  Rust (1)', '  Tracing (1)']);
    model.status.value?.undo?.();
    await vi.waitFor(() => expect(outline(model)).toContain('  When Containers Attack (2)'));
  });

  it('deletes a conference, its talks moving to no conference, and undoes that', async () => {
    const { model, id } = await withConference();
    await model.assign(A, id, 1);
    await model.deleteConference(id);
    expect(outline(model)).toEqual(['No conference', '  Rust (1)', '  Tracing (1)', '  When Containers Attack (2)']);
    model.status.value?.undo?.();
    await vi.waitFor(() => expect(outline(model).slice(0, 4)).toEqual(['Software Circus 2016', '  Day 1', '    When Containers Attack (2)', '  Day 2']));
  });

  it('searches as the user types, each hit with talk, moment, text and link', async () => {
    const { model } = await setup();
    await model.search.setQuery('SPEC');
    expect(model.search.result.value?.hits.map((h) => [h.title, h.at, h.text, h.link])).toEqual([
      ['When Containers Attack', 20, 'Specialization helps', 'https://www.youtube.com/watch?v=aaaaaaaaaaa&t=20s'],
    ]);
    await model.search.setQuery('');
    expect(model.search.result.value).toBeNull();
  });

  it('drops a search reply that arrives after the reply to a later keystroke', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'T', 'cheap', 'cheaper');
    const held: (() => void)[] = [];
    const slowFirst: ApiCall = async (type, payload) => {
      const reply = await bg.api(type, payload);
      if (type === 'notes.search' && (payload as { query: string }).query === 'c') await new Promise<void>((r) => held.push(r));
      return reply;
    };
    const { model } = await setup(slowFirst);
    const first = model.search.setQuery('c');
    await vi.waitFor(() => expect(held).toHaveLength(1));
    await model.search.setQuery('cheaper');
    held[0]!();
    await first;
    expect([model.search.query.value, model.search.result.value?.query]).toEqual(['cheaper', 'cheaper']);
  });

  it('live-updates note counts and search hits when a sidebar writes', async () => {
    const { model, bg } = await setup();
    await model.search.setQuery('sidecar');
    bg.events.length = 0;
    await bg.api('note.save', { note: { id: noteId(), at: 99, kind: 'note', text: 'Sidecars' }, meta: meta('bbbbbbbbbbb', 'Tracing') });
    await bg.api('note.save', { note: { id: noteId(), at: 5, kind: 'note', text: 'A new talk' }, meta: meta('ddddddddddd', 'Brand new') });
    for (const e of bg.events) model.receive(e);
    await vi.waitFor(() => expect(outline(model)).toEqual(['No conference', '  Brand new (1)', '  Rust (1)', '  Tracing (2)', '  When Containers Attack (2)']));
    await vi.waitFor(() => expect(model.search.result.value?.total).toBe(1));
  });

  it('exports a conference, shows progress only after a second, and copies or downloads the Markdown', async () => {
    const bg = await loopback();
    let release = () => {};
    const held: ApiCall = async (type, payload) => {
      if (type === 'export.conference') await new Promise<void>((r) => (release = r));
      return bg.api(type, payload);
    };
    const { model, saveFile, clipboard } = await setup(held);
    model.editConference(null);
    await model.saveConference(circus);
    vi.useFakeTimers();
    const done = model.openExport({ kind: 'conference', conferenceId: model.conferences.value[0]!.id, day: null, name: 'Software Circus 2016' });
    vi.advanceTimersByTime(999);
    expect([model.exporter.busy.value, model.exporter.slow.value]).toEqual([true, false]);
    vi.advanceTimersByTime(1);
    expect(model.exporter.slow.value).toBe(true);
    vi.useRealTimers();
    release();
    await done;
    expect([model.exporter.busy.value, model.exporter.slow.value, model.exporter.markdown.value.split('\n')[0]]).toEqual([false, false, '# Software Circus 2016']);
    await model.exporter.copy();
    model.exporter.download();
    expect(clipboard).toHaveBeenCalledWith(model.exporter.markdown.value);
    expect(saveFile).toHaveBeenCalledWith('Software Circus 2016.md', model.exporter.markdown.value, 'text/markdown');
    expect(model.status.value?.text).toBe('Saved Software Circus 2016.md.');
  });

  it('downloads the write-up bundle of what the panel shows, with progress only after a second', async () => {
    const bg = await loopback();
    let release = () => {};
    const zip = new Uint8Array([0x50, 0x4b, 0x05, 0x06]);
    const asked: unknown[] = [];
    const held: ApiCall = async (type, payload) => {
      if (type !== 'export.bundle') return bg.api(type, payload);
      asked.push(payload);
      await new Promise<void>((r) => (release = r));
      return { filename: 'When Containers Attack.zip', zip } as never;
    };
    const { model, saveFile } = await setup(held);
    await model.openExport({ kind: 'talk', talkId: A, name: 'When Containers Attack' });
    vi.useFakeTimers();
    const done = model.exporter.downloadBundle();
    vi.advanceTimersByTime(999);
    expect([model.exporter.bundling.value, model.exporter.slowBundle.value]).toEqual([true, false]);
    vi.advanceTimersByTime(1);
    expect(model.exporter.slowBundle.value).toBe(true);
    vi.useRealTimers();
    release();
    await done;
    expect(asked).toEqual([{ of: { talkId: A }, frontMatter: false }]);
    expect([model.exporter.bundling.value, model.exporter.slowBundle.value]).toEqual([false, false]);
    expect(saveFile).toHaveBeenCalledWith('When Containers Attack.zip', zip, 'application/zip');
    expect(model.status.value?.text).toBe('Saved When Containers Attack.zip.');
  });

  it('says why when the write-up cannot be made, or arrives as anything but bytes, and saves nothing', async () => {
    const bg = await loopback();
    let answer: () => unknown = () => {
      throw new Error('This talk was deleted.');
    };
    const api: ApiCall = async (type, payload) => (type === 'export.bundle' ? (answer() as never) : bg.api(type, payload));
    const { model, saveFile } = await setup(api);
    await model.openExport({ kind: 'talk', talkId: A, name: 'When Containers Attack' });
    await model.exporter.downloadBundle();
    expect(model.status.value).toEqual({ text: 'Could not make the write-up of When Containers Attack: This talk was deleted.', error: true, undo: undefined });
    answer = () => ({ filename: 'x.zip', zip: { 0: 80, 1: 75 } });
    await model.exporter.downloadBundle();
    expect(model.status.value?.text).toBe('Could not make the write-up of When Containers Attack: the write-up did not arrive whole');
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('adds YAML front matter to the export when asked', async () => {
    const { model } = await setup();
    await model.openExport({ kind: 'talk', talkId: A, name: 'When Containers Attack' });
    expect(model.exporter.markdown.value.startsWith('# When Containers Attack')).toBe(true);
    await model.exporter.setFrontMatter(true);
    expect(model.exporter.markdown.value.startsWith('---\ntitle:')).toBe(true);
  });

  it('backs up everything and restores it into an empty library with a visible result', async () => {
    const { model, saveFile } = await setup();
    await model.backup.backup();
    const [filename, text, mime] = saveFile.mock.calls[0]!;
    expect([filename.endsWith('.json'), mime]).toEqual([true, 'application/json']);
    const empty = await setup((await loopback()).api);
    await empty.model.backup.restore({ name: filename, size: text.length, text: async () => text as string });
    expect(empty.model.status.value).toEqual({ text: 'Imported 4 notes and 3 talks.', error: false, undo: undefined });
    expect(outline(empty.model)).toEqual(outline(model));
  });

  it('refuses a corrupt backup with a visible error and changes nothing', async () => {
    const { model, bg } = await setup();
    const before = await contents(bg.db);
    await model.backup.restore({ name: 'x.json', size: 9, text: async () => '{"format":' });
    expect(model.status.value).toEqual({
      text: 'Nothing was restored, your data is unchanged. This file is not a Talk Notes backup: it is not valid JSON.', error: true, undo: undefined,
    });
    expect(await contents(bg.db)).toEqual(before);
  });

  it('opens at a talk’s details when the page was opened for it, once the library is read', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'x');
    const model = createLibraryModel({ api: bg.api, clipboard: vi.fn(), saveFile: vi.fn(), newConferenceId });
    await model.goTo({ talkId: A });
    expect(model.panel.value).toBeNull();
    await model.load();
    expect(model.panel.value).toEqual({ kind: 'talk', talkId: A });
    await model.goTo({ talkId: 'youtube:zzzzzzzzzzz' as TalkId });
    expect(model.status.value).toEqual({ text: 'That talk is not in the library: it was deleted, or it has no notes yet.', error: true, undo: undefined });
  });

  it('opens a talk saved after the library was read (the sidebar’s “Talk details”)', async () => {
    const { model, bg } = await setup();
    await bg.api('talk.update', { talkId: 'youtube:eeeeeeeeeee' as TalkId, patch: {}, meta: meta('eeeeeeeeeee', 'No notes yet') });
    await model.goTo({ talkId: 'youtube:eeeeeeeeeee' as TalkId });
    expect([model.panel.value, model.talkById('youtube:eeeeeeeeeee' as TalkId)?.title]).toEqual([{ kind: 'talk', talkId: 'youtube:eeeeeeeeeee' }, 'No notes yet']);
  });
});
