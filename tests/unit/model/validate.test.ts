import { describe, expect, it } from 'vitest';
import {
  parseConference,
  parseConferenceId,
  parseDraft,
  parseMetaPatch,
  parseNote,
  parseNoteId,
  parseSpeaker,
  parseTalk,
  parseTalkId,
  parseTalkMeta,
  ValidationError,
} from '@/utils/model/validate';
import { aConference, aNote, aTalk, CONF_1, NOTE_1, TALK_1 } from './records';

function errorOf(parse: (x: unknown, path?: string) => unknown, x: unknown, path?: string): string {
  try {
    parse(x, path);
  } catch (e) {
    if (e instanceof ValidationError) return e.message;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const speakers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Speaker ${i}` }));

describe('ids', () => {
  it.each([
    'youtube:dQw4w9WgXcQ',
    'vimeo:76979871',
    'peertube:9c9de5e8-0a1e-484a-b099-e80766180a6d',
    'mediaccc:36c3-10652-the_ultimate_talk',
    'web:https://example.org/talk.mp4',
  ])('accepts the talk id %s', (id) => {
    expect(parseTalkId(id)).toBe(id);
  });

  it.each([
    ['dQw4w9WgXcQ', 'expected a talk id like youtube:VIDEOID, got "dQw4w9WgXcQ"'],
    ['twitch:abc', 'expected a talk id like youtube:VIDEOID, got "twitch:abc"'],
    ['youtube:', 'expected a video id of 1 to 200 characters without spaces or control characters'],
    ['youtube:a b', 'expected a video id of 1 to 200 characters without spaces or control characters'],
    ['youtube:a\u0000b', 'expected a video id of 1 to 200 characters without spaces or control characters'],
    ['youtube:a\u200bb', 'expected a video id of 1 to 200 characters without spaces or control characters'],
    [`youtube:${'a'.repeat(201)}`, 'expected a video id of 1 to 200 characters without spaces or control characters'],
    [42, 'expected a talk id like youtube:VIDEOID, got number'],
  ])('refuses the talk id %j', (id, message) => {
    expect(errorOf(parseTalkId, id)).toBe(message);
  });

  it('accepts a UUID in any case and keeps it lower-case', () => {
    expect(parseNoteId(NOTE_1.toUpperCase())).toBe(NOTE_1);
    expect(parseConferenceId(CONF_1)).toBe(CONF_1);
  });

  it.each(['', 'not-a-uuid', `${NOTE_1}x`, ` ${NOTE_1}`, 7])('refuses the note id %j', (id) => {
    expect(errorOf(parseNoteId, id, 'id')).toBe('id: expected a UUID');
  });
});

describe('parseNote', () => {
  it('returns an equal, new object for a valid note', () => {
    const input = aNote({ deletedAt: 1_700_000_000_500 });
    const out = parseNote(input);
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
  });

  it('drops unknown fields and treats a null deletedAt as absent', () => {
    const out = parseNote({ ...aNote(), deletedAt: null, colour: 'red' });
    expect(Object.keys(out).sort()).toEqual(['at', 'createdAt', 'id', 'kind', 'talkId', 'text', 'updatedAt']);
  });

  it('cleans control characters out of the text', () => {
    expect(parseNote(aNote({ text: 'a\u0000b\r\nc' })).text).toBe('ab\nc');
  });

  it.each([
    ['notes[3].at: expected a number of seconds ≥ 0', { at: -1 }],
    ['notes[3].at: expected a number of seconds ≤ 604800', { at: 7 * 24 * 3600 + 1 }],
    ['notes[3].at: expected a number of seconds, got "0:42"', { at: '0:42' }],
    ['notes[3].kind: expected one of note, quote, question, thought, tip, got "remark"', { kind: 'remark' }],
    ['notes[3].text: expected at most 20000 characters, got 20001', { text: 'x'.repeat(20_001) }],
    ['notes[3].createdAt: expected a time in epoch milliseconds ≥ 1', { createdAt: 0 }],
    ['notes[3].updatedAt: expected a time in epoch milliseconds, got 1.5', { updatedAt: 1.5 }],
    ['notes[3].deletedAt: expected a time in epoch milliseconds ≥ 1', { deletedAt: -5 }],
    ['notes[3].talkId: expected a talk id like youtube:VIDEOID, got "youtube"', { talkId: 'youtube' }],
  ])('refuses with "%s"', (message, over) => {
    expect(errorOf(parseNote, { ...aNote(), ...over }, 'notes[3]')).toBe(message);
  });

  it('cannot be tricked by __proto__ or constructor keys', () => {
    const json = JSON.stringify(aNote()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true,"text":"evil"},"constructor":{"prototype":{"polluted":true}},',
    );
    const input: unknown = JSON.parse(json);
    const out = parseNote(input) as ReturnType<typeof parseNote> & { polluted?: unknown };
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(out.text).toBe('Diversity is key to innovation.');
    expect(out.polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(out, 'constructor')).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('parseTalk', () => {
  it('returns an equal, new object for a valid talk, speakers and links copied', () => {
    const input = aTalk({ conferenceId: CONF_1, day: 2, order: 0, duration: 2467.5, thoughts: 'Good.' });
    const out = parseTalk(input);
    expect(out).toEqual(input);
    expect(out.speakers[0]).not.toBe(input.speakers[0]);
    expect(out.links).not.toBe(input.links);
  });

  it.each([
    ['  https://Example.org/a b\n', 'https://example.org/a%20b'],
    ['http://example.org', 'http://example.org/'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  ])('keeps the address %j in its parsed form %s', (url, stored) => {
    expect(parseTalk(aTalk({ url })).url).toBe(stored);
  });

  it('makes one-line fields one line', () => {
    expect(parseTalk(aTalk({ title: 'When\nContainers\tAttack' })).title).toBe('When Containers Attack');
  });

  it.each([
    ['id: expected youtube:dQw4w9WgXcQ, the platform and video id', { id: 'youtube:other' }],
    ['platform: expected one of youtube, vimeo, peertube, mediaccc, web, got "twitch"', { platform: 'twitch' }],
    ['url: expected a web address (http or https)', { url: 'javascript:alert(1)' }],
    ['url: expected a web address (http or https)', { url: '/watch?v=x' }],
    ['url: expected at most 2000 characters, got 2014', { url: `https://x.org/${'a'.repeat(2000)}` }],
    ['title: expected at most 500 characters, got 501', { title: 'x'.repeat(501) }],
    ['speakers: expected at most 50 items, got 51', { speakers: speakers(51) }],
    ['speakers[0].name: expected non-empty text', { speakers: [{ name: '' }] }],
    ['links[0].url: expected a web address (http or https)', { links: [{ label: 'x', url: 'data:text/html,hi' }] }],
    ['links: expected at most 50 items, got 51', { links: Array(51).fill({ label: 'x', url: 'https://x.org' }) }],
    ['conferenceId: expected a UUID', { conferenceId: 'conf-1' }],
    ['day: expected a day number ≤ 60', { day: 61 }],
    ['order: expected a position ≥ 0', { order: -1 }],
  ])('refuses with "%s"', (message, over) => {
    expect(errorOf(parseTalk, { ...aTalk(), ...over })).toBe(message);
  });
});

