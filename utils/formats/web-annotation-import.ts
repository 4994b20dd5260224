/**
 * Reads W3C Web Annotations (what web-annotation.ts writes, or another tool's) back into notes
 * for the backup merge. The file is untrusted: every field used is checked, anything the notes
 * cannot hold refuses the whole file with a message for the user (BackupError, as a backup's),
 * and nothing is half-imported. Read: an AnnotationCollection with its page embedded, an
 * AnnotationPage, one Annotation, or a list of Annotations; each with one text body and one
 * target, a recording at a moment (a FragmentSelector `t=…`, or the address's own `#t=…`).
 */
import { v5 as uuidv5 } from 'uuid';
import { describe, fail, field, str, ValidationError, type Check } from '@/utils/model/check';
import { LIMITS, noteId, timestamp } from '@/utils/model/fields';
import type { Dataset } from '@/utils/model/dataset';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note, NoteKind, Talk } from '@/utils/model/types';
import { BackupError, MAX_BACKUP_BYTES, mb, utf8Length } from '@/utils/formats/backup';
import { hasType, isObject, listOf, object, own } from '@/utils/formats/json-shape';
import { ANNO_CONTEXT, MOTIVATION } from '@/utils/formats/web-annotation';
import { talkIndex, targetOf } from '@/utils/formats/web-annotation-target';

export const MAX_ANNOTATIONS = 100_000;
/** A body's parts (tags, translations) joined; more is not a note. */
const MAX_BODIES = 20;

export interface AnnotationImportOptions {
  /** The talks an annotation may be about (the library's): its target must be one's recording. */
  talks: readonly Talk[];
  /** Epoch milliseconds, for an annotation that says neither when it was created nor modified. */
  now: number;
  /** Defaults to MAX_BACKUP_BYTES. */
  maxBytes?: number;
}

const NOT_ANNOTATIONS = 'This file is not a Web Annotation file';
const KIND_OF = new Map(Object.entries(MOTIVATION).map(([kind, word]) => [word, kind as NoteKind]));
const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const TEXT_FORMATS = new Set(['text/plain', 'text/markdown']);
const word = str({ max: 200, line: true });
const text = str({ max: LIMITS.noteText });

/** The notes the file holds, as a Dataset to merge (its other lists empty); throws BackupError. */
export function parseWebAnnotations(input: string, opts: AnnotationImportOptions): Dataset {
  const maxBytes = opts.maxBytes ?? MAX_BACKUP_BYTES;
  if (utf8Length(input, maxBytes) > maxBytes) {
    throw new BackupError(`This file is too large to import (the limit is ${mb(maxBytes)}).`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(input);
  } catch (cause) {
    throw new BackupError(`${NOT_ANNOTATIONS}: it is not valid JSON.`, undefined, { cause });
  }
  const { items, path: pathOf } = annotationsOf(doc);
  if (items.length > MAX_ANNOTATIONS) {
    throw new BackupError(`This file holds ${items.length} annotations; at most ${MAX_ANNOTATIONS} can be imported at once.`);
  }
  const talkFor = talkIndex(opts.talks);
  const notes: Note[] = [];
  const seen = new Map<NoteId, number>();
  items.forEach((item, i) => {
    const at = pathOf(i);
    let note: Note;
    try {
      note = annotation(item, at, talkFor, opts.now);
    } catch (e) {
      if (e instanceof ValidationError) throw new BackupError(`This annotation file is damaged: ${e.message}.`, e.path, { cause: e });
      throw e;
    }
    const first = seen.get(note.id);
    if (first !== undefined) {
      throw new BackupError(`This annotation file is damaged: ${pathOf(first)} and ${at} have the same id.`, field(at, 'id'));
    }
    seen.set(note.id, i);
    notes.push(note);
  });
  return { talks: [], notes, conferences: [], marks: [] };
}

interface Found {
  items: unknown[];
  /** Where the i-th item stands in the file, for messages. */
  path: (i: number) => string;
}
const inList = (list: string) => (i: number) => `${list}[${i}]`;

/** The annotations of a collection, a page, a list or one annotation. */
function annotationsOf(doc: unknown): Found {
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => requireContext(item, `[${i}]`));
    return { items: doc, path: inList('') };
  }
  requireContext(doc, '');
  const top = doc as Record<string, unknown>;
  if (hasType(top, 'Annotation')) return { items: [top], path: () => '' };
  if (hasType(top, 'AnnotationPage')) return { items: pageItems(top, 'items'), path: inList('items') };
  if (!hasType(top, 'AnnotationCollection')) {
    throw new BackupError(`${NOT_ANNOTATIONS}: it holds no Annotation, AnnotationPage or AnnotationCollection.`, 'type');
  }
  const first = own(top, 'first');
  if (first === undefined) return { items: [], path: inList('first.items') };
  if (!isObject(first)) {
    throw new BackupError(
      `This collection keeps its annotations on pages elsewhere (${describe(first)}); only annotations inside the file can be imported.`,
      'first',
    );
  }
  const items = pageItems(first, 'first.items');
  const total = own(top, 'total');
  if (total !== undefined && total !== items.length) {
    throw new BackupError(`This collection says it holds ${describe(total)} annotations, but the file has ${items.length}.`, 'total');
  }
  return { items, path: inList('first.items') };
}

