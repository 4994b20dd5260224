import { fold } from '@/utils/model/search';

export interface TextPart {
  text: string;
  /** This part matches the query. */
  hit: boolean;
}

/**
 * `text` cut where `query` occurs, case-insensitively, so the page can mark the matches. When
 * case folding changes the text's length (a few letters do), offsets would not line up: the
 * text is then one unmarked part.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const q = fold(query.trim());
  const folded = fold(text);
  if (q === '' || folded.length !== text.length) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = folded.indexOf(q); at >= 0; at = folded.indexOf(q, at + q.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), hit: false });
    parts.push({ text: text.slice(at, at + q.length), hit: true });
    from = at + q.length;
  }
  if (from < text.length || parts.length === 0) parts.push({ text: text.slice(from), hit: false });
  return parts;
}
