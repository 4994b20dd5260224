/**
 * The page's loader: the small content script every matched page runs. It asks whether the
 * sidebar is wanted on a recording, and for the sidebar's code when it is.
 */
import type { TalkId } from '@/utils/model/ids';
import { parseTalkId, record } from '@/utils/model/validate';
import { empty, request } from '@/utils/messages/request';

export const LOADER_REQUESTS = {
  /**
   * Whether the sidebar comes by itself on this recording: the person has notes on it or any of
   * its parts, or marked a talk start in it, or chose to open it on every video (Options). The
   * setting is read here so that the loader touches no storage of its own.
   */
  'loader.known': request<{ recording: TalkId }, boolean>({ check: record({ recording: parseTalkId }), writes: false }),
  /** Puts the sidebar's code into the sender's frame (the content scripts' world), once it answers. */
  'loader.sidebar': request<Record<string, never>, null>({ check: empty, from: 'content-script', writes: false }),
  /** Puts the frame agent's code into the sender's frame, once the top page first asked the frames for their players. */
  'loader.frame': request<Record<string, never>, null>({ check: empty, from: 'frame', writes: false }),
};
