import type { Lang, Note, Talk } from '../model/types';
import { deepLink } from './deep-link';
import { labelsFor } from './labels';
import { listItem } from './markdown-blocks';
import { cleanText, escapeDestination, isWebUrl } from './markdown-escape';
import { formatMoment } from './time';

/** The moment a note sorts and links by: anything not a positive finite number counts as 0, as `formatMoment` shows it. */
function momentOf(note: Note): number {
  return Number.isFinite(note.at) && note.at > 0 ? note.at : 0;
}

/** Live notes in recording order; ties by creation, then id, so the order never depends on input order or locale. */
export function sortedNotes(notes: readonly Note[]): Note[] {
  return notes
    .filter((n) => n.deletedAt === undefined)
    .sort((a, b) => momentOf(a) - momentOf(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const OPEN = '"“„”';
const CLOSE = '"”“';
/** `"words" - Name` (any dash): the quoted words, then an attribution kept after the closing quote. */
const ATTRIBUTED = new RegExp(`^[${OPEN}]([\\s\\S]+?)[${CLOSE}]\\s*([-–—][\\s\\S]*\\S)$`);

/**
 * A quote in curly quotes. Quotes the user typed around the words (straight or curly, at
 * either end) are replaced rather than doubled; an attribution typed after them (`"…" - Adam Smith, 1776`)
 * stays after the closing quote.
 */
export function quoteText(text: string): string {
  const t = cleanText(text).trim();
  const attributed = ATTRIBUTED.exec(t);
  if (attributed) return `“${attributed[1]?.trim()}” ${attributed[2]}`;
  const start = OPEN.includes(t.charAt(0)) ? 1 : 0;
  const end = t.length > start && CLOSE.includes(t.charAt(t.length - 1)) ? t.length - 1 : t.length;
  const words = t.slice(start, end).trim();
  return words === '' ? '' : `“${words}”`;
}

/** A question with its `Q:` label; a label the user typed already is not repeated. */
export function questionText(text: string, lang: Lang): string {
  const words = cleanText(text).trim().replace(/^(?:q|spørgsmål)\s*:\s*/i, '');
  return words === '' ? '' : `${labelsFor(lang).question} ${words}`;
}

/** The note's text as the export writes it (not yet escaped); thoughts are written as they are. */
export function noteText(note: Note, lang: Lang): string {
  switch (note.kind) {
    case 'quote':
      return quoteText(note.text);
    case 'question':
      return questionText(note.text, lang);
    default:
      // 'note' and 'thought', and any kind a newer version may add.
      return note.text;
  }
}

/** The address that opens the talk at `at`, when it is a web address that can safely be a link. */
export function safeDeepLink(talk: Talk, at: number): string | undefined {
  try {
    const url = deepLink(talk, at);
    return isWebUrl(url) ? url : undefined;
  } catch {
    // A stored address that does not parse (PeerTube builds a URL object): no link, the moment stays as text.
    return undefined;
  }
}

/** `- [0:42](deep link) text`; the moment stays plain text when the recording has no usable address. */
export function noteItem(talk: Talk, note: Note, lang: Lang): string {
  const label = formatMoment(momentOf(note));
  const url = safeDeepLink(talk, momentOf(note));
  const head = url === undefined ? label : `[${label}](${escapeDestination(url)})`;
  return listItem(head, noteText(note, lang));
}
