/**
 * A talk's notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one
 * AnnotationCollection, its annotations on one embedded page, each a note's text aimed at its
 * moment of the recording with a Media Fragments selector (`t=754`). Any annotation tool can
 * read it; web-annotation-import.ts reads it back.
 */
import { v5 as uuidv5 } from 'uuid';
import type { Lang, Note, NoteKind, Talk } from '@/utils/model/types';
import { recordingLink } from '@/utils/formats/deep-link';
import { labelsFor } from '@/utils/formats/labels';
import { sortedNotes } from '@/utils/formats/markdown-note';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MEDIA_FRAGMENTS = 'http://www.w3.org/TR/media-frags/';
/** Names the collection and page ids made from a talk id (UUID v5), so a talk always gets the same ones. */
const TALK_NAMESPACE = '5d0e1b7c-3b7e-4d44-9a43-4f1c3e7a2b90';

/**
 * The model's motivation for each kind. It has no "quoting": a quote marks a moment of the
 * talk worth keeping (highlighting), and its body transcribes what was said (describing). A
 * tip describes what to do, so it is the one kind motivated by describing.
 */
export const MOTIVATION: Record<NoteKind, string> = {
  note: 'commenting',
  quote: 'highlighting',
  question: 'questioning',
  thought: 'assessing',
  tip: 'describing',
};
export const PURPOSE: Record<NoteKind, string> = {
  note: 'commenting',
  quote: 'describing',
  question: 'questioning',
  thought: 'assessing',
  tip: 'describing',
};

/** What the annotations need of a talk. */
export type AnnotatedTalk = Pick<Talk, 'id' | 'platform' | 'videoId' | 'url' | 'title'>;

/** The note's annotation id: its UUID as a URN, which the import reads back as the same id. */
export function annotationId(note: Pick<Note, 'id'>): string {
  return `urn:uuid:${note.id}`;
}

/** The collection's id, the same for a talk on every export and every device. */
export function collectionId(talk: Pick<Talk, 'id'>): string {
  return `urn:uuid:${uuidv5(talk.id, TALK_NAMESPACE)}`;
}

/** `t=754`, `t=754.5`: a Media Fragments time in seconds, never in exponent form. */
export function timeFragment(at: number): string {
  return `t=${decimal(Number.isFinite(at) && at > 0 ? at : 0)}`;
}

/** The AnnotationCollection document for `notes` of `talk`; the same data always gives the same bytes. */
export function webAnnotationsOf(talk: AnnotatedTalk, notes: readonly Note[], lang: Lang): string {
  const source = recordingLink(talk);
  const items = sortedNotes(notes).map((note) => ({
    id: annotationId(note),
    type: 'Annotation',
    motivation: MOTIVATION[note.kind],
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: {
      type: 'TextualBody',
      purpose: PURPOSE[note.kind],
      value: note.text,
      format: 'text/markdown',
      language: lang,
    },
    target: {
      type: 'SpecificResource',
      source,
      selector: { type: 'FragmentSelector', conformsTo: MEDIA_FRAGMENTS, value: timeFragment(note.at) },
    },
  }));
  const doc = {
    '@context': ANNO_CONTEXT,
    id: collectionId(talk),
    type: 'AnnotationCollection',
    label: talk.title.trim() || labelsFor(lang).untitledTalk,
    total: items.length,
    first: { id: `urn:uuid:${uuidv5(`${talk.id}#page=1`, TALK_NAMESPACE)}`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Shortest decimal form; below 1e-6 JavaScript writes an exponent, which Media Fragments cannot read. */
function decimal(x: number): string {
  const s = String(x);
  const exp = /^(\d)(?:\.(\d+))?e-(\d+)$/.exec(s);
  return exp ? `0.${'0'.repeat(Number(exp[3]) - 1)}${exp[1]}${exp[2] ?? ''}` : s;
}
