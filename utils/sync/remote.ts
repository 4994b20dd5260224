/**
 * The narrow view of the server the sync engine works through. Paths are relative to the
 * library's folder, segments joined by `/`; a folder's path ends with `/`.
 * Implemented by WebDavClient; anything else (a test double, another protocol) may stand in.
 */
export interface RemoteEntry {
  /** The last segment of the path, decoded, without a trailing slash. */
  name: string;
  collection: boolean;
  /** Bytes, as the server lists them (absent when it does not say). */
  size?: number;
  etag?: string;
}

export interface RemoteFiles {
  /** The folder's direct children; null when the folder does not exist. */
  list(folder: string): Promise<RemoteEntry[] | null>;
  /** The file's bytes; null when it does not exist. */
  get(path: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** Writes the file whole (the engine puts under a temporary name and then moves). */
  put(path: string, body: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Renames; false when `to` exists and `overwrite` is false (nothing changed then). */
  move(from: string, to: string, overwrite: boolean): Promise<boolean>;
  /** Makes the folder; fine when it exists. Its parent must exist. */
  mkcol(folder: string): Promise<void>;
  /** Removes the file; fine when it is already gone. */
  delete(path: string): Promise<void>;
}
