import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupError, serializeBackup } from '@/utils/formats/backup';
import type { Dataset } from '@/utils/model/dataset';
import { backupStore, importBackup, readDataset } from '@/utils/store/import';
import { aConference, aMark, aNote, aTalk, NOTE_2, TALK_2 } from '../model/records';
import { dataset } from './arbitraries';
import { contents, fill, freshDb } from './fresh-db';

const T = 1_700_000_000_000;
const NOW = new Date('2024-05-01T12:00:00.000Z');
const fileOf = (data: Partial<Dataset>) => serializeBackup({ talks: [], notes: [], conferences: [], marks: [], ...data }, NOW);

const local: Dataset = {
  talks: [aTalk()],
  notes: [aNote(), aNote({ id: NOTE_2, at: 90, text: 'deleted here', deletedAt: T + 5, updatedAt: T + 5 })],
  conferences: [aConference()],
  marks: [aMark()],
};

describe('backing up the store', () => {
  it('writes every record, tombstones included, under a dated file name', async () => {
    const db = await fill(await freshDb(), local);
    const backup = await backupStore(db, NOW);
    expect(backup.filename).toBe('talk-notes-backup-2024-05-01.json');
    expect(backup.text).toBe(serializeBackup(local, NOW));
  });

  it('restores into an empty store exactly what was backed up', async () => {
    const { text } = await backupStore(await fill(await freshDb(), local), NOW);
    const empty = await freshDb();
    const { summary } = await importBackup(empty, text);
    expect(summary).toEqual({ read: { talks: 1, notes: 2, conferences: 1, marks: 1 }, changed: { talks: 1, notes: 2, conferences: 1, marks: 1 } });
    expect(await readDataset(empty)).toEqual(await readDataset(await fill(await freshDb(), local)));
  });
});

describe('importing a backup', () => {
  it('changes nothing when the same file is imported twice', async () => {
    const db = await fill(await freshDb(), local);
    const file = fileOf({ talks: [aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871' })] });
    const first = await importBackup(db, file);
    const after = await contents(db);
    const second = await importBackup(db, file);
    expect(first.summary.changed).toEqual({ talks: 1, notes: 0, conferences: 0, marks: 0 });
    expect(second.summary.changed).toEqual({ talks: 0, notes: 0, conferences: 0, marks: 0 });
    expect(await contents(db)).toEqual(after);
  });

  it('keeps the newest edit of each record and honours deletes, losing nothing present here', async () => {
    const db = await fill(await freshDb(), local);
    const file = fileOf({
      notes: [
        aNote({ text: 'older edit elsewhere', updatedAt: T - 1 }),
        aNote({ id: NOTE_2, at: 90, text: 'edited after our delete', updatedAt: T + 9 }),
      ],
      conferences: [aConference({ deletedAt: T + 1, updatedAt: T + 1 })],
      marks: [aMark({ updatedAt: T - 1 }), aMark({ recording: TALK_2, at: 600 })],
    });
    const { summary } = await importBackup(db, file);
    expect(summary.changed).toEqual({ talks: 0, notes: 1, conferences: 1, marks: 1 });
    expect((await contents(db)).marks.map((m) => [m.recording, m.at, m.updatedAt])).toEqual([
      [TALK_2, 600, 1_700_000_000_000],
      [aMark().recording, 3120, 1_700_000_000_000],
    ]);
    const notes = (await contents(db)).notes;
    expect(notes.map((n) => [n.text, n.deletedAt])).toEqual([
      ['Diversity is key to innovation.', undefined],
      ['edited after our delete', undefined],
    ]);
    expect((await contents(db)).conferences[0]?.deletedAt).toBe(T + 1);
    expect((await contents(db)).talks).toEqual([aTalk()]);
  });

  it.each([
    ['not JSON', '{"format": "talk-notes-backup", ', /not valid JSON/],
    ['another kind of file', JSON.stringify({ hello: 'world' }), /not a Talk Notes backup/],
    ['a future version', JSON.stringify({ format: 'talk-notes-backup', version: 99 }), /newer version of Talk Notes/],
    ['a record of the wrong shape', fileOf({ notes: [aNote()] }).replace('"at": 42', '"at": "soon"'), /notes\[0\]\.at/],
    ['a hostile link', fileOf({ talks: [aTalk()] }).replace('https://speakerdeck.com/anne/containers', 'javascript:alert(1)'), /talks\[0\]\.links\[0\]\.url/],
  ])('refuses %s with a message and leaves the store byte-identical', async (_, text, message) => {
    const db = await fill(await freshDb(), local);
    const before = serializeBackup(await readDataset(db), NOW);
    const error = await importBackup(db, text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    expect(serializeBackup(await readDataset(db), NOW)).toBe(before);
  });

  it('gives the same store whichever of two devices’ files is imported first', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, dataset, dataset, async (here, a, b) => {
        const [fileA, fileB] = [fileOf(a), fileOf(b)];
        const one = await fill(await freshDb(), here);
        await importBackup(one, fileA);
        await importBackup(one, fileB);
        const other = await fill(await freshDb(), here);
        await importBackup(other, fileB);
        await importBackup(other, fileA);
        expect(await contents(one)).toEqual(await contents(other));
        one.close();
        other.close();
      }),
      { numRuns: 40 },
    );
  });
});
