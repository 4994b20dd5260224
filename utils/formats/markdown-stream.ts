import type { Lang, Note, Talk } from '@/utils/model/types';
import { footnotes as newFootnotes } from '@/utils/formats/markdown-footnotes';
import { renderTalkSection, withDefinitions } from '@/utils/formats/markdown-talk';

/**
 * The talks of one recording (a conference day's stream), each its own section in the order
 * they were given; every note links into the stream at its moment.
 */
export function exportStream(parts: readonly { talk: Talk; notes: readonly Note[] }[], lang: Lang = 'en'): string {
  const footnotes = newFootnotes();
  const body = parts.map((p) => renderTalkSection(p.talk, p.notes, 1, lang, footnotes)).join('\n\n');
  return `${withDefinitions(body, footnotes)}\n`;
}
