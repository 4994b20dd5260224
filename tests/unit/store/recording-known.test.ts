import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { recordingKnown } from '@/utils/store/recording-known';
import { aMark, aNote, TALK_1, TALK_2 } from '../model/records';
import { fill, freshDb } from './fresh-db';

const T = 1_700_000_000_000;
const part = (at: number) => `${TALK_1}#t=${at}` as TalkId;

describe('recordingKnown: whether the loader opens the sidebar by itself', () => {
  it('is false for a recording with nothing of the person\'s, or only deleted notes and marks', async () => {
    const db = await fill(await freshDb(), {
      notes: [aNote({ talkId: TALK_1, deletedAt: T + 1 }), aNote({ id: crypto.randomUUID() as never, talkId: TALK_2 })],
      marks: [aMark({ at: 600, deletedAt: T + 1 })],
    });
    expect(await recordingKnown(db, TALK_1)).toBe(false);
    expect(await recordingKnown(db, 'youtube:aaaaaaaaaaa' as TalkId)).toBe(false);
  });

  it('is true for a live note on the recording, or on any of its parts', async () => {
    expect(await recordingKnown(await fill(await freshDb(), { notes: [aNote({ talkId: TALK_1 })] }), TALK_1)).toBe(true);
    expect(await recordingKnown(await fill(await freshDb(), { notes: [aNote({ talkId: part(3120) })] }), TALK_1)).toBe(true);
  });

  it('does not take another recording whose id begins the same for a part', async () => {
    const longer = `${TALK_1}x` as TalkId;
    expect(await recordingKnown(await fill(await freshDb(), { notes: [aNote({ talkId: longer })] }), TALK_1)).toBe(false);
  });

  it('is true for a live hand-marked start, or an unsaved draft on it or a part', async () => {
    expect(await recordingKnown(await fill(await freshDb(), { marks: [aMark({ at: 600 })] }), TALK_1)).toBe(true);
    for (const talkId of [TALK_1, part(60)]) {
      const db = await freshDb();
      await db.put('drafts', { talkId, at: 3, kind: 'note', text: 'unsaved', updatedAt: T });
      expect(await recordingKnown(db, TALK_1)).toBe(true);
    }
  });
});
