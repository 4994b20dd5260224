import { describe, expect, it, vi } from 'vitest';
import type { Api, RequestType } from '@/utils/messages/api';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Draft, Note, Talk, TalkMeta } from '@/utils/model/types';
import type { Player } from '@/utils/sidebar/deps';
import { createSidebarModel } from '@/utils/sidebar/model';
import { NO_CAPTION } from '@/utils/sidebar/caption';
import type { TalkRef } from '@/utils/model/talk-ref';

const ref = (videoId: string): TalkRef => ({
  platform: 'youtube', videoId, talkId: `youtube:${videoId}` as TalkId, url: `https://www.youtube.com/watch?v=${videoId}`,
});
const meta = (videoId: string, title = `Talk ${videoId}`): TalkMeta => ({
  platform: 'youtube', videoId, url: `https://www.youtube.com/watch?v=${videoId}`, title, speakers: [],
});

/** A background that keeps notes in memory and can be told to fail or to hold its replies. */
function fakeBackground() {
  const notes = new Map<string, Note>();
  const drafts = new Map<string, Draft>();
  const calls: { type: RequestType; payload: unknown }[] = [];
  let failNext: string | null = null;
  const api = vi.fn(async <K extends RequestType>(type: K, payload: Api[K]['req']): Promise<Api[K]['res']> => {
    calls.push({ type, payload });
    if (failNext) {
      const m = failNext;
      failNext = null;
      throw new Error(m);
    }
    switch (type) {
      case 'talk.open': {
        const { talkId } = payload as Api['talk.open']['req'];
        return { talk: null, notes: [...notes.values()].filter((n) => n.talkId === talkId), draft: drafts.get(talkId) ?? null } as never;
      }
      case 'note.save': {
        const { note, meta: m } = payload as Api['note.save']['req'];
        const saved: Note = { ...note, talkId: `youtube:${m.videoId}` as TalkId, createdAt: 5, updatedAt: 5 };
        notes.set(note.id, saved);
        const talk = { id: saved.talkId, title: m.title, speakers: [], links: [] } as unknown as Talk;
        return { note: saved, talk } as never;
      }
      case 'draft.put': {
        const { draft } = payload as Api['draft.put']['req'];
        drafts.set(draft.talkId, draft);
        return null as never;
      }
      case 'draft.clear':
        drafts.delete((payload as Api['draft.clear']['req']).talkId);
        return null as never;
      default:
        return null as never;
    }
  });
  return { api, notes, drafts, calls, failWith: (m: string) => (failNext = m) };
}

function fakePlayer(time: { now: number }): Player & { paused: boolean } {
  return { now: () => time.now, seek: vi.fn(), pause: vi.fn(function (this: { paused: boolean }) { this.paused = true; }), play: vi.fn(), paused: false };
}

