import type { ConferenceId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';

/** What the library model needs from the outside world; tests pass fakes. */
export interface LibraryDeps {
  api: ApiCall;
  clipboard: (text: string) => Promise<void>;
  /** Hands a file to the user (a download): text, or bytes (a zip). */
  saveFile: (filename: string, data: string | Uint8Array, mime: string) => void;
  newConferenceId: () => ConferenceId;
  /** How long an export may take before it shows progress, ms. */
  progressDelay?: number;
}

/** The line under the toolbar: what just happened, an error, or an undo offer. */
export interface Status {
  text: string;
  error: boolean;
  undo?: () => void;
}

export type Say = (text: string, opts?: { error?: boolean; undo?: () => void }) => void;

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
