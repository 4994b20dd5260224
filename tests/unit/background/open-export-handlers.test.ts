import { describe, expect, it } from 'vitest';
import type { ConferenceId, NoteId, TalkId } from '@/utils/model/ids';
import type { NoteKind } from '@/utils/model/types';
import type { ApiCall } from '@/utils/sidebar/deps';
import { contents } from '../store/fresh-db';
import { loopback, meta, writeNotes } from './loopback';

const A = 'youtube:aaaaaaaaaaa' as TalkId;
const B = 'youtube:bbbbbbbbbbb' as TalkId;
const CONF = 'c0f00000-0000-4000-8000-0000000000aa' as ConferenceId;
const N1 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c01' as NoteId;
const N2 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c02' as NoteId;
const N3 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c03' as NoteId;

async function save(api: ApiCall, id: NoteId, at: number, kind: NoteKind, text: string, videoId = 'aaaaaaaaaaa') {
  await api('note.save', { note: { id, at, kind, text }, meta: { ...meta(videoId, 'When Containers Attack'), duration: 60 } });
}

/** A library with one talk of three notes, one of each kind but a thought. */
async function withTalk() {
  const bg = await loopback();
  await save(bg.api, N1, 42, 'note', 'Diversity is key');
  await save(bg.api, N2, 12.5, 'quote', 'Conference speakers are professional enthusiasts');
  await save(bg.api, N3, 30, 'question', 'Is the modern equivalent cloud services?');
  bg.events.length = 0;
  return bg;
}

describe('a talk in the open formats', () => {
  it('is WebVTT subtitles, one cue per note until the next, the last to the talk’s end', async () => {
    const { api } = await withTalk();
    expect(await api('export.talkVtt', { talkId: A })).toEqual({
      filename: 'When Containers Attack.vtt',
      text: [
        'WEBVTT',
        'NOTE\nWhen Containers Attack\nhttps://www.youtube.com/watch?v=aaaaaaaaaaa',
        `${N2}\n00:00:12.500 --> 00:00:30.000\n“Conference speakers are professional enthusiasts”`,
        `${N3}\n00:00:30.000 --> 00:00:42.000\nQ: Is the modern equivalent cloud services?`,
        `${N1}\n00:00:42.000 --> 00:01:00.000\nDiversity is key`,
      ].join('\n\n') + '\n',
    });
  });

  it('is written in its conference’s language', async () => {
    const { api } = await withTalk();
    await save(api, N1, 42, 'thought', 'Diversity is key');
    await api('conference.save', { conference: { id: CONF, name: 'Software Circus', lang: 'da', days: [] } });
    await api('talk.assign', { talkId: A, conferenceId: CONF, day: null, position: null });
    expect((await api('export.talkVtt', { talkId: A })).text).toContain(`${N1}\n00:00:42.000 --> 00:01:00.000\nMine tanker: Diversity is key\n`);
    const doc = JSON.parse((await api('export.talkAnnotations', { talkId: A })).text);
    expect(doc.first.items.map((a: { body: { language: string } }) => a.body.language)).toEqual(['da', 'da', 'da']);
  });

  it('is a W3C Web Annotation collection: the notes’ ids, moments as Media Fragments, kinds as motivations', async () => {
    const { api } = await withTalk();
    const { text, filename } = await api('export.talkAnnotations', { talkId: A });
    expect(filename).toBe('When Containers Attack.jsonld');
    const doc = JSON.parse(text);
    expect([doc['@context'], doc.type, doc.label, doc.total]).toEqual(['http://www.w3.org/ns/anno.jsonld', 'AnnotationCollection', 'When Containers Attack', 3]);
    const items = doc.first.items as { id: string; motivation: string; body: { purpose: string; value: string }; target: { source: string; selector: { value: string } } }[];
    expect(items.map((a) => [a.id, a.motivation, a.body.purpose, a.body.value, a.target.source, a.target.selector.value])).toEqual([
      [`urn:uuid:${N2}`, 'highlighting', 'describing', 'Conference speakers are professional enthusiasts', 'https://www.youtube.com/watch?v=aaaaaaaaaaa', 't=12.5'],
      [`urn:uuid:${N3}`, 'questioning', 'questioning', 'Is the modern equivalent cloud services?', 'https://www.youtube.com/watch?v=aaaaaaaaaaa', 't=30'],
      [`urn:uuid:${N1}`, 'commenting', 'commenting', 'Diversity is key', 'https://www.youtube.com/watch?v=aaaaaaaaaaa', 't=42'],
    ]);
  });

  it('is refused for a deleted talk', async () => {
    const { api } = await withTalk();
    await api('talk.delete', { talkId: A });
    await expect(api('export.talkVtt', { talkId: A })).rejects.toThrow('This talk was deleted.');
    await expect(api('export.talkAnnotations', { talkId: A })).rejects.toThrow('This talk was deleted.');
  });
});

