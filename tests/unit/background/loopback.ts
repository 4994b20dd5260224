// The real background (validation, handlers, store on fake-indexeddb) behind an `api` function,
// with messages passed through JSON as the browser passes them.
import { vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createHandlers } from '@/utils/background/handlers';
import type { LibraryDeps } from '@/utils/background/library-handlers';
import type { ChangeEvent, MarksEvent } from '@/utils/messages/events';
import { validateRequest } from '@/utils/messages/validate';
import type { NoteId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import type { ApiCall } from '@/utils/sidebar/deps';
import type { Db } from '@/utils/store/schema';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import { freshDb } from '../store/fresh-db';

const rules = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
export const libraryPage: Runtime.MessageSender = { id: 'our-id', url: 'chrome-extension://our-id/library.html' };

export async function loopback(db?: Db, index?: LibraryIndex) {
  const store = db ?? (await freshDb());
  const events: ChangeEvent[] = [];
  const marks: MarksEvent[] = [];
  const clock = { now: 1_700_000_000_000 };
  const openLibrary = vi.fn<(hash: string) => Promise<void>>(async () => {});
  const download = vi.fn<(filename: string, text: string) => Promise<void>>(async () => {});
  const deps: Omit<LibraryDeps, 'index'> = {
    db: async () => store,
    // Through JSON as the browser passes them; marks apart, so tests of notes see only theirs.
    broadcast: async (e) => void (e.event === 'marks.changed' ? marks.push(JSON.parse(JSON.stringify(e)) as MarksEvent) : events.push(JSON.parse(JSON.stringify(e)) as ChangeEvent)),
    download,
    now: () => (clock.now += 1000),
    openLibrary,
  };
  // createHandlers hands its deps to the library's handlers, test doubles included.
  const handle = createHandlers(index ? { ...deps, index } : deps);
  const api: ApiCall = async (type, payload) => {
    const envelope = validateRequest(JSON.parse(JSON.stringify({ type, payload })), libraryPage, rules);
    return JSON.parse(JSON.stringify((await handle(envelope, libraryPage)) ?? null));
  };
  return { api, db: store, events, marks, clock, openLibrary, download };
}

export const meta = (videoId: string, title = `Talk ${videoId}`): TalkMeta => ({
  platform: 'youtube', videoId, url: `https://www.youtube.com/watch?v=${videoId}`, title, speakers: [],
});

let n = 0;
export const noteId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` as NoteId;

/** Writes notes as a sidebar would: `texts` at moments 10, 20, 30… */
export async function writeNotes(api: ApiCall, videoId: string, title: string, ...texts: string[]) {
  for (const [i, text] of texts.entries()) {
    await api('note.save', { note: { id: noteId(), at: (i + 1) * 10, kind: 'note', text }, meta: meta(videoId, title) });
  }
}
