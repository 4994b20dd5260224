import type { Runtime } from 'webextension-polyfill';
import { sendFrameEvent, type FrameEvent, type FrameRequestType, type Req, type Res } from '@/utils/messages';

export interface FrameRelayDeps {
  /** Sends a frame event to one frame of a tab (or all its frames when `frameId` is left out). */
  sendFrame?: (tabId: number, event: FrameEvent, frameId?: number) => Promise<void>;
}

type FrameHandlers = { [K in FrameRequestType]: (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>> };

/**
 * The relay between the sidebar on a tab's top page and a player in one of its frames
 * (often cross-origin: a YouTube or Vimeo embed). Each message stays inside the sender's own tab.
 */
export function createFrameHandlers(deps: FrameRelayDeps = {}): FrameHandlers {
  const send = deps.sendFrame ?? sendFrameEvent;
  const tabOf = (sender: Runtime.MessageSender): number => {
    const id = sender.tab?.id;
    if (id === undefined) throw new Error('refused: only a page in a tab may use its frames');
    return id;
  };
  const fromTop = (sender: Runtime.MessageSender): number => {
    const tabId = tabOf(sender);
    if (sender.frameId !== 0) throw new Error('refused: only the top page drives the players in its frames');
    return tabId;
  };
  return {
    'frame.probe': async (_payload, sender) => {
      await send(fromTop(sender), { event: 'frame.probe' });
      return null;
    },
    'frame.report': async ({ report }, sender) => {
      const tabId = tabOf(sender);
      const frameId = sender.frameId;
      if (frameId === undefined || frameId === 0) throw new Error('refused: the top page has no frame to report');
      await send(tabId, { event: 'frame.player', frameId, report }, 0);
      return null;
    },
    'frame.control': async ({ frameId, control }, sender) => {
      const tabId = fromTop(sender);
      if (frameId === 0) throw new Error('refused: the top page is not a frame');
      await send(tabId, { event: 'frame.control', control }, frameId);
      return null;
    },
  };
}
