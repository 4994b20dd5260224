// The draft end to end below the UI: sidebar model → real background → store, and back.
import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import type { Player } from '@/utils/sidebar/deps';
import { createSidebarModel } from '@/utils/sidebar/model';
import type { TalkRef } from '@/utils/model/talk-ref';
import { loopback, meta, noteId } from '../background/loopback';

const VIDEO = 'ddddddddddd';
const ref: TalkRef = { platform: 'youtube', videoId: VIDEO, talkId: `youtube:${VIDEO}` as TalkId, url: `https://www.youtube.com/watch?v=${VIDEO}` };
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const player = (now: number): Player => ({ now: () => now, seek: () => {}, pause: () => {}, play: () => {}, paused: false });

async function sidebar(bg: Awaited<ReturnType<typeof loopback>>, at = 0) {
  const m = createSidebarModel({ api: bg.api, clipboard: async () => {}, newId: noteId, draftDelay: 5 });
  m.setPlayer(player(at));
  await m.showTalk(ref, meta(VIDEO));
  return m;
}

describe('drafts', () => {
  it('are stored shortly after typing, with their moment and kind, and offered back to a new sidebar', async () => {
    const bg = await loopback();
    const first = await sidebar(bg, 75);
    first.draft.input('half a thought');
    await settle();
    expect(await bg.db.get('drafts', ref.talkId)).toMatchObject({ kind: 'note', text: 'half a thought' });
    // A kind chosen after the text was typed is kept too.
    first.draft.kind.value = 'question';
    await settle();
    expect(await bg.db.get('drafts', ref.talkId)).toMatchObject({ talkId: ref.talkId, at: 75, kind: 'question', text: 'half a thought' });

    // The tab is gone (closed, crashed); a new one opens the talk.
    const second = await sidebar(bg, 3);
    expect(second.draft.text.value).toBe('half a thought');
    expect(second.draft.at.value).toBe(75);
    expect(second.draft.kind.value).toBe('question');
    expect(second.status.value?.text).toBe('Your unsaved note from 1:15 is back in the box.');
  });

  it('are cleared once the note is saved, and when the box is emptied', async () => {
    const bg = await loopback();
    const m = await sidebar(bg, 10);
    m.draft.input('to be saved');
    await settle();
    await m.save();
    await settle();
    expect(await bg.db.get('drafts', ref.talkId)).toBeUndefined();
    expect((await sidebar(bg)).draft.text.value).toBe('');

    m.draft.input('typed then erased');
    await settle();
    m.draft.input('');
    await settle();
    expect(await bg.db.get('drafts', ref.talkId)).toBeUndefined();
  });
});
