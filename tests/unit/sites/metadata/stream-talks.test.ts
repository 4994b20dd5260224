import { describe, expect, it } from 'vitest';
import type { Clip, EventInfo, VideoInfo } from '@/utils/sites/metadata/metadata';
import { streamTalks } from '@/utils/sites/metadata/stream-talks';

const DAY_START = Date.parse('2025-05-20T09:00:00Z');
const video = (...clips: Clip[]): VideoInfo => ({ clips });
const clip = (at: number, end: number, title: string, id?: string): Clip => ({ at, end, title, ...(id ? { id } : {}) });
const talk = (title: string, speaker: string, at?: number, extra: Partial<EventInfo> = {}): EventInfo => ({
  title,
  speakers: speaker ? [{ name: speaker }] : [],
  talks: [],
  ...(at !== undefined ? { startsAt: DAY_START + at * 1000 } : {}),
  ...extra,
});
const day = (...talks: EventInfo[]): EventInfo => ({ title: 'Day 1', speakers: [], talks, startsAt: DAY_START });
/** Each talk as `at-end title (speakers)`. */
const show = (v: VideoInfo | null, d: EventInfo | null) =>
  streamTalks(v, d).map((c) => `${c.at}-${c.end ?? ''} ${c.title} (${c.speakers.map((s) => s.name).join(', ')})`);

describe('the talks of a day’s stream from clips and programme', () => {
  it('keeps every clip as a part when the page gives clips alone, "Stream starting soon" too', () => {
    expect(show(video(clip(0, 20, 'Stream starting soon'), clip(20, 60, 'Fast Builds – Jane Doe')), null)).toEqual([
      '0-20 Stream starting soon ()',
      '20-60 Fast Builds (Jane Doe)',
    ]);
  });

  it('places the programme by start time when the page gives no clips', () => {
    expect(show(null, day(talk('Fast Builds', 'Jane Doe', 30), talk('Slow Builds', 'Joe Bloggs', 90)))).toEqual([
      '30- Fast Builds (Jane Doe)',
      '90- Slow Builds (Joe Bloggs)',
    ]);
  });

  it('matches the two views: by title (case, dashes and the clip’s speaker aside), by start, by the clip a talk names', () => {
    const v = video(
      clip(0, 20, 'Stream starting soon'),
      clip(20, 45, 'Keynote: Steady Systems'),
      clip(45, 70, 'FAST BUILDS! – Jane Doe'),
      clip(70, 90, 'Lightning talk', '#clip-3'),
    );
    const d = day(
      talk('Fast builds', 'Jane Doe, the performer'),
      talk('Steady Systems for Restless Teams', 'Mira Solberg', 25),
      talk('Typed CSS', 'Ana Kowalski', undefined, { recording: { id: '#clip-3', clips: [] } }),
    );
    expect(show(v, d)).toEqual([
      '20-45 Steady Systems for Restless Teams (Mira Solberg)',
      '45-70 Fast builds (Jane Doe, the performer)',
      '70-90 Typed CSS (Ana Kowalski)',
    ]);
  });

  it('takes the clip’s speakers where the programme entry names none', () => {
    expect(show(video(clip(0, 50, 'Fast Builds – Jane Doe'), clip(50, 90, 'Coffee')), day(talk('Fast Builds', '')))).toEqual(['0-50 Fast Builds (Jane Doe)']);
  });

  it('does not take a clip far from a talk’s start for it, and places a talk no clip shows by its start', () => {
    const v = video(clip(0, 600, 'Doors open'), clip(600, 1200, 'Fast Builds'));
    const d = day(talk('Fast Builds', 'Jane Doe', 600), talk('Late Talk', 'Joe Bloggs', 1500));
    expect(show(v, d)).toEqual(['600-1200 Fast Builds (Jane Doe)', '1500- Late Talk (Joe Bloggs)']);
  });
});
