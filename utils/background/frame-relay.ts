import type { Runtime } from 'webextension-polyfill';
import { askFrameCaption, sendFrameEvent } from '@/utils/messages/push';
import { captionAnswer, FRAME_REQUESTS, type FrameEvent } from '@/utils/messages/frames';
import { refusal } from '@/utils/messages/request';
import type { Handlers } from '@/utils/messages/server';

export interface FrameRelayDeps {
  /** Sends a frame event to one frame of a tab (or all its frames when `frameId` is left out). */
  sendFrame?: (tabId: number, event: FrameEvent, frameId?: number) => Promise<void>;
  /** Asks one frame of a tab for its caption; answers what the frame answered, unchecked. */
  askCaption?: (tabId: number, frameId: number) => Promise<unknown>;
}

/**
 * The relay between the sidebar on a tab's top page and a player in one of its frames
 * (often cross-origin: a YouTube or Vimeo embed). Each message stays inside the sender's own tab.
 */
export function createFrameHandlers(deps: FrameRelayDeps = {}): Handlers<typeof FRAME_REQUESTS> {
  const send = deps.sendFrame ?? sendFrameEvent;
  const ask = deps.askCaption ?? askFrameCaption;
  // The validation refused other senders already; checked again, so a handler called alone is as strict.
  const tabOf = (type: keyof typeof FRAME_REQUESTS, sender: Runtime.MessageSender): number => {
    const refused = refusal(FRAME_REQUESTS[type].from, sender);
    if (refused) throw new Error(refused);
    return sender.tab!.id!;
  };
  return {
    'frame.probe': async (_payload, sender) => {
      await send(tabOf('frame.probe', sender), { event: 'frame.probe' });
      return null;
    },
    'frame.report': async ({ report }, sender) => {
      const tabId = tabOf('frame.report', sender);
      await send(tabId, { event: 'frame.player', frameId: sender.frameId!, report }, 0);
      return null;
    },
    'frame.control': async ({ frameId, control }, sender) => {
      const tabId = tabOf('frame.control', sender);
      if (frameId === 0) throw new Error('refused: the top page is not a frame');
      await send(tabId, { event: 'frame.control', control }, frameId);
      return null;
    },
    'frame.caption': async ({ frameId }, sender) => {
      const tabId = tabOf('frame.caption', sender);
      if (frameId === 0) throw new Error('refused: the top page is not a frame');
      return captionAnswer(await ask(tabId, frameId));
    },
    'frame.slide': async ({ token, slide }, sender) => {
      const tabId = tabOf('frame.slide', sender);
      await send(tabId, { event: 'frame.slide', frameId: sender.frameId!, token, slide }, 0);
      return null;
    },
  };
}
