import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import { indexProgramme, matchRecording, type RecordingQuery } from '@/utils/formats/schedule/match';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { congressSchedule } from './congress';

function entry(id: string, title: string, speakers: string[], over: Partial<ProgrammeEntry> = {}): ProgrammeEntry {
  return {
    guid: `00000000-0000-4000-9000-00000000${id}`,
    id,
    slug: `38c3-${id}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title,
    subtitle: null,
    speakers: speakers.map((name) => ({ name, biography: null, organisation: null })),
    track: null,
    room: 'Saal 1',
    start: '2024-12-28T10:00:00.000Z',
    timeZone: 'Europe/Berlin',
    duration: 2400,
    abstract: null,
    description: null,
    links: [],
    language: 'en',
    type: 'lecture',
    recordings: [],
    url: null,
    dayIndex: 2,
    cancelled: false,
    ...over,
  };
}

const congress = parseSchedule(congressSchedule(1000).json);
const meters = entry('9001', 'Breaking Smart Meters', ['Friederike Lang', 'nibble'], {
  url: 'https://fahrplan.example.net/talk/9001/?lang=en',
  recordings: [{ title: 'YouTube', url: 'https://www.youtube.com/watch?v=SmrtMtr0001' }],
});
const contracts = entry('9002', 'Breaking Smart Contracts', ['Ada Okafor']);
const lightning1 = entry('9003', 'Lightning Talks', [], { dayIndex: 1 });
const lightning2 = entry('9004', 'Lightning Talks', [], { dayIndex: 2 });
const gdpr = entry('9005', 'Ein Überblick über Datenschutz-Grundverordnung & Co.', ['Jörg Müller'], { language: 'de' });
const train = entry('9006', 'Wie wir den Zug hackten', ['Łukasz Wójcik'], { subtitle: 'Bahn-Signale im Test' });
const generated = congress.entries[500]!;
const programme: Programme = { ...congress, entries: [...congress.entries, meters, contracts, lightning1, lightning2, gdpr, train] };
const index = indexProgramme(programme);

const youtube = (title: string, over: Partial<RecordingQuery> = {}): RecordingQuery => ({
  platform: 'youtube',
  videoId: 'zzzzzzzzzzz',
  url: 'https://www.youtube.com/watch?v=zzzzzzzzzzz',
  title,
  channel: 'media.ccc.de',
  speakers: [],
  ...over,
});

describe('matching a recording to the programme', () => {
  it.each([
    ['the exact title', youtube('Breaking Smart Meters'), meters],
    ['case and punctuation aside', youtube('breaking smart-meters!!'), meters],
    ['"Title – Speakers | Conference"', youtube('Breaking Smart Meters – Friederike Lang, nibble | 38C3'), meters],
    ['"Speaker: Title"', youtube('Friederike Lang: Breaking Smart Meters'), meters],
    ['"Conference - Title"', youtube('38C3 - Breaking Smart Meters'), meters],
    ['a neighbour sharing two words', youtube('Breaking Smart Contracts (Ada Okafor)'), contracts],
    ['accents and "&" written out', youtube('Jorg Muller - Ein Uberblick uber Datenschutz-Grundverordnung und Co'), gdpr],
    ['title and subtitle together', youtube('Wie wir den Zug hackten: Bahn-Signale im Test'), train],
    ['a speaker named only in the channel', youtube('Wie wir den Zug hackten', { channel: 'Lukasz Wojcik' }), train],
    [`a generated talk, "${generated.title} – ${generated.speakers[0]!.name} | 38C3"`, youtube(`${generated.title} – ${generated.speakers[0]!.name} | 38C3`), generated],
  ])('finds it by %s, confidently', (_, query, expected) => {
    const m = matchRecording(index, query);
    expect(m.confident?.entry.id).toBe(expected.id);
    expect(m.confident?.by).toBe('title');
    expect(m.best[0]!.entry.id).toBe(expected.id);
  });

  it.each([
    ['the media.ccc.de slug', { platform: 'mediaccc', videoId: meters.slug!, url: `https://media.ccc.de/v/${meters.slug}`, title: 'x', channel: null, speakers: [] }, 'slug'],
    ['the guid', { platform: 'mediaccc', videoId: meters.guid!.toUpperCase(), url: null, title: 'x', channel: null, speakers: [] }, 'guid'],
    ['a recording link in the schedule', youtube('Something else entirely', { videoId: 'SmrtMtr0001', url: 'https://www.youtube.com/watch?v=SmrtMtr0001&t=42s' }), 'recording'],
    ['the schedule\'s page for the event, where it is embedded', { platform: 'youtube', videoId: 'abcdefghijk', url: 'https://fahrplan.example.net/talk/9001/?lang=en#video', title: 'x', channel: null, speakers: [] }, 'page'],
  ] as const)('finds it by %s, with certainty', (_, query, by) => {
    const m = matchRecording(index, query);
    expect(m).toEqual({ best: [{ entry: meters, score: 1, by }], confident: { entry: meters, score: 1, by } });
  });

  it('uses the site adapters\' key for recording links when given one', () => {
    const keyed = indexProgramme(programme, { recordingKey: (url) => (/[?&]v=([\w-]{11})/.exec(url) ? `youtube:${/[?&]v=([\w-]{11})/.exec(url)![1]}` : null) });
    const m = matchRecording(keyed, youtube('Unrelated upload title', { videoId: 'SmrtMtr0001', url: 'https://youtu.be/SmrtMtr0001' }));
    expect(m.confident).toEqual({ entry: meters, score: 1, by: 'recording' });
  });

  it.each([
    ['two talks of one title', youtube('Lightning Talks'), ['9003', '9004']],
    ['a title half like one talk', youtube('Breaking Smart Toasters'), null],
    ['a talk not in the programme', youtube('How to Bake Sourdough Bread'), null],
    ['one word of many titles', youtube('Breaking'), null],
  ])('is not confident for %s', (_, query, top) => {
    const m = matchRecording(index, query);
    expect(m.confident).toBeNull();
    expect(m.best.length).toBeLessThanOrEqual(3);
    if (top) expect(m.best.slice(0, 2).map((b) => b.entry.id).sort()).toEqual(top);
  });

  it('offers nothing for an unrelated title', () => {
    expect(matchRecording(index, youtube('How to Bake Sourdough Bread'))).toEqual({ best: [], confident: null });
  });

  it('answers any title with at most three matches, best first, scored between 0 and 1', () => {
    const words = fc.constantFrom('breaking', 'smart', 'meters', 'lightning', 'talks', '38C3', 'Łukasz', 'the', '–', '|', ':', 'zug');
    const title = fc.oneof(fc.string({ maxLength: 80 }), fc.array(words, { maxLength: 12 }).map((ws) => ws.join(' ')));
    fc.assert(
      fc.property(title, fc.option(fc.string({ maxLength: 30 })), (t, channel) => {
        const m = matchRecording(index, youtube(t, { channel }));
        expect(m.best.length).toBeLessThanOrEqual(3);
        for (const [i, b] of m.best.entries()) {
          expect(b.score).toBeGreaterThan(0);
          expect(b.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(b.score).toBeLessThanOrEqual(m.best[i - 1]!.score);
        }
        expect(m.confident === null || m.confident === m.best[0]).toBe(true);
      }),
      { numRuns: 300, seed: 20_261_207 },
    );
  });
});
