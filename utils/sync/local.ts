/**
 * What the sync engine needs of this browser's records and of its own memory; the store
 * and extension storage implement these, tests use memory.
 */
import type { Dataset } from '@/utils/model/dataset';
import type { SlideImage } from '@/utils/model/slide';
import type { Cursors } from '@/utils/sync/layout';

/**
 * A local write of a record this device holds must be stamped after the version it replaces:
 * max(now, stamp of that version + 1). With a plain `now` from a clock hours behind, the edit
 * would lose to that version on every other device but stay here: the devices would differ for good.
 */
export interface LocalRecords {
  /**
   * Records written on this device that no sync has acknowledged (by a local change counter,
   * never by time: a clock may be wrong), and the counter's value they reach.
   * Records merged from the server are not pending.
   */
  pending(): Promise<{ records: Dataset; mark: number }>;
  /** The pending records up to `mark` are on the server; later writes stay pending. */
  acknowledge(mark: number): Promise<void>;
  /** How many records are pending: for the state a person sees. */
  pendingCount(): Promise<number>;
  /** Every record, tombstones included. */
  all(): Promise<Dataset>;
  /** Merges records from the server by the records' own rules (utils/store/merge.ts); returns how many local records changed. */
  merge(incoming: Dataset): Promise<number>;
  /** The slides' images; a device without them syncs records only. */
  slides?: LocalSlides;
}

/** The images of slide notes (a note's `slide.imageId` names one), as the sync reads and keeps them. */
export interface LocalSlides {
  /** The bytes of a live image held here; null when it is not, or is deleted. */
  read(imageId: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Which of these images are held here, deleted or not. */
  held(imageIds: readonly string[]): Promise<Set<string>>;
  /** Keeps bytes fetched from the server (checked by the engine) as `image`; nothing when that image is here already. */
  keep(image: SyncedImage, bytes: Uint8Array<ArrayBuffer>): Promise<void>;
}

/** An image as its note describes it, stamped as the note is. */
export type SyncedImage = Omit<SlideImage, 'blob'>;

/** An image a note read from the server shows that this device lacks: where it is there, and what it must be. */
export interface WantedSlide {
  /** Its file's name under blobs/: the SHA-256 of its bytes, hex. */
  blob: string;
  image: SyncedImage;
}

/** What the engine remembers between syncs, per device. */
export interface SyncState {
  /** This device's folder name on the server. */
  device: string;
  /** The server library these cursors belong to; another one (the folder was emptied) starts over. */
  library?: string;
  /** Per other device: the last seq merged. */
  cursors: Cursors;
  /** The last seq this device wrote. */
  ownSeq: number;
  /** This device's files on the server and their sizes: one gone or changed is written again. */
  ownFiles: Record<string, number>;
  /** Bytes of change files written since the last snapshot, and that snapshot's size. */
  sinceSnapshot: number;
  snapshotBytes: number;
  /** Images known to be on the server, by image id: their blob names (uploaded here, or named by a file read). */
  blobs?: Record<string, string>;
  /** Images to fetch, by image id: kept until fetched, so a sync cut between a file and its images still gets them. */
  wanted?: Record<string, WantedSlide>;
}

export interface SyncStateStore {
  load(): Promise<SyncState | null>;
  save(state: SyncState): Promise<void>;
}
