import browser, { type Runtime } from 'webextension-polyfill';
import type { NoteId, TalkId } from './model/ids';
import type { Draft, Note, Talk, TalkMeta } from './model/types';
import type { NoteInput } from './store/notes';
import type { TalkPatch } from './store/talk-edits';
import type { TalkView } from './store/talks';

/**
 * The one contract between content scripts, extension pages and the background. Every
 * request names its reply; the background validates each payload (messages-validate.ts)
 * and sender before it touches the store.
 */
export interface Api {
  'talk.open': { req: { talkId: TalkId }; res: TalkView };
  'talk.update': { req: { talkId: TalkId; patch: TalkPatch; meta: TalkMeta | null }; res: Talk };
  'note.save': { req: { note: NoteInput; meta: TalkMeta }; res: { note: Note; talk: Talk } };
  'note.delete': { req: { id: NoteId }; res: Note };
  'note.restore': { req: { id: NoteId }; res: Note };
  'draft.put': { req: { draft: Draft }; res: null };
  'draft.clear': { req: { talkId: TalkId }; res: null };
  'talk.export': { req: { talkId: TalkId }; res: { markdown: string; filename: string } };
  'file.download': { req: { filename: string; text: string }; res: null };
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

/** A browser command (keyboard shortcut) or toolbar click, forwarded by the background to the tab. */
export interface CommandEvent {
  event: 'command';
  name: 'focus-note' | 'toggle-sidebar';
}

/** An error the background sent back: its message is meant for the user. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

const RETRIES = 3;

/**
 * Sends a request and unwraps the reply. Retries when nobody answered (the service worker
 * was stopped and is starting again); every request is idempotent, so a retry is safe.
 */
export async function call<K extends RequestType>(type: K, payload: Req<K>): Promise<Res<K>> {
  for (let attempt = 0; ; attempt++) {
    let reply: Reply<Res<K>> | undefined;
    try {
      reply = (await browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>)) as Reply<Res<K>> | undefined;
    } catch (error) {
      if (attempt >= RETRIES) throw error;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
      continue;
    }
    if (!reply) throw new RemoteError('The extension did not answer.');
    if (!reply.ok) throw new RemoteError(reply.error);
    return reply.value;
  }
}

/** Listens to change events from the background; returns the function that stops listening. */
export function onChange(listener: (event: ChangeEvent) => void, signal?: AbortSignal): void {
  const handler = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isChangeEvent(message)) listener(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handler), { once: true });
}

/** Listens to commands the background forwards to this tab. */
export function onCommand(listener: (name: CommandEvent['name']) => void, signal?: AbortSignal): void {
  const handler = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const m = message as Partial<CommandEvent> | null;
    if (m?.event === 'command' && (m.name === 'focus-note' || m.name === 'toggle-sidebar')) listener(m.name);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handler), { once: true });
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
export async function broadcast(event: ChangeEvent): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    ...tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event))),
    browser.runtime.sendMessage(event),
  ]);
}

/** Wires request handlers in the background; `validate` throws on a bad payload. */
export function serve(
  handle: (envelope: Envelope, sender: Runtime.MessageSender) => Promise<unknown>,
  validate: (message: unknown, sender: Runtime.MessageSender) => Envelope,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isEvent(message)) return undefined;
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
  });
}

function failure(error: unknown): Reply<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
