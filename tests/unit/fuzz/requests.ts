// Well-formed requests of every type, about records that exist and records that do not:
// the starting points the message fuzzer damages.
import fc from 'fast-check';
import type { Envelope, RequestType } from '@/utils/messages/api';
import type { ConferenceId, NoteId, TalkId } from '@/utils/model/ids';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NoteKind } from '@/utils/model/types';
import { serializeBackup } from '@/utils/formats/backup';
import { webAnnotationsOf } from '@/utils/formats/web-annotation';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';

export const VIDEOS = ['aaaaaaaaaaa', 'bbbbbbbbbbb', 'zzzzzzzzzzz'] as const;
export const NOTE_IDS = [
  '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', '99999999-0000-4000-8000-000000000009',
] as NoteId[];
export const CONFERENCE_IDS = ['c0000000-0000-4000-8000-000000000001', 'c9999999-0000-4000-8000-000000000009'] as ConferenceId[];

/** A real schedule (four talks on two days) as the library page reads it, so imports are accepted as well as refused. */
const PROGRAMME = parseSchedule(readFileSync(resolve('tests/fixtures/schedules/38c3.json'), 'utf8'));
const video = fc.constantFrom(...VIDEOS);

/** An annotation file with one note on a YouTube recording (one the library may not hold). */
function annotations(videoId: string, kind: NoteKind = 'quote'): string {
  const talk = { id: `youtube:${videoId}` as TalkId, platform: 'youtube', videoId, url: `https://www.youtube.com/watch?v=${videoId}`, title: 'Talk' } as const;
  const note = { id: NOTE_IDS[1]!, talkId: talk.id, at: 61, kind, text: 'imported', createdAt: 1, updatedAt: kind === 'quote' ? 2 : 3 };
  return webAnnotationsOf(talk, [note], 'en');
}
const talkId = video.map((v) => `youtube:${v}` as TalkId);
const noteId = fc.constantFrom(...NOTE_IDS);
const conferenceId = fc.constantFrom(...CONFERENCE_IDS);
const text = fc.constantFrom('Diversity is key', 'multi\nline', '<img src=x onerror=alert(1)>', '  padded  ', 'Æ “q” 😀');
const meta = video.map((v) => ({ platform: 'youtube', videoId: v, url: `https://www.youtube.com/watch?v=${v}`, title: `Talk ${v}`, speakers: [] }));
const note = fc.record({ id: noteId, at: fc.constantFrom(0, 1.5, 61, 3600), kind: fc.constantFrom('note', 'quote', 'question', 'thought'), text });
const bool = fc.boolean();
const orNull = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day = fc.integer({ min: 1, max: 3 });