function pageItems(page: Record<string, unknown>, path: string): unknown[] {
  const next = own(page, 'next');
  if (next !== undefined) {
    throw new BackupError(`This file holds only the first page of its annotations; the rest (${describe(next)}) are not in it.`, 'next');
  }
  const items = own(page, 'items');
  if (!Array.isArray(items)) throw new BackupError(`This annotation file is damaged: ${path}: expected a list, got ${describe(items)}.`, path);
  return items;
}

function requireContext(x: unknown, path: string): void {
  const context = isObject(x) ? own(x, '@context') : undefined;
  if (context !== ANNO_CONTEXT && !(Array.isArray(context) && context.includes(ANNO_CONTEXT))) {
    throw new BackupError(`${NOT_ANNOTATIONS}: it does not name the Web Annotation context (${ANNO_CONTEXT}).`, field(path, '@context'));
  }
}

function annotation(x: unknown, path: string, talkFor: (source: string) => TalkId | undefined, now: number): Note {
  const a = object(x, path);
  if (!hasType(a, 'Annotation')) fail(field(path, 'type'), `expected "Annotation", got ${describe(own(a, 'type'))}`);
  const id = idOf(own(a, 'id'), field(path, 'id'));
  const body = bodyOf(a, path);
  const target = targetOf(own(a, 'target'), field(path, 'target'));
  const talkId = talkFor(target.source);
  if (talkId === undefined) {
    // Not damage: the file is fine, the library lacks the talk (a new device, a deleted talk).
    throw new BackupError(
      `This file has notes on ${target.source}, which is not a talk in your library: open that recording once, then import the file again.`,
      field(path, 'target'),
    );
  }
  const motivations = own(a, 'motivation') === undefined ? [] : listOf(word, 10)(own(a, 'motivation'), field(path, 'motivation'));
  const kind = [...motivations, body.purpose].map((w) => (w === undefined ? undefined : KIND_OF.get(w))).find((k) => k !== undefined);
  const created = dateTime(own(a, 'created'), field(path, 'created'));
  const modified = dateTime(own(a, 'modified'), field(path, 'modified'));
  const createdAt = created ?? modified ?? now;
  return { id, talkId, at: target.at, kind: kind ?? 'note', text: body.text, createdAt, updatedAt: modified ?? createdAt };
}

/** Our own `urn:uuid:` ids come back as the note's id; any other IRI names the same note each time it is imported. */
function idOf(x: unknown, path: string): NoteId {
  const iri = str({ max: LIMITS.url, min: 1 })(x, path);
  if (/^urn:uuid:/i.test(iri)) return noteId(iri.slice(9), path);
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(iri)) fail(path, 'expected an IRI (like urn:uuid:… or https://…)');
  return uuidv5(iri, uuidv5.URL) as NoteId;
}

function bodyOf(a: Record<string, unknown>, path: string): { text: string; purpose?: string } {
  const value = own(a, 'bodyValue');
  if (value !== undefined) return { text: text(value, field(path, 'bodyValue')) };
  const bodyPath = field(path, 'body');
  const bodies = listOf(textualBody, MAX_BODIES)(own(a, 'body'), bodyPath);
  if (bodies.length === 0) fail(bodyPath, 'expected a text body with the note');
  return { text: text(bodies.map((b) => b.value).join('\n\n'), bodyPath), purpose: bodies[0]!.purpose };
}

const textualBody: Check<{ value: string; purpose?: string }> = (x, path) => {
  if (typeof x === 'string') fail(path, 'expected a text body (TextualBody), got a link to another resource');
  const b = object(x, path);
  if (own(b, 'type') !== undefined && !hasType(b, 'TextualBody')) fail(field(path, 'type'), `expected "TextualBody", got ${describe(own(b, 'type'))}`);
  const format = own(b, 'format') === undefined ? undefined : word(own(b, 'format'), field(path, 'format'));
  if (format !== undefined && !TEXT_FORMATS.has(format.split(';')[0]!.trim().toLowerCase())) {
    fail(field(path, 'format'), `expected text/plain or text/markdown, got ${describe(format)}`);
  }
  if (own(b, 'language') !== undefined) word(own(b, 'language'), field(path, 'language'));
  const purpose = own(b, 'purpose') === undefined ? undefined : word(own(b, 'purpose'), field(path, 'purpose'));
  return { value: text(own(b, 'value'), field(path, 'value')), purpose };
};

function dateTime(x: unknown, path: string): number | undefined {
  if (x === undefined || x === null) return undefined;
  const ms = typeof x === 'string' && XSD_DATE_TIME.test(x) ? Date.parse(x) : Number.NaN;
  if (Number.isNaN(ms)) fail(path, `expected a date and time like 2024-05-01T12:00:00Z, got ${describe(x)}`);
  return timestamp(ms, path);
}

