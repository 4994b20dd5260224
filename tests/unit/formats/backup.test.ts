import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BackupError,
  MAX_BACKUP_BYTES,
  parseBackup,
  serializeBackup,
} from '@/utils/formats/backup';
import type { Dataset } from '@/utils/model/dataset';
import type { ConferenceId, NoteId } from '@/utils/model/ids';
import { dataset } from '../store/arbitraries';
import { aConference, aMark, aNote, aTalk, CONF_1, NOTE_1, NOTE_2, TALK_2 } from '../model/records';

const NOW = new Date('2024-05-01T12:00:00.000Z');
const empty: Dataset = { talks: [], notes: [], conferences: [], marks: [] };

function doc(over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'talk-notes-backup',
    version: 1,
    exportedAt: NOW.toISOString(),
    talks: [],
    notes: [],
    conferences: [],
    ...over,
  });
}

function errorOf(text: string, opts?: { maxBytes?: number }): BackupError {
  try {
    parseBackup(text, opts);
  } catch (e) {
    if (e instanceof BackupError) return e;
    throw e;
  }
  throw new Error('expected a BackupError');
}

describe('serializeBackup', () => {
  it('writes the format, version and time, then each record with its id first, 2-space indented', () => {
    const note = aNote({ deletedAt: 1_700_000_000_999 });
    expect(serializeBackup({ ...empty, notes: [note], marks: [aMark()] }, NOW)).toBe(
      [
        '{',
        '  "format": "talk-notes-backup",',
        '  "version": 1,',
        '  "exportedAt": "2024-05-01T12:00:00.000Z",',
        '  "talks": [],',
        '  "notes": [',
        '    {',
        `      "id": "${NOTE_1}",`,
        '      "talkId": "youtube:dQw4w9WgXcQ",',
        '      "at": 42,',
        '      "kind": "note",',
        '      "text": "Diversity is key to innovation.",',
        '      "createdAt": 1700000000000,',
        '      "updatedAt": 1700000000000,',
        '      "deletedAt": 1700000000999',
        '    }',
        '  ],',
        '  "conferences": [],',
        '  "marks": [',
        '    {',
        '      "id": "youtube:dQw4w9WgXcQ@3120",',
        '      "recording": "youtube:dQw4w9WgXcQ",',
        '      "at": 3120,',
        '      "createdAt": 1700000000000,',
        '      "updatedAt": 1700000000000',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives the same bytes whatever the order of records and of keys', () => {
    const a = aNote();
    const b = aNote({ id: NOTE_2, at: 3 });
    const reversedKeys = Object.fromEntries(Object.entries(b).reverse()) as typeof b;
    const one = serializeBackup({ talks: [aTalk()], notes: [a, b], conferences: [aConference()], marks: [] }, NOW);
    const two = serializeBackup({ talks: [aTalk()], notes: [reversedKeys, a], conferences: [aConference()], marks: [] }, NOW);
    expect(two).toBe(one);
  });

  it('sorts records by id in code-unit order', () => {
    const ids = ['b', 'B', 'a', '_'].map((c) => `${c}0000000-0000-4000-8000-000000000000` as NoteId);
    const text = serializeBackup({ ...empty, notes: ids.map((id) => aNote({ id })) }, NOW);
    const parsed = JSON.parse(text) as { notes: { id: string }[] };
    expect(parsed.notes.map((n) => n.id[0])).toEqual(['B', '_', 'a', 'b']);
  });

  it('orders the keys of talks and their nested objects for people reading the file', () => {
    const text = serializeBackup({ ...empty, talks: [aTalk({ speakers: [{ handles: ['@a'], name: 'A' }] })] }, NOW);
    const talk = (JSON.parse(text) as { talks: Record<string, unknown>[] }).talks[0]!;
    expect(Object.keys(talk)).toEqual([
      'id', 'platform', 'videoId', 'url', 'title', 'speakers', 'links', 'createdAt', 'updatedAt',
    ]);
    expect(Object.keys((talk.speakers as object[])[0]!)).toEqual(['name', 'handles']);
  });

  it('does not change its input', () => {
    const data = { ...empty, notes: [aNote({ id: NOTE_2 }), aNote()] };
    serializeBackup(data, NOW);
    expect(data.notes.map((n) => n.id)).toEqual([NOTE_2, NOTE_1]);
  });
});

describe('parseBackup', () => {
  it('reads back what serializeBackup wrote, tombstones included', () => {
    const data: Dataset = {
      // in id order, as the file holds them
      talks: [aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871' }), aTalk()],
      notes: [aNote(), aNote({ id: NOTE_2, deletedAt: 1_700_000_000_001 })],
      conferences: [aConference()],
      marks: [aMark({ at: 120, deletedAt: 1_700_000_000_002 }), aMark()],
    };
    expect(parseBackup(serializeBackup(data, NOW))).toEqual(data);
  });

  it('accepts notes whose talk is not in the file, since the store may hold it', () => {
    expect(parseBackup(doc({ notes: [aNote({ talkId: TALK_2 })] })).notes).toHaveLength(1);
  });

  it('treats a missing list as empty and ignores unknown top-level keys', () => {
    const text = JSON.stringify({ format: 'talk-notes-backup', version: 1, settings: { theme: 'dark' } });
    expect(parseBackup(text)).toEqual(empty);
  });

  it('drops unknown fields of records and cleans their text', () => {
    const text = doc({ notes: [{ ...aNote({ text: 'a\u0000b' }), colour: 'red' }] });
    expect(parseBackup(text).notes).toEqual([aNote({ text: 'ab' })]);
  });

  it.each([
    ['not JSON', '{"format":', 'This file is not a Talk Notes backup: it is not valid JSON.'],
    ['a list', '[]', 'This file is not a Talk Notes backup: it holds no backup object.'],
    ['a string', '"hi"', 'This file is not a Talk Notes backup: it holds no backup object.'],
    ['null', 'null', 'This file is not a Talk Notes backup: it holds no backup object.'],
    ['another format', doc({ format: 'other' }), 'This file is not a Talk Notes backup (its "format" is not "talk-notes-backup").'],
    ['no version', doc({ version: undefined }), 'This backup has no version number, so it cannot be read.'],
    ['version 0', doc({ version: 0 }), 'This backup has an unknown version (0), so it cannot be read.'],
    ['version "1"', doc({ version: '1' }), 'This backup has an unknown version ("1"), so it cannot be read.'],
    ['version 1.5', doc({ version: 1.5 }), 'This backup has an unknown version (1.5), so it cannot be read.'],
    [
      'a future version',
      doc({ version: 2 }),
      'This backup was made by a newer version of Talk Notes (backup version 2); update the extension to import it.',
    ],
    ['a bad exportedAt', doc({ exportedAt: 'yesterday' }), 'This backup is damaged: exportedAt: expected a date and time.'],
    ['notes not a list', doc({ notes: { a: 1 } }), 'This backup is damaged: notes: expected a list, got an object.'],
  ])('refuses %s', (_, text, message) => {
    expect(errorOf(text).message).toBe(message);
  });

  it('names the first bad record, with its path', () => {
    const e = errorOf(doc({ notes: [aNote(), aNote({ id: NOTE_2, at: -1 }), aNote({ kind: 'x' as never })] }));
    expect(e.message).toBe('This backup is damaged: notes[1].at: expected a number of seconds ≥ 0.');
    expect(e.path).toBe('notes[1].at');
  });

  it.each([
    ['an id that is not its recording and moment', { ...aMark(), id: 'youtube:dQw4w9WgXcQ@60' }, 'marks[0].id: expected youtube:dQw4w9WgXcQ@3120, the recording and the moment'],
    ['a moment that is not whole seconds', aMark({ at: 1.5 }), 'marks[0].at: expected a whole number of seconds'],
    ['a recording that is no talk id', aMark({ recording: 'evil:x' as never }), 'marks[0].recording: expected a talk id like youtube:VIDEOID, got "evil:x"'],
  ])('refuses a marked talk start with %s', (_, bad, reason) => {
    const e = errorOf(doc({ marks: [bad] }));
    expect(e.message).toContain(reason);
    expect(e.message).toMatch(/^This backup is damaged: /);
  });

  it('refuses two records with the same id', () => {
    const e = errorOf(doc({ notes: [aNote({ id: NOTE_2 }), aNote(), aNote({ at: 3 })] }));
    expect(e.message).toBe(`This backup is damaged: notes[1] and notes[2] have the same id (${NOTE_1}).`);
    expect(e.path).toBe('notes[2].id');
  });

  it('sees UUIDs that differ only in case as the same id', () => {
    const e = errorOf(doc({ conferences: [aConference(), aConference({ id: CONF_1.toUpperCase() as ConferenceId })] }));
    expect(e.message).toBe(`This backup is damaged: conferences[0] and conferences[1] have the same id (${CONF_1}).`);
  });

  it('refuses a text larger than the limit without parsing it', () => {
    const e = errorOf('x'.repeat(MAX_BACKUP_BYTES + 1));
    expect(e.message).toBe('This file is too large to be a Talk Notes backup (the limit is 50 MB).');
  });

  it('counts the limit in UTF-8 bytes', () => {
    const text = doc({ notes: [aNote({ text: 'æ'.repeat(400) })] });
    expect(() => parseBackup(text, { maxBytes: text.length + 399 })).toThrow(BackupError);
    expect(parseBackup(text, { maxBytes: text.length + 400 }).notes).toHaveLength(1);
  });
});

describe('a backup, for any dataset', () => {
  const byId = <T extends { id: string }>(rs: T[]) => [...rs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  it('reads back as the same records, in id order', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        expect(parseBackup(serializeBackup(d, NOW))).toEqual({
          talks: byId(d.talks),
          notes: byId(d.notes),
          conferences: byId(d.conferences),
          marks: byId(d.marks),
        });
      }),
    );
  });

  it('is the same bytes after a round trip and whatever the order of records', () => {
    fc.assert(
      fc.property(dataset, (d) => {
        const text = serializeBackup(d, NOW);
        const reversed = { talks: [...d.talks].reverse(), notes: [...d.notes].reverse(), conferences: [...d.conferences].reverse(), marks: [...d.marks].reverse() };
        expect(serializeBackup(reversed, NOW)).toBe(text);
        expect(serializeBackup(parseBackup(text), NOW)).toBe(text);
      }),
    );
  });
});
