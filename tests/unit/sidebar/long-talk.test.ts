// A talk with many notes: the sidebar reads and shows its first screenful, then the rest, over
// the real background and store (fake-indexeddb), so the store's by-moment index is exercised.
import { describe, expect, it, vi } from 'vitest';
import type { RequestType } from '@/utils/messages/api';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { FIRST_NOTES } from '@/utils/sidebar/notes-list';
import type { ApiCall } from '@/utils/sidebar/deps';
import { createSidebarModel } from '@/utils/sidebar/model';
import type { TalkRef } from '@/utils/model/talk-ref';
import { loopback, meta, writeNotes } from '../background/loopback';

const VIDEO = 'aaaaaaaaaaa';
const ref: TalkRef = { platform: 'youtube', videoId: VIDEO, talkId: `youtube:${VIDEO}` as TalkId, url: `https://www.youtube.com/watch?v=${VIDEO}` };
const noteId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as NoteId;
const TEXTS = Array.from({ length: 100 }, (_, i) => `note ${String(i + 1).padStart(3, '0')}`);

/** A gate a request waits at until the test opens it. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

async function setup() {
  const bg = await loopback();
  // Written latest moment first, so the order they were stored in is not moment order.
  for (const [i, text] of [...TEXTS.entries()].reverse()) {
    await bg.api('note.save', { note: { id: noteId(i), at: i * 7, kind: 'note', text }, meta: meta(VIDEO, 'Rust') });
  }
  const rest = gate();
  const saves = gate();
  const asked: [RequestType, unknown][] = [];
  let restRead = false;
  const api: ApiCall = async (type, payload) => {
    asked.push([type as RequestType, payload]);
    if ((type as RequestType) === 'note.save') await saves.opened;
    if ((type as RequestType) !== 'talk.open' || 'first' in (payload as object)) return bg.api(type, payload);
    await rest.opened;
    const reply = await bg.api(type, payload);
    restRead = true;
    return reply;
  };
  const model = createSidebarModel({ api, clipboard: vi.fn(async () => {}), newId: () => noteId(999), draftDelay: 0 });
  model.setPlayer({ now: () => 5, seek: vi.fn(), pause: vi.fn(), play: vi.fn(), paused: false });
  return { model, asked, release: rest.open, releaseSaves: saves.open, restRead: () => restRead };
}

describe('a talk with more notes than a screen holds', () => {
  it('shows its earliest notes first, then all of them in order', async () => {
    const { model, asked, release, releaseSaves } = await setup();
    releaseSaves();
    const shown = model.showTalk(ref, meta(VIDEO, 'Rust'));
    await vi.waitFor(() => expect(model.rows.value).toHaveLength(FIRST_NOTES));
    expect(model.rows.value.map((r) => r.text)).toEqual(TEXTS.slice(0, FIRST_NOTES));
    release();
    await shown;
    expect(model.rows.value.map((r) => r.text)).toEqual(TEXTS);
    expect(asked.filter(([type]) => type === 'talk.open')).toEqual([
      ['talk.open', { talkId: ref.talkId, first: FIRST_NOTES }],
      ['talk.open', { talkId: ref.talkId }],
    ]);
  });

  it('keeps showing a note typed while the rest was read, though the read did not see it', async () => {
    const { model, release, releaseSaves, restRead } = await setup();
    const shown = model.showTalk(ref, meta(VIDEO, 'Rust'));
    await vi.waitFor(() => expect(model.rows.value).toHaveLength(FIRST_NOTES));
    model.draft.input('typed meanwhile');
    const saving = model.save();
    release();
    await shown;
    expect(restRead()).toBe(true);
    expect(model.rows.value.map((r) => [r.text, r.saving])).toContainEqual(['typed meanwhile', true]);
    expect(model.rows.value).toHaveLength(101);
    releaseSaves();
    await saving;
    expect(model.rows.value.map((r) => r.text)).toEqual([TEXTS[0], 'typed meanwhile', ...TEXTS.slice(1)]);
  });

  it('asks for the rest only once the first screenful is painted, and not at all for a talk left meanwhile', async () => {
    const bg = await loopback();
    for (let i = 0; i < FIRST_NOTES + 5; i++) {
      await bg.api('note.save', { note: { id: noteId(i), at: i, kind: 'note', text: `n${i}` }, meta: meta(VIDEO, 'Rust') });
    }
    const asked: unknown[] = [];
    const api: ApiCall = async (type, payload) => {
      if ((type as RequestType) === 'talk.open') asked.push(payload);
      return bg.api(type, payload);
    };
    let paint = () => {};
    const painted = () => new Promise<void>((r) => (paint = r));
    const model = createSidebarModel({ api, clipboard: vi.fn(async () => {}), newId: () => noteId(999), painted });
    const shown = model.showTalk(ref, meta(VIDEO, 'Rust'));
    await vi.waitFor(() => expect(model.rows.value).toHaveLength(FIRST_NOTES));
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toEqual([{ talkId: ref.talkId, first: FIRST_NOTES }]);
    paint();
    await shown;
    expect(asked).toEqual([{ talkId: ref.talkId, first: FIRST_NOTES }, { talkId: ref.talkId }]);
    expect(model.rows.value).toHaveLength(FIRST_NOTES + 5);
    expect(model.loading.value).toBe(false);

    // Another talk before the paint: the first one's rest is never asked for.
    const other: TalkRef = { ...ref, videoId: 'bbbbbbbbbbb', talkId: 'youtube:bbbbbbbbbbb' as TalkId, url: 'https://www.youtube.com/watch?v=bbbbbbbbbbb' };
    asked.length = 0;
    await model.showTalk(other, meta('bbbbbbbbbbb', 'Go'));
    const again = model.showTalk(ref, meta(VIDEO, 'Rust'));
    await vi.waitFor(() => expect(model.rows.value).toHaveLength(FIRST_NOTES));
    await model.showTalk(other, meta('bbbbbbbbbbb', 'Go'));
    paint();
    await again;
    expect(asked).toEqual([{ talkId: other.talkId, first: FIRST_NOTES }, { talkId: ref.talkId, first: FIRST_NOTES }, { talkId: other.talkId, first: FIRST_NOTES }]);
    expect(model.rows.value).toEqual([]);
  });

  it('asks once for a talk whose notes fit the first read', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, VIDEO, 'Rust', 'one', 'two');
    const asked: RequestType[] = [];
    const api: ApiCall = async (type, payload) => {
      asked.push(type);
      return bg.api(type, payload);
    };
    const model = createSidebarModel({ api, clipboard: vi.fn(async () => {}), newId: () => '00000000-0000-4000-8000-000000000001' as NoteId });
    await model.showTalk(ref, meta(VIDEO, 'Rust'));
    expect(model.rows.value.map((r) => r.text)).toEqual(['one', 'two']);
    expect(asked.filter((t) => t === 'talk.open')).toHaveLength(1);
  });
});
