import type { ConferenceId } from '@/utils/model/ids';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';

/**
 * A conference's programme as stored: its header (one record per conference) and its entries
 * (one record each). Entries are light: without notes they are no talks and count for nothing
 * in the library's talks or exports of notes.
 */
export interface StoredProgramme extends Omit<Programme, 'entries'> {
  conferenceId: ConferenceId;
  importedAt: number;
}

export interface StoredEntry extends ProgrammeEntry {
  /** `conferenceId|guid`, or `conferenceId|id` for an event without a guid. */
  key: string;
  conferenceId: ConferenceId;
  /** When a recording of the event was last opened (a talk page seen, with or without notes). */
  openedAt?: number;
}

/** What an import changed, by the schedule's own ids. */
export interface ProgrammeImportSummary {
  conferenceId: ConferenceId;
  /** Whether the import made the conference (imported "as a new conference"). */
  created: boolean;
  added: number;
  updated: number;
  cancelled: number;
}

/** A conference's programme as the library shows it; null header when none was imported. */
export interface ProgrammeView {
  programme: StoredProgramme | null;
  /** In schedule order (start, room, title). */
  entries: ProgrammeEntry[];
  /** Keys (entryKey) of the entries a recording of which was opened. */
  opened: string[];
}

export function entryKey(conferenceId: ConferenceId, e: Pick<ProgrammeEntry, 'guid' | 'id'>): string {
  return `${conferenceId}|${e.guid ?? e.id}`;
}
