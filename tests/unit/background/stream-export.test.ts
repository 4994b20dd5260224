import { describe, expect, it } from 'vitest';
import { exportStreamOf } from '@/utils/background/stream-export';
import type { ConferenceId, NoteId, TalkId } from '@/utils/model/ids';
import type { Note, Talk } from '@/utils/model/types';
import { fill, freshDb } from '../store/fresh-db';

const talk = (videoId: string, title: string, more: Partial<Talk> = {}): Talk => ({
  id: `youtube:${videoId}` as TalkId, platform: 'youtube', videoId, url: 'https://www.youtube.com/watch?v=cnSummitD1_',
  title, speakers: [], links: [], createdAt: 1, updatedAt: 1, ...more,
});
let n = 0;
const note = (videoId: string, at: number, text: string, more: Partial<Note> = {}): Note => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` as NoteId, talkId: `youtube:${videoId}` as TalkId,
  at, kind: 'note', text, createdAt: 1, updatedAt: 1, ...more,
});

describe('exporting one talk of a stream', () => {
  it('gives every talk of that stream its own section, in order, with links into the stream', async () => {
    const db = await fill(await freshDb(), {
      talks: [
        talk('cnSummitD1_#t=3000', 'Practical Istio'),
        talk('cnSummitD1_#t=1200', 'Set Your Sites on Tracing', { speakers: [{ name: 'Adrian Cole' }] }),
        talk('cnSummitD1_#t=4200', 'Deleted talk', { deletedAt: 2 }),
        talk('cnSummitD1_', 'The whole stream'),
        talk('cnSummitD1x#t=5', 'Another stream'),
      ],
      notes: [
        note('cnSummitD1_#t=3000', 3100, 'sidecars'),
        note('cnSummitD1_#t=1200', 1300, 'spans'),
        note('cnSummitD1_#t=1200', 1400, 'gone', { deletedAt: 2 }),
        note('cnSummitD1_#t=4200', 4300, 'in a deleted talk'),
        note('cnSummitD1_', 10, 'whole'),
        note('cnSummitD1x#t=5', 10, 'other'),
      ],
    });
    const out = await exportStreamOf(db, 'youtube:cnSummitD1_#t=3000' as TalkId);
    expect(out?.markdown).toBe(
      [
        '# Set Your Sites on Tracing',
        '',
        'by Adrian Cole',
        '',
        '[Recording](https://www.youtube.com/watch?v=cnSummitD1_&t=1200s)',
        '',
        '- [21:40](https://www.youtube.com/watch?v=cnSummitD1_&t=1300s) spans',
        '',
        '# Practical Istio',
        '',
        '[Recording](https://www.youtube.com/watch?v=cnSummitD1_&t=3000s)',
        '',
        '- [51:40](https://www.youtube.com/watch?v=cnSummitD1_&t=3100s) sidecars',
        '',
      ].join('\n'),
    );
  });

  it('writes the stream in the language of the conference its talks are filed under', async () => {
    const conference = { id: 'c0f00000-0000-4000-8000-0000000000da' as ConferenceId, name: 'KubeCon', lang: 'da' as const, days: [], createdAt: 1, updatedAt: 1 };
    const db = await fill(await freshDb(), {
      conferences: [conference],
      talks: [
        talk('cnSummitD1_#t=1200', 'Tracing', { speakers: [{ name: 'A' }, { name: 'B' }] }),
        talk('cnSummitD1_#t=3000', 'Istio', { conferenceId: conference.id }),
      ],
      notes: [note('cnSummitD1_#t=1200', 1300, 'spans'), note('cnSummitD1_#t=3000', 3100, 'Hvorfor?', { kind: 'question' })],
    });
    const out = await exportStreamOf(db, 'youtube:cnSummitD1_#t=1200' as TalkId);
    expect(out?.markdown).toBe(
      [
        '# Tracing', '', 'af A og B', '', '[Optagelse](https://www.youtube.com/watch?v=cnSummitD1_&t=1200s)', '',
        '- [21:40](https://www.youtube.com/watch?v=cnSummitD1_&t=1300s) spans', '',
        '# Istio', '', '[Optagelse](https://www.youtube.com/watch?v=cnSummitD1_&t=3000s)', '',
        '- [51:40](https://www.youtube.com/watch?v=cnSummitD1_&t=3100s) Q: Hvorfor?', '',
      ].join('\n'),
    );
  });

  it('leaves a whole recording to the ordinary export', async () => {
    const db = await fill(await freshDb(), { talks: [talk('cnSummitD1_', 'Whole')], notes: [note('cnSummitD1_', 3, 'x')] });
    expect(await exportStreamOf(db, 'youtube:cnSummitD1_' as TalkId)).toBeNull();
  });
});
