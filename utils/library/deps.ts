import type { ConferenceId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';
import type { Fetch } from '@/utils/library/fetch-schedule';
import type { LibraryList } from '@/utils/model/replies';
import type { SearchResult } from '@/utils/model/search';

/** What the library model needs from the outside world; tests pass fakes. */
export interface LibraryDeps {
  api: ApiCall;
  /**
   * The list of talks read by the page itself, without waking the background; null (or a
   * failure) when only the background can read it. Absent: the background is asked.
   */
  readList?: () => Promise<LibraryList | null>;
  /**
   * A search made by the page itself, without a message to the background; null (or a failure)
   * when only the background can make it. Absent: the background is asked.
   */
  search?: (query: string) => Promise<SearchResult | null>;
  clipboard: (text: string) => Promise<void>;
  /** Hands a file to the user (a download): text, or bytes (a zip). */
  saveFile: (filename: string, data: string | Uint8Array, mime: string) => void;
  newConferenceId: () => ConferenceId;
  /** How long an export may take before it shows progress, ms. */
  progressDelay?: number;
  /** The extension's optional host permissions (`browser.permissions`), for fetching a schedule from its site. */
  hosts?: HostPermissions;
  /** Fetches from the library page (which holds the site's permission once granted). */
  fetch?: Fetch;
}

export interface HostPermissions {
  granted: () => Promise<string[]>;
  /** Must be called within the person's click: the browser asks them. */
  request: (patterns: string[]) => Promise<boolean>;
  remove: (patterns: string[]) => Promise<boolean>;
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
