import browser, { type Runtime } from 'webextension-polyfill';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Draft, Note, Talk, TalkMeta } from '@/utils/model/types';
import type { NoteInput } from '@/utils/model/edits';
import type { TalkPatch } from '@/utils/model/edits';
import type { TalkView } from '@/utils/model/replies';
import { backgroundWorker, isServiceWorker, sendToWorker, serveWorkerChannel, STOPPED } from '@/utils/message-channel';
// --- library page (issue 3): types of its requests ---
import type { ConferenceId } from '@/utils/model/ids';
import type { Conference } from '@/utils/model/types';
import type { ConferenceInput } from '@/utils/model/edits';
import type { ImportSummary } from '@/utils/model/replies';
import type { LibraryList, TalkDeletion } from '@/utils/model/replies';
import type { Placement } from '@/utils/model/edits';
import type { SearchResult } from '@/utils/model/search';
// --- end library page ---

/**
 * The one contract between content scripts, extension pages and the background. Every
 * request names its reply; the background validates each payload (messages-validate.ts)
 * and sender before it touches the store.
 */
export interface Api {
  /** A talk with its notes; `first`: only its earliest notes (the view says whether that was all). */
  'talk.open': { req: { talkId: TalkId; first?: number }; res: TalkView };
  'talk.update': { req: { talkId: TalkId; patch: TalkPatch; meta: TalkMeta | null }; res: Talk };
  'note.save': { req: { note: NoteInput; meta: TalkMeta }; res: { note: Note; talk: Talk } };
  'note.delete': { req: { id: NoteId }; res: Note };
  'note.restore': { req: { id: NoteId }; res: Note };
  'draft.put': { req: { draft: Draft }; res: null };
  'draft.clear': { req: { talkId: TalkId }; res: null };
  'talk.export': { req: { talkId: TalkId }; res: { markdown: string; filename: string } };
  'file.download': { req: { filename: string; text: string }; res: null };
  // --- library page (issue 3); handlers in background/library-handlers.ts ---
  /** Live conferences and talks with their live note counts. */
  'library.list': { req: Record<string, never>; res: LibraryList };
  /** Creates or replaces a conference (the page makes the id, so a retry is harmless). */
  'conference.save': { req: { conference: ConferenceInput }; res: Conference };
  'conference.delete': { req: { id: ConferenceId }; res: Conference };
  'conference.restore': { req: { id: ConferenceId }; res: Conference };
  /** Puts a talk in a conference day at a position (null conference: in none); answers every talk it renumbered. */
  'talk.assign': { req: { talkId: TalkId } & Placement; res: Talk[] };
  /** Deletes a talk and its notes; `talk.restore` undoes exactly that. */
  'talk.delete': { req: { talkId: TalkId }; res: TalkDeletion };
  'talk.restore': { req: { talkId: TalkId }; res: TalkDeletion };
  /** Every live note (and talk title) holding `query`, case-insensitively. */
  'notes.search': { req: { query: string; limit?: number }; res: SearchResult };
  /** A conference, or one day of it (`day`), as Markdown in the conference's language. */
  'export.conference': { req: { conferenceId: ConferenceId; day: number | null; frontMatter: boolean }; res: { markdown: string; filename: string } };
  /** One talk as Markdown, in its conference's language when it has one. */
  'export.talk': { req: { talkId: TalkId; frontMatter: boolean }; res: { markdown: string; filename: string } };
  'backup.export': { req: Record<string, never>; res: { filename: string; text: string } };
  /** Merges a backup file into the store; a bad file writes nothing and fails with a message for the user. */
  'backup.import': { req: { text: string }; res: ImportSummary };
  /** Opens (or shows) the library page, at a talk's details or a search. */
  'library.open': { req: { talkId?: TalkId; query?: string }; res: null };
  /**
   * Sent by a library page in view every few seconds: the browser then keeps the background
   * (and its index of every note) alive, and the index is built if it was not.
   */
  'library.keepWarm': { req: Record<string, never>; res: null };
  // --- end library page ---
  // --- sites (issue 4): a player in a frame, driven by the sidebar on the top page (background/frames.ts) ---
  /** From the top page: asks every frame of its tab to report its player. */
  'frame.probe': { req: Record<string, never>; res: null };
  /** From a frame: its player now (null: none), passed on to the tab's top page. */
  'frame.report': { req: { report: FrameReport | null }; res: null };
  /** From the top page: seek, pause or play the player in one frame of its tab. */
  'frame.control': { req: { frameId: number; control: FrameControl }; res: null };
  /** The talk starts marked by hand in a recording of several talks: whole seconds, ascending. */
  'marks.get': { req: { recording: TalkId }; res: number[] };
  /** Marks where a talk starts; answers the recording's marks as stored now. */
  'marks.add': { req: { recording: TalkId; at: number }; res: number[] };
  // --- end sites ---
}

