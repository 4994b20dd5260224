/**
 * A slide note's image in an export: the line `![Slide at 12:34](images/<name>.webp)` that opens
 * its bullet, and the stable file names the images take in a bundle's `images/` folder.
 */
import type { Note, Talk } from '@/utils/model/types';
import { slideExtension } from '@/utils/model/slide';
import { formatMoment } from '@/utils/formats/time';

/** The folder of a bundle that holds the images, relative to its Markdown. */
export const SLIDE_FOLDER = 'images';

const MAX_SLUG = 60;

/** `when-containers-attack`: ASCII letters and digits of the title, dashed; `slide` when none are left. */
export function slideSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug === '' ? 'slide' : slug;
}

/** `18m40s`, `1h02m03s`: the moment in a file name (whole seconds). */
export function momentInName(at: number): string {
  const total = Number.isFinite(at) && at > 0 ? Math.floor(at) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m${s}s` : `${m}m${s}s`;
}

/** Gives each slide of one document its file name; the same notes in the same order get the same names. */
export type SlideNamer = (talk: Talk, note: Note) => string | undefined;

/**
 * `when-containers-attack-18m40s.webp`, unique within the document: a second slide of the same
 * talk and second (or a talk of the same title) gets `-2`, `-3`, … in the order asked.
 */
export function slideNamer(): SlideNamer {
  const taken = new Set<string>();
  return (talk, note) => {
    if (!note.slide) return undefined;
    const base = `${slideSlug(talk.title)}-${momentInName(note.at)}`;
    const ext = slideExtension(note.slide.type);
    let name = `${base}.${ext}`;
    for (let i = 2; taken.has(name); i++) name = `${base}-${i}.${ext}`;
    taken.add(name);
    return name;
  };
}

/** `![Slide at 18:40](images/when-containers-attack-18m40s.webp)`; names come from slideNamer (safe characters only). */
export function slideImageMarkdown(at: number, name: string): string {
  return `![Slide at ${formatMoment(at)}](${SLIDE_FOLDER}/${name})`;
}

/**
 * A slide note's bullet: `item` is the note's bullet as written without its image (`- <head>
 * <text>`, further lines indented), `head` its moment link. The image follows the link on the
 * first line; the text, when there is any, moves to the next line of the same item.
 */
export function withSlideImage(head: string, textItem: string | undefined, image: string): string {
  const first = `- ${head} ${image}`;
  if (textItem === undefined) return first;
  // textItem is the text written as an item of its own (`- text…`): its lines already stand at the item's column.
  return `${first}\n  ${textItem.slice(2)}`;
}