const PAYLOADS: { [K in RequestType]: fc.Arbitrary<unknown> } = {
  'talk.open': fc.record({ talkId }),
  'talk.update': fc.record({
    talkId,
    patch: fc.record({ title: text, thoughts: text, conferenceId, day, order: fc.nat({ max: 5 }) }, { requiredKeys: [] }),
    meta: orNull(meta),
  }),
  'note.save': fc.record({ note, meta }),
  'note.delete': fc.record({ id: noteId }),
  'note.restore': fc.record({ id: noteId }),
  'draft.put': fc.record({ draft: fc.record({ talkId, at: fc.constant(3), kind: fc.constant('note'), text, updatedAt: fc.constant(1) }) }),
  'draft.clear': fc.record({ talkId }),
  'talk.export': fc.record({ talkId }),
  'file.download': fc.record({ filename: fc.constantFrom('notes.md', '../../etc/passwd', 'a/b.md'), text }),
  'library.list': fc.constant({}),
  'conference.save': fc.record({ conference: fc.record({ id: conferenceId, name: fc.constantFrom('Software Circus', ''), lang: fc.constantFrom('en', 'da', 'xx'), days: fc.constant([]) }) }),
  'conference.delete': fc.record({ id: conferenceId }),
  'conference.restore': fc.record({ id: conferenceId }),
  'talk.assign': fc.record({ talkId, conferenceId: orNull(conferenceId), day: orNull(day), position: orNull(fc.nat({ max: 3 })) }),
  'talk.delete': fc.record({ talkId }),
  'talk.restore': fc.record({ talkId }),
  'notes.search': fc.record({ query: text, limit: fc.integer({ min: 1, max: 20 }) }, { requiredKeys: ['query'] }),
  'export.conference': fc.record({ conferenceId, day: orNull(day), frontMatter: bool }),
  'export.talk': fc.record({ talkId, frontMatter: bool }),
  'export.bundle': fc.record({ of: fc.oneof(fc.record({ conferenceId, day: orNull(day) }), fc.record({ talkId })), frontMatter: bool }),
  'backup.export': fc.constant({}),
  'backup.import': fc.record({ text: fc.constantFrom(serializeBackup({ talks: [], notes: [], conferences: [], marks: [] }, new Date(0)), '{"format":"talk-notes-backup","version":9}', 'not json') }),
  'export.talkVtt': fc.record({ talkId }),
  'export.talkAnnotations': fc.record({ talkId }),
  'annotations.import': fc.record({
    text: fc.constantFrom(annotations('aaaaaaaaaaa'), annotations('aaaaaaaaaaa', 'thought'), '[]', annotations('zzzzzzzzzzz'), '{"@context":"http://www.w3.org/ns/anno.jsonld"}', 'not json'),
  }),
  'library.keepWarm': fc.constant({}),
  'programme.import': fc.record({
    conferenceId: orNull(conferenceId),
    programme: fc.constantFrom(PROGRAMME, PROGRAMME, { ...PROGRAMME, entries: [] }, { ...PROGRAMME, entries: PROGRAMME.entries.slice(1).reverse() }, 'not a schedule'),
  }),
  'programme.get': fc.record({ conferenceId }),
  'programme.match': video.chain((v) => fc.record({ talkId: fc.constant(`youtube:${v}` as TalkId), meta })),
  'programme.search': fc.record({ text: fc.constantFrom('rust', 'Illegal Instructions', '', 'Æ') }),
  'programme.choose': fc.record({ talkId, meta, key: fc.constantFrom(`${CONFERENCE_IDS[0]}|12345`, 'nothing|here') }),
  'programme.unlink': fc.record({ talkId, meta }),
  'library.open': fc.record({ talkId, query: text }, { requiredKeys: [] }),
  'frame.probe': fc.constant({}),
  'marks.get': fc.record({ recording: talkId }),
  'loader.here': fc.record({ address: fc.constantFrom('https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://conf.example/', 'not an address') }),
  'loader.sidebar': fc.constant({}),
  'loader.frame': fc.constant({}),
  'loader.parser': fc.constant({}),
  'sync.status': fc.constant({}),
  'sync.now': fc.constant({}),
  'sync.configure': fc.record({
    url: fc.constantFrom('https://dav.example/notes/', 'http://dav.example/', 'not a url'), user: text, password: text, passphrase: fc.constantFrom('', 'secret'),
  }),
  'marks.add': fc.record({ recording: talkId, at: fc.constantFrom(0, 61, 1.5, -1) }),
  'frame.report': fc.record({
    report: orNull(fc.record({ meta, time: orNull(fc.constantFrom(0, 12.5)), paused: bool, rate: fc.constantFrom(1, 2), area: fc.nat({ max: 10 ** 6 }) })),
  }),
  'frame.control': fc.record({
    frameId: fc.nat({ max: 9 }),
    control: fc.oneof(fc.record({ action: fc.constant('seek'), at: fc.constantFrom(0, 61) }), fc.constantFrom({ action: 'pause' }, { action: 'play' })),
  }),
  'frame.caption': fc.record({ frameId: fc.nat({ max: 9 }) }),
  'slide.save': fc.record({
    note,
    meta,
    // A real WebP's first bytes and a JPEG's, then bytes that are no image.
    image: fc.record({
      data: fc.constantFrom('UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=', '/9j/4AAQSkZJRg==', 'bm90IGFuIGltYWdl'),
      type: fc.constantFrom('image/webp', 'image/jpeg', 'image/png'),
      width: fc.constantFrom(1, 1280, 4000),
      height: fc.constantFrom(1, 720),
    }),
  }),
  'frame.slide': fc.record({
    token: fc.constantFrom(0, 7),
    slide: fc.constantFrom<unknown>(
      { image: { data: 'UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=', type: 'image/webp', width: 1, height: 1 } },
      { tainted: { x: 0, y: 0, width: 320, height: 180, scale: 1 }, view: { width: 320, height: 180 } },
      { error: 'The video shows no picture yet.' },
    ),
  }),
  'slide.tab': fc.record({ rect: fc.record({ x: fc.constantFrom(0, 10), y: fc.constant(0), width: fc.constantFrom(320, 0), height: fc.constant(180), scale: fc.constantFrom(1, 2) }) }),
  'slide.images': fc.record({ ids: fc.array(noteId, { maxLength: 3 }) }),
};

export const REQUEST_TYPES = Object.keys(PAYLOADS) as RequestType[];

/** A well-formed request of any type. */
export const request: fc.Arbitrary<Envelope> = fc
  .constantFrom(...REQUEST_TYPES)
  .chain((type) => PAYLOADS[type].map((payload) => ({ type, payload }) as Envelope));