export type RequestType = keyof Api;
export type Req<K extends RequestType> = Api[K]['req'];
export type Res<K extends RequestType> = Api[K]['res'];
export interface Envelope<K extends RequestType = RequestType> {
  type: K;
  payload: Req<K>;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Pushed by the background to every view after a write commits. */
export interface ChangeEvent {
  event: 'talk.changed';
  talkId: TalkId;
  talk: Talk | null;
  notes: Note[];
  /** Set when the background pushed because of a draft, not a note. */
  draft?: Draft | null;
}

/** Pushed by the background to every view after a recording's hand-marked talk starts changed. */
export interface MarksEvent {
  event: 'marks.changed';
  recording: TalkId;
  /** Its marks now: whole seconds, ascending. */
  starts: number[];
}

/** Everything the background pushes to every view. */
export type BroadcastEvent = ChangeEvent | MarksEvent;

/** A browser command (keyboard shortcut) or toolbar click, forwarded by the background to the tab. */
export interface CommandEvent {
  event: 'command';
  name: 'focus-note' | 'toggle-sidebar';
}

/** An error the background sent back: its message is meant for the user. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

/** How long a request keeps being sent again while the background does not answer. */
const RETRY_FOR_MS = 10_000;

/** Requests that carry (or answer with) megabytes: from an extension page they take the service worker's channel (message-channel.ts). */
const LARGE: ReadonlySet<RequestType> = new Set(['export.conference', 'export.talk', 'backup.export', 'backup.import']);

/** How often a request is sent again to a worker that was stopped while it worked on it. */
const STOPS_TOLERATED = 2;

/** One try: the service worker's channel for a large request from an extension page in Chromium, runtime messaging otherwise. */
async function send<K extends RequestType>(
  envelope: Envelope<K>,
  worker: typeof backgroundWorker,
  alive: () => void,
): Promise<Reply<Res<K>> | typeof STOPPED | undefined> {
  const found = LARGE.has(envelope.type) ? worker() : null;
  const channel = found instanceof Promise ? await found : found;
  if (channel) return sendToWorker(channel, envelope, alive) as Promise<Reply<Res<K>> | typeof STOPPED>;
  return browser.runtime.sendMessage(envelope) as Promise<Reply<Res<K>> | undefined>;
}

/**
 * Sends a request and unwraps the reply. Sends again while nobody answered: a stopped
 * service worker starts again on the next message, and one stopped mid-request closes the
 * channel without a reply (the polyfill then resolves `undefined`; on the worker's own channel
 * its beats stop). Every request is idempotent (a note carries its own random id, a restore
 * merges), so sending it twice stores it once.
 */
export async function call<K extends RequestType>(type: K, payload: Req<K>, clock = Date.now, worker = backgroundWorker): Promise<Res<K>> {
  // Counted from the background's last sign of life: a long restore beats on its channel.
  let heard = clock();
  let stops = 0;
  for (let attempt = 0; ; attempt++) {
    let reply: Reply<Res<K>> | typeof STOPPED | undefined;
    let lost: unknown = null;
    try {
      reply = await send({ type, payload }, worker, () => (heard = clock()));
    } catch (error) {
      lost = error;
    }
    if (reply === STOPPED) {
      if (++stops > STOPS_TOLERATED) throw new RemoteError('The extension was stopped while it worked on this, again and again. Try once more.');
      heard = clock();
      continue;
    }
    if (reply) {
      if (!reply.ok) throw new RemoteError(reply.error);
      return reply.value;
    }
    if (clock() - heard >= RETRY_FOR_MS) {
      throw lost instanceof Error ? lost : new RemoteError('The extension did not answer.');
    }
    await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 1000)));
  }
}

/**
 * Hands `listener` the events from this extension that `accept` recognises, until `signal`
 * aborts. Answers nothing, so a request meant for the background is left to it.
 */
function listen<E>(accept: (message: unknown) => message is E, listener: (event: E) => void, signal?: AbortSignal): void {
  const handler = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id === browser.runtime.id && accept(message)) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handler), { once: true });
}

/** Listens to change events from the background. */
export function onChange(listener: (event: ChangeEvent) => void, signal?: AbortSignal): void {
  listen(isChangeEvent, listener, signal);
}

/** Listens to changes of hand-marked talk starts (made in any tab, or restored from a backup). */
export function onMarksChanged(listener: (event: MarksEvent) => void, signal?: AbortSignal): void {
  listen((m): m is MarksEvent => isEvent(m) && (m as { event: unknown }).event === 'marks.changed', listener, signal);
}

