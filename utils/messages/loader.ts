/**
 * The page's loader: the small content script every matched page runs. It asks whether the
 * sidebar is wanted on a recording, and for the sidebar's code when it is.
 */
import type { TalkId } from '@/utils/model/ids';
import { parseTalkId, record } from '@/utils/model/validate';
import { empty, request } from '@/utils/messages/request';

export const LOADER_REQUESTS = {
  /** Whether the person has notes on this recording or any of its parts, or marked a talk start in it. */
  'loader.known': request<{ recording: TalkId }, boolean>({ check: record({ recording: parseTalkId }), writes: false }),
  /** Puts the sidebar's code into the sender's frame (the content scripts' world), once it answers. */
  'loader.sidebar': request<Record<string, never>, null>({ check: empty, from: 'content-script', writes: false }),
  /** Puts the frame agent's code into the sender's frame, once the top page first asked the frames for their players. */
  'loader.frame': request<Record<string, never>, null>({ check: empty, from: 'frame', writes: false }),
};
