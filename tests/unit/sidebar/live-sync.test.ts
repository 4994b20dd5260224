// Live sync at the model level: the background's change events, as broadcast after each
// commit, applied by two sidebars on one talk and by the library page.
import { describe, expect, it, vi } from 'vitest';
import { createLibraryModel } from '@/utils/library/model';
import type { ChangeEvent } from '@/utils/messages/events';
import type { TalkId } from '@/utils/model/ids';
import { createSidebarModel, type SidebarModel } from '@/utils/sidebar/model';
import type { TalkRef } from '@/utils/model/talk-ref';
import { loopback, meta, noteId } from '../background/loopback';

const VIDEO = 'aaaaaaaaaaa';
const ref: TalkRef = { platform: 'youtube', videoId: VIDEO, talkId: `youtube:${VIDEO}` as TalkId, url: `https://www.youtube.com/watch?v=${VIDEO}` };

async function setup() {
  const bg = await loopback();
  const sidebar = async () => {
    const m = createSidebarModel({ api: bg.api, clipboard: async () => {}, newId: noteId, draftDelay: 10_000 });
    await m.showTalk(ref, meta(VIDEO, 'Shared talk'));
    return m;
  };
  const [a, b] = [await sidebar(), await sidebar()];
  const library = createLibraryModel({ api: bg.api, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => 'c0000000-0000-4000-8000-000000000001' as never });
  await library.load();
  let sent = 0;
  /** Delivers what the background broadcast since last time to every view, as the browser would. */
  const deliver = async () => {
    const fresh: ChangeEvent[] = bg.events.slice(sent);
    sent = bg.events.length;
    for (const e of fresh) for (const view of [a, b, library]) view.receive(e);
  };
  return { bg, a, b, library, deliver };
}

const texts = (m: SidebarModel) => m.rows.value.map((r) => r.text);

async function type(m: SidebarModel, text: string) {
  m.draft.input(text);
  await m.save();
}

describe('live sync between views', () => {
  it('an add in one sidebar shows in the other and counts in the library', async () => {
    const { a, b, library, deliver } = await setup();
    await type(a, 'from A');
    expect(texts(b)).toEqual([]);
    await deliver();
    expect(texts(b)).toEqual(['from A']);
    // The library gathers events briefly, then reads the counts again.
    await vi.waitFor(() => expect(library.talks.value.map((t) => [t.talk.title, t.notes])).toEqual([['Shared talk', 1]]));
  });

  it('edits made in both are kept in both; a delete in one is gone in the other and in the library count', async () => {
    const { a, b, library, deliver } = await setup();
    await type(a, 'first');
    await deliver();
    await type(b, 'second');
    await deliver();
    const [first, second] = a.rows.value;
    // Both edit at once, each its own note, before either hears of the other.
    await Promise.all([a.update(first!, { text: 'first, edited in A' }), b.update(b.rows.value[1]!, { text: 'second, edited in B' })]);
    await deliver();
    expect(texts(a)).toEqual(['first, edited in A', 'second, edited in B']);
    expect(texts(b)).toEqual(['first, edited in A', 'second, edited in B']);

    await b.remove(b.rows.value.find((r) => r.id === second!.id)!);
    await deliver();
    expect(texts(a)).toEqual(['first, edited in A']);
    await vi.waitFor(() => expect(library.talks.value.map((t) => t.notes)).toEqual([1]));
  });

  it("a sidebar's own save is drawn once: the change event after its reply leaves its list and talk as they are", async () => {
    const { a, b, deliver } = await setup();
    await type(a, 'mine');
    const [rows, talk] = [a.rows.value, a.talk.value];
    expect(rows.map((r) => [r.text, r.saving])).toEqual([['mine', undefined]]);
    await deliver();
    expect(a.rows.value).toBe(rows);
    expect(a.talk.value).toBe(talk);
    // The other sidebar had not seen it: there it shows.
    expect(texts(b)).toEqual(['mine']);
  });

  it('an edit made elsewhere to a note this sidebar saved still shows at once', async () => {
    const { a, b, deliver } = await setup();
    await type(a, 'v1');
    await deliver();
    await b.update(b.rows.value[0]!, { text: 'v2 from B' });
    await deliver();
    expect(texts(a)).toEqual(['v2 from B']);
  });

  it('the change event of a save that arrives before its reply marks the row saved; the reply then draws nothing', async () => {
    const { a, bg } = await setup();
    // The reply is held until the event was applied, as a busy page might order them.
    const api = bg.api;
    let release = () => {};
    const held = createSidebarModel({
      api: async (type, payload) => {
        const answer = await api(type, payload);
        if (type === 'note.save') await new Promise<void>((ok) => (release = ok));
        return answer;
      },
      clipboard: async () => {}, newId: noteId, draftDelay: 10_000,
    });
    await held.showTalk(ref, meta(VIDEO, 'Shared talk'));
    held.draft.input('early event');
    const saving = held.save();
    await vi.waitFor(() => expect(bg.events.some((e) => e.notes[0]?.text === 'early event')).toBe(true));
    expect(held.rows.value.map((r) => r.saving)).toEqual([true]);
    held.receive(bg.events[bg.events.length - 1]!);
    const rows = held.rows.value;
    expect(rows.map((r) => [r.text, r.saving])).toEqual([['early event', undefined]]);
    release();
    await saving;
    expect(held.rows.value).toBe(rows);
    expect(texts(a)).toEqual([]);
  });

  it('an older copy arriving late never overwrites a newer edit', async () => {
    const { a, b, bg, deliver } = await setup();
    await type(a, 'v1');
    await deliver();
    const stale = bg.events[bg.events.length - 1]!;
    await a.update(a.rows.value[0]!, { text: 'v2' });
    await deliver();
    b.receive(stale);
    expect(texts(b)).toEqual(['v2']);
  });

  it('a talk deleted in the library empties the sidebars showing it', async () => {
    const { a, b, library, deliver } = await setup();
    await type(a, 'one');
    await type(a, 'two');
    await deliver();
    await library.deleteTalk(ref.talkId);
    await deliver();
    expect(texts(a)).toEqual([]);
    expect(texts(b)).toEqual([]);
  });
});