/** Listens to commands the background forwards to this tab. */
export function onCommand(listener: (name: CommandEvent['name']) => void, signal?: AbortSignal): void {
  const isCommand = (m: unknown): m is CommandEvent => {
    const c = m as Partial<CommandEvent> | null;
    return c?.event === 'command' && (c.name === 'focus-note' || c.name === 'toggle-sidebar');
  };
  listen(isCommand, (c) => listener(c.name), signal);
}

/** Forwards a command to one tab's top frame; a tab without our content script just does not answer. */
export async function sendCommand(tabId: number, name: CommandEvent['name']): Promise<void> {
  await browser.tabs.sendMessage(tabId, { event: 'command', name } satisfies CommandEvent, { frameId: 0 }).catch(() => {});
}

function isEvent(m: unknown): boolean {
  return typeof m === 'object' && m !== null && 'event' in m;
}

function isChangeEvent(m: unknown): m is ChangeEvent {
  return isEvent(m) && (m as { event?: unknown }).event === 'talk.changed';
}

/** Sends a change event to every tab and extension page; views of other talks ignore it. */
export async function broadcast(event: BroadcastEvent): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    ...tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event))),
    browser.runtime.sendMessage(event),
  ]);
}

/**
 * Wires request handlers in the background, on runtime messaging and, in a service worker,
 * on the extension pages' channel; `validate` throws on a bad payload or sender.
 */
export function serve(
  handle: (envelope: Envelope, sender: Runtime.MessageSender) => Promise<unknown>,
  validate: (message: unknown, sender: Runtime.MessageSender) => Envelope,
  scope: object = globalThis,
): void {
  const answer = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    let envelope: Envelope;
    try {
      envelope = validate(message, sender);
    } catch (error) {
      return Promise.resolve(failure(error));
    }
    return handle(envelope, sender).then(
      (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
      failure,
    );
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => (isEvent(message) ? undefined : answer(message, sender)));
  if (isServiceWorker(scope)) serveWorkerChannel(answer, browser.runtime.id, scope);
}

function failure(error: unknown): Reply<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

// --- sites (issue 4): players in frames ---
/** What a frame's player tells the top page. */
export interface FrameReport {
  meta: TalkMeta;
  /** Talk time when the report was made; null while no media is loaded. */
  time: number | null;
  paused: boolean;
  rate: number;
  /** The player's size on screen in CSS pixels², to choose between frames as a person would. */
  area: number;
}
export type FrameControl = { action: 'seek'; at: number } | { action: 'pause' } | { action: 'play' };
/** Background → frames: report your player; background → top page: a frame's report; background → one frame: a control. */
export type FrameEvent =
  | { event: 'frame.probe' }
  | { event: 'frame.player'; frameId: number; report: FrameReport | null }
  | { event: 'frame.control'; control: FrameControl };
export type FrameRequestType = 'frame.probe' | 'frame.report' | 'frame.control';
export type MarkRequestType = 'marks.get' | 'marks.add';

const FRAME_EVENTS: ReadonlySet<string> = new Set(['frame.probe', 'frame.player', 'frame.control']);

/** Listens to frame events from the background (only this extension's). */
export function onFrameEvent(listener: (event: FrameEvent) => void, signal?: AbortSignal): void {
  listen((m): m is FrameEvent => isEvent(m) && FRAME_EVENTS.has(String((m as { event: unknown }).event)), listener, signal);
}

/** Background side: a frame event to one frame of a tab, or to all its frames; a frame without our script just does not get it. */
export async function sendFrameEvent(tabId: number, event: FrameEvent, frameId?: number): Promise<void> {
  const options = frameId === undefined ? undefined : { frameId };
  await browser.tabs.sendMessage(tabId, event, options).catch(() => {});
}
// --- end sites ---

// --- library page (issue 3) ---
export type LibraryRequestType =
  | 'library.list' | 'conference.save' | 'conference.delete' | 'conference.restore'
  | 'talk.assign' | 'talk.delete' | 'talk.restore' | 'notes.search'
  | 'export.conference' | 'export.talk' | 'backup.export' | 'backup.import' | 'library.open' | 'library.keepWarm';

/**
 * Whether a tab runs our content script (so has a sidebar): a tab without one refuses the
 * message, one with it answers nothing. Used by the toolbar button to open the library instead.
 */
export async function reachesContentScript(tabId: number): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, { event: 'ping' }, { frameId: 0 }).then(
    () => true,
    () => false,
  );
}
// --- end library page ---
