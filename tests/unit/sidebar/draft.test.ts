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

  it('a note saved before its draft was stored asks the background for nothing more; one restored from a draft clears it', async () => {
    const bg = await loopback();
    const asked: string[] = [];
    const api: typeof bg.api = (type, payload) => {
      if (type.startsWith('note.') || type.startsWith('draft.')) asked.push(type);
      return bg.api(type, payload);
    };
    const quick = createSidebarModel({ api, clipboard: async () => {}, newId: noteId, draftDelay: 10_000 });
    quick.setPlayer(player(4));
    await quick.showTalk(ref, meta(VIDEO));
    quick.draft.input('typed and saved at once');
    await quick.save();
    await settle();
    expect(asked).toEqual(['note.save']);

    // A draft left by an earlier page is in the store: saving its note clears it.
    await bg.api('draft.put', { draft: { talkId: ref.talkId, at: 9, kind: 'note', text: 'left over', updatedAt: 1 } });
    const later = createSidebarModel({ api, clipboard: async () => {}, newId: noteId, draftDelay: 10_000 });
    await later.showTalk(ref, meta(VIDEO));
    expect(later.draft.text.value).toBe('left over');
    await later.save();
    await settle();
    expect(asked.slice(1)).toEqual(['note.save', 'draft.clear']);
    expect(await bg.db.get('drafts', ref.talkId)).toBeUndefined();
  });
});
