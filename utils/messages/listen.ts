/** A view's or a content script's side of the background's events. */
import type { Runtime } from 'webextension-polyfill';
import {
  isChangeEvent, isCommandEvent, isFrameEvent, isMarksEvent, type ChangeEvent, type CommandEvent, type MarksEvent,
} from '@/utils/messages/events';
import { isCaptionQuery, type FrameEvent } from '@/utils/messages/frames';
import { addAnswering, nativeApi } from '@/utils/messages/native';
import { isSyncEvent, type SyncEvent } from '@/utils/messages/sync';
import type { ShownCaption } from '@/utils/sites/player/captions';

/**
 * Hands `listener` the events from this extension that `accept` recognises, until `signal`
 * aborts. Answers nothing, so a request meant for the background is left to it.
 */
function listen<E>(accept: (message: unknown) => message is E, listener: (event: E) => void, signal?: AbortSignal): void {
  const api = nativeApi();
  const handler = (message: unknown, sender: Runtime.MessageSender): undefined => {
    if (sender.id === api.runtime.id && accept(message)) listener(message);
    return undefined;
  };
  api.runtime.onMessage.addListener(handler);
  signal?.addEventListener('abort', () => api.runtime.onMessage.removeListener(handler), { once: true });
}

/** Listens to change events from the background. */
export function onChange(listener: (event: ChangeEvent) => void, signal?: AbortSignal): void {
  listen(isChangeEvent, listener, signal);
}

/** Listens to changes of hand-marked talk starts (made in any tab, or restored from a backup). */
export function onMarksChanged(listener: (event: MarksEvent) => void, signal?: AbortSignal): void {
  listen(isMarksEvent, listener, signal);
}

/** Listens to commands the background forwards to this tab. */
export function onCommand(listener: (name: CommandEvent['name']) => void, signal?: AbortSignal): void {
  listen(isCommandEvent, (c) => listener(c.name), signal);
}

/** Listens to frame events from the background (only this extension's). */
export function onFrameEvent(listener: (event: FrameEvent) => void, signal?: AbortSignal): void {
  listen(isFrameEvent, listener, signal);
}

/** Answers the background's question for this frame's caption (the one message a frame answers). */
export function answerCaptionQueries(read: () => Promise<ShownCaption | null>, signal?: AbortSignal): void {
  const id = nativeApi().runtime.id;
  addAnswering((message, sender) => (sender.id === id && isCaptionQuery(message) ? read() : undefined), signal);
}

/** Listens to the sync status the background pushes to the extension's pages. */
export function onSyncStatus(listener: (view: SyncEvent['view']) => void, signal?: AbortSignal): void {
  listen(isSyncEvent, (e) => listener(e.view), signal);
}