describe('parseConference', () => {
  it('returns an equal, new object for a valid conference', () => {
    const input = aConference({ intro: 'My notes.\n\nDay one…', closing: 'Thanks!' });
    expect(parseConference(input)).toEqual(input);
  });

  it.each([
    ['startDate: expected a date like 2016-09-01', { startDate: '2016-02-30' }],
    ['endDate: expected a date like 2016-09-01', { endDate: '1 Sep 2016' }],
    ['lang: expected one of en, da, got "fr"', { lang: 'fr' }],
    ['days[0].number: expected a day number ≥ 1', { days: [{ number: 0 }] }],
    ['days: expected at most 60 items, got 61', { days: Array.from({ length: 61 }, (_, i) => ({ number: (i % 60) + 1 })) }],
    ['name: expected at most 200 characters, got 201', { name: 'x'.repeat(201) }],
  ])('refuses with "%s"', (message, over) => {
    expect(errorOf(parseConference, { ...aConference(), ...over })).toBe(message);
  });
});

describe('parseDraft and parseSpeaker', () => {
  it('keeps only a draft’s fields', () => {
    const draft = { talkId: TALK_1, at: 3.5, kind: 'quote', text: '“Hi”', updatedAt: 5, id: 'x' };
    expect(parseDraft(draft)).toEqual({ talkId: TALK_1, at: 3.5, kind: 'quote', text: '“Hi”', updatedAt: 5 });
  });

  it('reads a speaker and refuses too many handles', () => {
    expect(parseSpeaker({ name: 'Adrian Cole', handles: ['@adrianfcole'] })).toEqual({
      name: 'Adrian Cole',
      handles: ['@adrianfcole'],
    });
    expect(errorOf(parseSpeaker, { name: 'A', handles: Array(21).fill('@a') })).toBe(
      'handles: expected at most 20 items, got 21',
    );
  });
});

describe('parseTalkMeta and parseMetaPatch', () => {
  const meta = {
    platform: 'youtube',
    videoId: 'dQw4w9WgXcQ',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    title: 'When Containers Attack',
    channel: 'Software Circus',
    duration: 2467,
    speakers: [{ name: 'Anne Currie' }],
  };

  it('returns an equal, new object for valid metadata', () => {
    expect(parseTalkMeta(meta)).toEqual(meta);
    expect(parseTalkMeta(meta)).not.toBe(meta);
  });

  it('cuts what the page says too long instead of refusing it', () => {
    const out = parseTalkMeta({ ...meta, title: 'T'.repeat(600), channel: 'C'.repeat(300), speakers: speakers(60) });
    expect([out.title.length, out.channel?.length, out.speakers.length]).toEqual([500, 200, 50]);
  });

  it('leaves out a duration it cannot use', () => {
    expect(parseTalkMeta({ ...meta, duration: Number.POSITIVE_INFINITY }).duration).toBeUndefined();
    expect('duration' in parseTalkMeta({ ...meta, duration: -1 })).toBe(false);
  });

  it.each([
    ['meta.platform: expected one of youtube, vimeo, peertube, mediaccc, web, got "twitch"', { platform: 'twitch' }],
    ['meta.videoId: expected a video id of 1 to 200 characters without spaces or control characters', { videoId: 'a b' }],
    ['meta.url: expected a web address (http or https)', { url: 'javascript:void 0' }],
    ['meta.speakers: expected a list, got "Anne"', { speakers: 'Anne' }],
  ])('still refuses with "%s"', (message, over) => {
    expect(errorOf(parseTalkMeta, { ...meta, ...over }, 'meta')).toBe(message);
  });

  it('reads a partial update with only the fields it has', () => {
    expect(parseMetaPatch({ title: 'New title', platform: 'vimeo' })).toEqual({ title: 'New title' });
  });
});
