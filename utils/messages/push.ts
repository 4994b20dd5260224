/** The background's side of its events: to every view, to one tab, to one frame. */
import browser from 'webextension-polyfill';
import type { BroadcastEvent, CommandEvent } from '@/utils/messages/events';
import type { CaptionQuery, FrameEvent } from '@/utils/messages/frames';
import { pushFailed } from '@/utils/messages/relay-log';

/**
 * Sends a change event to every tab and extension page; views of other talks ignore it. It
 * leaves a task later: the handler that made the change tells it before it returns, and the
 * reply to the view that asked goes out first (that view already shows the change; a reply
 * queued behind a round of tab messages reached a busy page later).
 */
export async function broadcast(event: BroadcastEvent): Promise<void> {
  await new Promise((next) => setTimeout(next, 0));
  const tabs = await browser.tabs.query({});
  await Promise.allSettled([
    ...tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event))),
    browser.runtime.sendMessage(event),
  ]);
}

/** Forwards a command to one tab's top frame; a tab without our content script just does not answer. */
export async function sendCommand(tabId: number, name: CommandEvent['name']): Promise<void> {
  await browser.tabs.sendMessage(tabId, { event: 'command', name } satisfies CommandEvent, { frameId: 0 }).catch(() => {});
}

/**
 * A frame event to one frame of a tab, or to all its frames. A frame without our script just
 * does not get it; any other failure leaves a line in the console.
 */
export async function sendFrameEvent(tabId: number, event: FrameEvent, frameId?: number): Promise<void> {
  const options = frameId === undefined ? undefined : { frameId };
  await browser.tabs.sendMessage(tabId, event, options).catch(pushFailed(event.event));
}

/** Asks one frame of a tab what caption its player shows; a frame without our script answers nothing. */
export async function askFrameCaption(tabId: number, frameId: number): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { event: 'frame.caption' } satisfies CaptionQuery, { frameId }).catch(() => null);
}

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
