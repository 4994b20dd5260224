import type { PageHooks } from '@/utils/content/page-hooks';
import type { ShortcutActions } from '@/utils/content/shortcuts';

/** Where the loader leaves the handoff in the content scripts' isolated world (the page's scripts never see it). */
export const HANDOFF_KEY = '__talkNotesHandoff';

/** What the sidebar is to do first: a shortcut or command the loader took before the sidebar was there. */
export interface PendingAction {
  action: keyof ShortcutActions;
  /** The video's currentTime at the press, for the note's moment; null without a video. */
  videoTime: number | null;
}

/**
 * What the small loader hands the sidebar's code when it has the background run it in this
 * frame: the loader's lifetime (the sidebar lives as long as it) and why it was loaded.
 */
export interface Handoff {
  /** Aborted when the loader ends (a newer loader in this frame took over). */
  signal: AbortSignal;
  /** youtube: YouTube's own pages; page: the other sites' top page (video.content). */
  site: 'youtube' | 'page';
  /** Show the sidebar unfolded whatever it last was (a click on the control, a shortcut). */
  open: boolean;
  pending: PendingAction | null;
  /** The loader's shortcut listener and event guard, installed before the page's scripts ran. */
  hooks: PageHooks;
  /** Set by the sidebar's code as it starts: from then on the loader's listeners stand aside. */
  taken: boolean;
}

export function readHandoff<T = Handoff>(key = HANDOFF_KEY, scope: object = globalThis): T | undefined {
  return (scope as Record<string, T | undefined>)[key];
}

export function leaveHandoff<T = Handoff>(handoff: T, key = HANDOFF_KEY, scope: object = globalThis): void {
  (scope as Record<string, T>)[key] = handoff;
}

/** Where a frame's loader leaves its lifetime for the frame agent's code, loaded when the top page first asks. */
export const FRAME_HANDOFF_KEY = '__talkNotesFrameHandoff';

export interface FrameHandoff {
  signal: AbortSignal;
  taken: boolean;
}
