import { describe, expect, it, vi } from 'vitest';
import { createBackup, importMessage } from '@/utils/library/backup';
import type { Status } from '@/utils/library/deps';
import type { TalkId } from '@/utils/model/ids';
import { loopback, writeNotes } from '../background/loopback';

const zero = { talks: 0, notes: 0, conferences: 0, marks: 0 };

describe('the message after a restore', () => {
  it.each([
    [{ ...zero, notes: 12, talks: 2, conferences: 1 }, { ...zero, notes: 12, talks: 2, conferences: 1 }, 'Imported 12 notes, 2 talks and 1 conference.'],
    [{ ...zero, notes: 5 }, { ...zero, notes: 1 }, 'Imported 1 note.'],
    [{ ...zero, notes: 1, marks: 2 }, { ...zero, notes: 1, marks: 2 }, 'Imported 1 note and 2 marked talk starts.'],
    [{ ...zero, marks: 1 }, zero, 'Nothing new: everything in this backup is already here.'],
    [{ ...zero, notes: 5, talks: 1 }, zero, 'Nothing new: everything in this backup is already here.'],
    [zero, zero, 'This backup is empty: nothing was changed.'],
  ])('read %j, changed %j: "%s"', (read, changed, text) => {
    expect(importMessage({ read, changed })).toBe(text);
  });
});

describe('importing a Web Annotation file', () => {
  const file = (text: string, size = text.length) => ({ name: 'talk.jsonld', size, text: async () => text });

  async function setup() {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization helps');
    const said: Status[] = [];
    const reload = vi.fn(async () => {});
    const api = vi.fn(bg.api);
    const backup = createBackup(
      { api, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => { throw new Error('not used'); } },
      (text, opts = {}) => void said.push({ text, error: opts.error ?? false }),
      reload,
    );
    const { text } = await bg.api('export.talkAnnotations', { talkId: 'youtube:aaaaaaaaaaa' as TalkId });
    return { bg, api, backup, said, reload, text };
  }

  it('merges the notes, says how many are new, and reads the library again', async () => {
    const { bg, backup, said, reload, text } = await setup();
    const [first] = (await bg.api('talk.open', { talkId: 'youtube:aaaaaaaaaaa' as TalkId })).notes;
    await bg.api('note.delete', { id: first!.id });
    await backup.importAnnotations(file(text));
    await backup.importAnnotations(file(text));
    expect(said).toEqual([
      { text: 'Reading talk.jsonld…', error: false },
      { text: 'Imported 1 note.', error: false },
      { text: 'Reading talk.jsonld…', error: false },
      { text: 'Nothing new: every note in this file is already here.', error: false },
    ]);
    expect([reload.mock.calls.length, backup.busy.value]).toEqual([2, false]);
  });

  it('shows why a file was refused, and that nothing changed', async () => {
    const { backup, said, reload, text } = await setup();
    await backup.importAnnotations(file(text.replaceAll('aaaaaaaaaaa', 'zzzzzzzzzzz')));
    expect(said.at(-1)).toEqual({
      text: 'Nothing was imported, your data is unchanged. This file has notes on https://www.youtube.com/watch?v=zzzzzzzzzzz, which is not a talk in your library: open that recording once, then import the file again.',
      error: true,
    });
    expect([reload.mock.calls.length, backup.busy.value]).toEqual([0, false]);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const { api, backup, said } = await setup();
    api.mockClear();
    await backup.importAnnotations({ name: 'huge.jsonld', size: 60 * 1024 * 1024, text: async () => { throw new Error('read'); } });
    expect(said.at(-1)).toEqual({ text: 'Nothing was imported, your data is unchanged. This file is too large to import (the limit is 50 MB).', error: true });
    expect(api).not.toHaveBeenCalled();
  });

  it('says so when the file holds no annotations', async () => {
    const { backup, said } = await setup();
    await backup.importAnnotations(file('[]'));
    expect(said.at(-1)).toEqual({ text: 'This file holds no annotations: nothing was changed.', error: false });
  });
});