let id = 0;
function setup() {
  const bg = fakeBackground();
  const model = createSidebarModel({ api: bg.api, clipboard: vi.fn(async () => {}), newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}` as NoteId, draftDelay: 0 });
  const time = { now: 0 };
  const player = fakePlayer(time);
  model.setPlayer(player);
  return { bg, model, time, player };
}

/**
 * Makes `bg` a background that stores talk youtube:aaaaaaaaaaa without details on the first
 * note and fills them from the page's on `talk.update`. With `held`, each save waits for
 * `answerSave()`.
 */
function untitledTalkBackground(bg: ReturnType<typeof fakeBackground>, held = false) {
  const talk = (title: string) => ({ id: 'youtube:aaaaaaaaaaa' as TalkId, title, speakers: [], links: [] }) as unknown as Talk;
  const control = { answerSave: () => {} };
  bg.api.mockImplementation((async (type: RequestType, payload: unknown) => {
    bg.calls.push({ type, payload });
    if (type === 'talk.open') return { talk: null, notes: [], draft: null };
    if (type === 'note.save') {
      const { note } = payload as Api['note.save']['req'];
      if (held) await new Promise<void>((ok) => (control.answerSave = ok));
      return { note: { ...note, talkId: 'youtube:aaaaaaaaaaa', createdAt: 1, updatedAt: 1 }, talk: talk('') };
    }
    if (type === 'talk.update') return talk((payload as Api['talk.update']['req']).meta!.title);
    return null;
  }) as never);
  return control;
}

describe('taking the caption on screen', () => {
  it('puts it into the empty box as a quote stamped where it began, and saves it as such', async () => {
    const { model, player, bg } = setup();
    player.caption = async () => ({ text: 'Conference speakers are professional enthusiasts', at: 41.5 });
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    expect(await model.takeCaption()).toBe(true);
    expect([model.draft.text.value, model.draft.kind.value, model.draft.at.value]).toEqual(['Conference speakers are professional enthusiasts', 'quote', 41.5]);
    await model.save();
    expect([...bg.notes.values()].map((n) => [n.at, n.kind, n.text])).toEqual([[41.5, 'quote', 'Conference speakers are professional enthusiasts']]);
  });

  it('adds it on a line of its own after what is typed, keeping the note’s kind and moment', async () => {
    const { model, player, time } = setup();
    player.caption = async () => ({ text: 'the words', at: 50 });
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    time.now = 44;
    model.draft.input('My take  ');
    await model.takeCaption();
    expect([model.draft.text.value, model.draft.kind.value, model.draft.at.value]).toEqual(['My take\nthe words', 'note', 44]);
  });

  it('says so in the status line when no caption shows (or the player cannot read one), the box untouched', async () => {
    const { model, player } = setup();
    const said = () => model.status.value?.text;
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    expect(await model.takeCaption()).toBe(false);
    expect([said(), model.draft.text.value]).toEqual([NO_CAPTION, '']);
    player.caption = async () => null;
    model.status.value = null;
    expect(await model.takeCaption()).toBe(false);
    expect(said()).toBe(NO_CAPTION);
    player.caption = async () => ({ text: 'now one shows', at: 3 });
    expect(await model.takeCaption()).toBe(true);
    expect([model.status.value, model.draft.text.value]).toEqual([null, 'now one shows']);
  });
});

describe('the sidebar model', () => {
  it('stamps a note at the first keystroke, not when it is saved', async () => {
    const { model, time, bg } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    time.now = 61.4;
    model.draft.input('D');
    time.now = 75;
    model.draft.input('Diversity is key');
    await model.save();
    expect([...bg.notes.values()].map((n) => [n.at, n.text])).toEqual([[61.4, 'Diversity is key']]);
    expect(model.draft.text.value).toBe('');
  });

  it('takes the rewind off the moment, never below zero', async () => {
    const { model, time } = setup();
    model.settings.value = { ...model.settings.value, rewind: 5 };
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    time.now = 30;
    model.draft.input('x');
    expect(model.draft.at.value).toBe(25);
    model.draft.input('');
    time.now = 3;
    model.draft.input('y');
    expect(model.draft.at.value).toBe(0);
  });

  it('shows a note before the background answers, then marks it saved', async () => {
    const { model } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    model.draft.input('hello');
    const saving = model.save();
    expect(model.rows.value.map((r) => [r.text, r.saving])).toEqual([['hello', true]]);
    await saving;
    expect(model.rows.value.map((r) => [r.text, r.saving])).toEqual([['hello', undefined]]);
  });

  it('puts the text back in the box when the save fails, and says why', async () => {
    const { model, bg } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    model.draft.input('keep me');
    bg.failWith('QuotaExceededError');
    await model.save();
    expect(model.draft.text.value).toBe('keep me');
    expect(model.rows.value).toEqual([]);
    expect(model.status.value?.text).toMatch(/still in the box.*QuotaExceededError/);
  });

  it('keeps a half-typed note with its own talk when the page moves to another video', async () => {
    const { model, bg, time } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    time.now = 12;
    model.draft.input('about A');
    await model.showTalk(ref('bbbbbbbbbbb'), meta('bbbbbbbbbbb'));
    expect(model.draft.text.value).toBe('');
    expect(bg.drafts.get('youtube:aaaaaaaaaaa')).toMatchObject({ text: 'about A', at: 12 });
    await model.save();
    expect(bg.notes.size).toBe(0);
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    expect(model.draft.text.value).toBe('about A');
    expect(model.draft.at.value).toBe(12);
    await model.save();
    expect([...bg.notes.values()].map((n) => n.talkId)).toEqual(['youtube:aaaaaaaaaaa']);
  });

  it('pauses the video while typing only when asked to, and plays again after saving', async () => {
    const { model, player } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    model.draft.input('a');
    expect(player.pause).not.toHaveBeenCalled();
    await model.save();
    model.settings.value = { ...model.settings.value, pauseWhileTyping: true };
    model.draft.input('b');
    expect(player.pause).toHaveBeenCalledOnce();
    await model.save();
    expect(player.play).toHaveBeenCalledOnce();
  });

  it('highlights the last note the video has reached', async () => {
    const { model, time } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    for (const t of [10, 20, 30]) {
      time.now = t;
      model.draft.input(`at ${t}`);
      await model.save();
    }
    model.time.value = 25;
    expect(model.rows.value.find((r) => r.id === model.current.value)?.text).toBe('at 20');
    model.time.value = 5;
    expect(model.current.value).toBeNull();
  });

  it('applies changes from other tabs to the talk it shows, and ignores other talks', async () => {
    const { model } = setup();
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa'));
    const note = { id: 'x' as NoteId, talkId: 'youtube:aaaaaaaaaaa' as TalkId, at: 3, kind: 'note' as const, text: 'from tab 2', createdAt: 1, updatedAt: 1 };
    model.receive({ event: 'talk.changed', talkId: 'youtube:bbbbbbbbbbb' as TalkId, talk: null, notes: [{ ...note, talkId: 'youtube:bbbbbbbbbbb' as TalkId }] });
    expect(model.rows.value).toEqual([]);
    model.receive({ event: 'talk.changed', talkId: note.talkId, talk: null, notes: [note] });
    expect(model.rows.value.map((r) => r.text)).toEqual(['from tab 2']);
    model.receive({ event: 'talk.changed', talkId: note.talkId, talk: null, notes: [{ ...note, updatedAt: 2, deletedAt: 2 }] });
    expect(model.rows.value).toEqual([]);
  });

  it('fills in the talk details the page renders after the first note was saved', async () => {
    const { model, bg, time } = setup();
    untitledTalkBackground(bg);
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa', ''));
    time.now = 2;
    model.draft.input('typed before the title rendered');
    await model.save();
    expect(bg.calls.filter((c) => c.type === 'talk.update')).toEqual([]);

    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa', 'The real title'));
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa', 'The real title')); // re-renders: one update
    await vi.waitFor(() => expect(model.talk.value?.title).toBe('The real title'));
    expect(bg.calls.filter((c) => c.type === 'talk.update').map((c) => c.payload)).toEqual([
      { talkId: 'youtube:aaaaaaaaaaa', patch: {}, meta: meta('aaaaaaaaaaa', 'The real title') },
    ]);
  });

  it('fills in the details the page rendered while the first note was on its way to the background', async () => {
    const { model, bg, time } = setup();
    const background = untitledTalkBackground(bg, true);
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa', ''));
    time.now = 2;
    model.draft.input('typed before the title rendered');
    const saving = model.save();
    // The title renders while the save is under way: there is no stored talk to fill yet.
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa', 'The real title'));
    expect(bg.calls.filter((c) => c.type === 'talk.update')).toEqual([]);
    background.answerSave();
    await saving;
    await vi.waitFor(() => expect(model.talk.value?.title).toBe('The real title'));
    expect(bg.calls.filter((c) => c.type === 'talk.update').map((c) => c.payload)).toEqual([
      { talkId: 'youtube:aaaaaaaaaaa', patch: {}, meta: meta('aaaaaaaaaaa', 'The real title') },
    ]);
  });
  it('fills in a talk another tab stored without details, with the details this page shows', async () => {
    const { model, bg } = setup();
    untitledTalkBackground(bg);
    await model.showTalk(ref('aaaaaaaaaaa'), meta('aaaaaaaaaaa', 'The real title'));
    expect(bg.calls.filter((c) => c.type === 'talk.update')).toEqual([]); // no stored talk yet

    // Another tab saved the first note before its page had rendered the title.
    const untitled = { id: 'youtube:aaaaaaaaaaa', title: '', speakers: [], links: [] } as unknown as Talk;
    const note = { id: 'n-1', talkId: 'youtube:aaaaaaaaaaa', at: 3, kind: 'note', text: 'from tab 2', createdAt: 1, updatedAt: 1 } as unknown as Note;
    model.receive({ event: 'talk.changed', talkId: note.talkId, talk: untitled, notes: [note] });
    await vi.waitFor(() => expect(model.talk.value?.title).toBe('The real title'));
    expect(bg.calls.filter((c) => c.type === 'talk.update').map((c) => c.payload)).toEqual([
      { talkId: 'youtube:aaaaaaaaaaa', patch: {}, meta: meta('aaaaaaaaaaa', 'The real title') },
    ]);
  });
});
