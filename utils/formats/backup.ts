/**
 * The backup file: one versioned JSON document holding every record, tombstones included.
 *
 *   { "format": "talk-notes-backup", "version": 1, "exportedAt": "<ISO>",
 *     "talks": Talk[], "notes": Note[], "conferences": Conference[], "marks": TalkMark[] }
 *
 * `marks` came later within version 1: an older reader ignores it, a file without it has none.
 * So did `programmes` (programme-backup.ts): imported conference programmes with their entries,
 * and `images`, the slides' images (backup-images.ts); each written only when there are some.
 *
 * Reading is strict about what it keeps (each record goes through the model's parsers, unknown
 * fields are dropped) and lenient about what it does not need: unknown top-level keys are
 * ignored, a missing list counts as empty, and a note or talk may point at a talk or
 * conference absent from the file, since the store it is merged into may hold it.
 */
import type { Dataset } from '@/utils/model/dataset';
import { describe, ValidationError } from '@/utils/model/check';
import { parseConference, parseMark, parseNote, parseTalk } from '@/utils/model/validate';
import { parseBackupProgramme, type BackupProgramme } from '@/utils/formats/programme-backup';
import type { SlideImageData } from '@/utils/model/slide';
import { readBackupImages, type BackupImages } from '@/utils/formats/backup-images';

export const BACKUP_FORMAT = 'talk-notes-backup';
export const BACKUP_VERSION = 1;
/** Refused before parsing: JSON.parse of a huge file would stall the page. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Why a file cannot be imported; `message` is written for the user. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    message: string,
    /** The first bad place, e.g. `notes[3].at`, when the file is a backup but damaged. */
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ParseBackupOptions {
  /** Defaults to MAX_BACKUP_BYTES. */
  maxBytes?: number;
}

// Readers see the id first and the stamps last; keys not listed follow in alphabetical order.
const KEY_ORDER = [
  'format', 'version', 'exportedAt', 'talks', 'notes', 'conferences', 'marks',
  'id', 'talkId', 'recording', 'platform', 'videoId', 'url', 'name', 'title', 'tagline', 'label', 'role', 'org',
  'handles', 'channel', 'duration', 'conferenceId', 'day', 'order', 'number', 'date', 'theme',
  'startDate', 'endDate', 'venue', 'lang', 'at', 'kind', 'text', 'speakers', 'summary', 'links', 'thoughts',
  'verdict', 'intro', 'days', 'closing', 'programmeEntry', 'programmes', 'slide', 'imageId', 'noteId', 'type', 'width', 'height', 'data',
  'createdAt', 'updatedAt', 'deletedAt',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

/** What a backup holds beside the records: each left out of the file when there is none. */
export interface BackupExtras {
  programmes?: readonly BackupProgramme[];
  images?: readonly SlideImageData[];
}

/** The backup text for `data` (and its programmes and slides' images); the same data and `now` always give the same bytes. */
export function serializeBackup(data: Dataset, now: Date = new Date(), { programmes = [], images = [] }: BackupExtras = {}): string {
  const doc = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    talks: byId(data.talks),
    notes: byId(data.notes),
    conferences: byId(data.conferences),
    marks: byId(data.marks),
    ...(programmes.length > 0 ? { programmes: [...programmes].sort((a, b) => (a.conferenceId < b.conferenceId ? -1 : a.conferenceId > b.conferenceId ? 1 : 0)) } : {}),
    ...(images.length > 0 ? { images: byId(images) } : {}),
  };
  return `${JSON.stringify(ordered(doc), null, 2)}\n`;
}

/** Reads a backup file's text; throws BackupError with a message for the user. */
export function parseBackup(text: string, opts: ParseBackupOptions = {}): Dataset {
  return readBackup(text, opts).data;
}

/**
 * A backup's records, its programmes, its slides' images, and the damaged images left out (said
 * in `problems`); a file from before programmes or images were kept has none.
 */
export interface ReadBackup extends BackupImages {
  data: Dataset;
  programmes: BackupProgramme[];
}

/** Reads a backup file's text whole; throws BackupError for a file that cannot be read. */
export function readBackup(text: string, opts: ParseBackupOptions = {}): ReadBackup {
  const maxBytes = opts.maxBytes ?? MAX_BACKUP_BYTES;
  if (utf8Length(text, maxBytes) > maxBytes) {
    throw new BackupError(`This file is too large to be a Talk Notes backup (the limit is ${mb(maxBytes)}).`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new BackupError('This file is not a Talk Notes backup: it is not valid JSON.', undefined, { cause });
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new BackupError('This file is not a Talk Notes backup: it holds no backup object.');
  }
  const top = doc as Record<string, unknown>;
  if (own(top, 'format') !== BACKUP_FORMAT) {
    throw new BackupError(`This file is not a Talk Notes backup (its "format" is not "${BACKUP_FORMAT}").`);
  }
  checkVersion(own(top, 'version'));
  const exportedAt = own(top, 'exportedAt');
  if (exportedAt !== undefined && (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)))) {
    throw damaged(new ValidationError('exportedAt', 'expected a date and time'));
  }
  const data = {
    talks: readList(top, 'talks', parseTalk),
    notes: readList(top, 'notes', parseNote),
    conferences: readList(top, 'conferences', parseConference),
    marks: readList(top, 'marks', parseMark),
  };
  return { data, programmes: readList(top, 'programmes', parseBackupProgramme, (p) => p.conferenceId), ...readBackupImages(own(top, 'images')) };
}

function checkVersion(version: unknown): void {
  if (version === undefined) throw new BackupError('This backup has no version number, so it cannot be read.');
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new BackupError(`This backup has an unknown version (${describe(version)}), so it cannot be read.`);
  }
  if ((version as number) > BACKUP_VERSION) {
    throw new BackupError(
      `This backup was made by a newer version of Talk Notes (backup version ${version as number}); update the extension to import it.`,
    );
  }
}

function readList<T>(
  top: Record<string, unknown>,
  key: string,
  parse: (x: unknown, path: string) => T,
  idOf: (r: T) => string = (r) => (r as { id: string }).id,
): T[] {
  const list = own(top, key);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw damaged(new ValidationError(key, `expected a list, got ${describe(list)}`));
  const out: T[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    let r: T;
    try {
      r = parse(list[i], `${key}[${i}]`);
    } catch (e) {
      if (e instanceof ValidationError) throw damaged(e);
      throw e;
    }
    const id = idOf(r);
    const first = seen.get(id);
    if (first !== undefined) {
      throw new BackupError(
        `This backup is damaged: ${key}[${first}] and ${key}[${i}] have the same id (${id}).`,
        `${key}[${i}].id`,
      );
    }
    seen.set(id, i);
    out.push(r);
  }
  return out;
}

function damaged(e: ValidationError): BackupError {
  return new BackupError(`This backup is damaged: ${e.message}.`, e.path, { cause: e });
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  // Code-unit order, not localeCompare: the bytes must not depend on the machine's locale.
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A copy with keys in KEY_ORDER, at every level, so the text does not depend on how objects were built. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort((a, b) => {
    const ra = RANK.get(a) ?? KEY_ORDER.length;
    const rb = RANK.get(b) ?? KEY_ORDER.length;
    return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
  });
  const out: Record<string, unknown> = Object.create(null);
  for (const k of keys) out[k] = ordered((value as Record<string, unknown>)[k]);
  return out;
}

/** UTF-8 size of `text`, counted only when it could exceed `limit` (never less than its length). */
export function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function mb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
