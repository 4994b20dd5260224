import type { Lang, Note, Talk } from '@/utils/model/types';
import { deepLink } from '@/utils/formats/deep-link';
import { labelsFor } from '@/utils/formats/labels';
import { listItem } from '@/utils/formats/markdown-blocks';
import type { Footnotes } from '@/utils/formats/markdown-footnotes';
import { cleanText, escapeDestination, isWebUrl } from '@/utils/formats/markdown-escape';
import { formatMoment } from '@/utils/formats/time';
import { slideImageMarkdown, withSlideImage, type SlideNamer } from '@/utils/formats/markdown-slide';

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

/** `label words`, a label the user typed already (matched by `typed`) not repeated; nothing for no words. */
function labelled(label: string, typed: RegExp, text: string): string {
  const words = cleanText(text).trim().replace(typed, '');
  return words === '' ? '' : `${label} ${words}`;
}

/** A question with its `Q:` label; a label the user typed already is not repeated. */
export function questionText(text: string, lang: Lang): string {
  return labelled(labelsFor(lang).question, /^(?:q|spørgsmål)\s*:\s*/i, text);
}

/** A tip with its `Tip:` label, written once however the user began it. */
export function tipText(text: string, lang: Lang): string {
  return labelled(labelsFor(lang).tip, /^(?:tip|tips)\s*:\s*/i, text);
}

/** The note's text as the export writes it (not yet escaped); thoughts are written as they are. */
export function noteText(note: Note, lang: Lang): string {
  switch (note.kind) {
    case 'quote':
      return quoteText(note.text);
    case 'question':
      return questionText(note.text, lang);
    case 'tip':
      return tipText(note.text, lang);
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

/** Makes the link destination of each moment of a talk; undefined where it has no usable address. */
export type MomentLinks = (at: number) => string | undefined;

/**
 * The escaped link destination of each moment of `talk`. An export asks for one per note and
 * only the seconds change, so the address is worked out once and split around them; the split
 * is checked on a third moment, and where it does not hold each link is made afresh.
 */
export function momentLinks(talk: Talk): MomentLinks {
  const afresh: MomentLinks = (at) => {
    const url = safeDeepLink(talk, at);
    return url === undefined ? undefined : escapeDestination(url);
  };
  const zero = afresh(0);
  const one = afresh(1);
  if (zero === undefined || one === undefined) return afresh;
  let i = 0;
  while (i < zero.length && zero[i] === one[i]) i++;
  const before = zero.slice(0, i);
  const after = zero.slice(i + 1);
  const split = (s: number) => `${before}${s}${after}`;
  if (zero !== split(0) || one !== split(1) || afresh(3_725) !== split(3_725)) return afresh;
  return (at) => split(Math.max(0, Math.floor(at)));
}

/**
 * `- [0:42](deep link) text`; the moment stays plain text when the recording has no usable
 * address. With `footnotes`, the note's `^[…]` asides become the document's footnotes. With
 * `slides` (a bundle that holds the images), a slide note's image opens its bullet and its text
 * follows on the next line; without, a slide note is its moment and its text.
 */
export function noteItem(
  talk: Talk,
  note: Note,
  lang: Lang,
  links: MomentLinks = momentLinks(talk),
  footnotes?: Footnotes,
  slides?: SlideNamer,
): string {
  const at = momentOf(note);
  const label = formatMoment(at);
  const url = links(at);
  const head = url === undefined ? label : `[${label}](${url})`;
  const text = footnotes === undefined ? noteText(note, lang) : footnotes.take(noteText(note, lang));
  const name = slides?.(talk, note);
  const item =
    name === undefined
      ? listItem(head, text)
      : withSlideImage(head, cleanText(text).trim() === '' ? undefined : listItem('', text), slideImageMarkdown(at, name));
  return footnotes === undefined ? item : footnotes.place(item);
}
