import type { SlidePayload } from '@/utils/model/slide';
import type { Call } from '@/utils/messages/client';
import type { NoteId } from '@/utils/model/ids';

export type ApiCall = Call;

/** The player as the sidebar sees it: talk time (ads taken out), seek, pause. */
export interface Player {
  now(): number | null;
  seek(at: number): void;
  pause(): void;
  play(): void;
  readonly paused: boolean;
  /** The caption on screen and the talk moment it began; null when none shows. Absent where nothing can read captions. */
  caption?(): Promise<{ text: string; at: number } | null>;
  /** Marks a new talk of a multi-talk recording at the current moment; absent where the site cannot. */
  markTalk?(): void;
  /**
   * The frame the video shows now, as a slide; throws with a message for the person where there
   * is none. `preview` may hear a small image of it first, while the whole one is encoded.
   */
  captureSlide?(preview?: (blob: Blob, width: number, height: number) => void): Promise<SlidePayload>;
}

/** What the model needs from the outside world; tests pass fakes. */
export interface SidebarDeps {
  api: ApiCall;
  clipboard: (text: string) => Promise<void>;
  newId: () => NoteId;
  now?: () => number;
  /** Debounce for saving drafts, ms. */
  draftDelay?: number;
  /** Resolves once the frame being prepared is painted (utils/sidebar/after-paint.ts unless a test passes its own). */
  painted?: () => Promise<void>;
}

export interface Settings {
  /** Seconds taken off the first keystroke's moment, for the time it takes to decide to write. */
  rewind: number;
  pauseWhileTyping: boolean;
  /** Whether the sidebar, once on the page, shows or sits folded to its toggle. */
  open: boolean;
  /**
   * Whether the sidebar comes by itself on every video. Off: only on a recording with the
   * person's notes (or marks); elsewhere the page gets the small "Open Talk notes" control.
   */
  everyVideo: boolean;
}

export const DEFAULT_SETTINGS: Settings = { rewind: 0, pauseWhileTyping: false, open: true, everyVideo: false };