describe('importing Web Annotations', () => {
  it('merges another device’s notes on a talk of the library, and tells the views', async () => {
    const { api } = await withTalk();
    const { text } = await api('export.talkAnnotations', { talkId: A });
    const other = await loopback();
    await writeNotes(other.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Written here');
    other.events.length = 0;
    expect(await other.api('annotations.import', { text })).toEqual({
      read: { talks: 0, notes: 3, conferences: 0, marks: 0 }, changed: { talks: 0, notes: 3, conferences: 0, marks: 0 },
    });
    expect(other.events.map((e) => [e.talkId, e.notes.map((n) => n.id)])).toEqual([[A, [N2, N3, N1]]]);
    expect((await other.api('notes.search', { query: 'enthusiasts' })).hits.map((h) => [h.noteId, h.at])).toEqual([[N2, 12.5]]);
    expect((await other.api('library.list', {})).talks.map((t) => [t.talk.id, t.notes])).toEqual([[A, 4]]);
    expect(await other.api('annotations.import', { text })).toEqual({
      read: { talks: 0, notes: 3, conferences: 0, marks: 0 }, changed: { talks: 0, notes: 0, conferences: 0, marks: 0 },
    });
  });

  it('brings back a note deleted since the file was made, and keeps a note edited since', async () => {
    const { api, db } = await withTalk();
    const { text } = await api('export.talkAnnotations', { talkId: A });
    await api('note.delete', { id: N1 });
    await save(api, N3, 31, 'question', 'Edited after the export');
    expect((await api('annotations.import', { text })).changed.notes).toBe(1);
    const notes = (await api('talk.open', { talkId: A })).notes;
    expect(notes.map((n) => [n.id, n.at, n.text, n.deletedAt])).toEqual([
      [N2, 12.5, 'Conference speakers are professional enthusiasts', undefined],
      [N3, 31, 'Edited after the export', undefined],
      [N1, 42, 'Diversity is key', undefined],
    ]);
    const stored = await db.get('notes', N1);
    expect(stored!.updatedAt).toBeGreaterThan(stored!.createdAt);
    expect((await api('library.list', {})).talks.map((t) => t.notes)).toEqual([3]);
  });

  it.each([
    ['not JSON', 'notes', /not a Web Annotation file: it is not valid JSON/],
    ['without the Web Annotation context', '{"type": "AnnotationCollection"}', /does not name the Web Annotation context/],
  ])('refuses a file %s with the reason, writing nothing', async (_, text, reason) => {
    const { api, db, events } = await withTalk();
    const before = await contents(db);
    await expect(api('annotations.import', { text })).rejects.toThrow(reason);
    expect([await contents(db), events]).toEqual([before, []]);
  });

  it('refuses a file about a recording not in the library (or deleted from it), writing nothing', async () => {
    const { api, db, events } = await withTalk();
    await save(api, '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c09' as NoteId, 5, 'note', 'On another talk', 'bbbbbbbbbbb');
    const { text } = await api('export.talkAnnotations', { talkId: B });
    await api('talk.delete', { talkId: B });
    events.length = 0;
    const before = await contents(db);
    await expect(api('annotations.import', { text })).rejects.toThrow(
      'This file has notes on https://www.youtube.com/watch?v=bbbbbbbbbbb, which is not a talk in your library: open that recording once, then import the file again.',
    );
    expect([await contents(db), events]).toEqual([before, []]);
  });

  it('refuses a payload that is not text', async () => {
    const { api } = await loopback();
    await expect(api('annotations.import', { text: { items: [] } } as never)).rejects.toThrow(/payload.text: expected text/);
  });
});
