import { escapeField } from '@/utils/formats/markdown-escape';

/**
 * GitHub-flavoured footnotes for asides typed inline as `^[…]`. One collector serves a whole
 * document, so footnotes are numbered in the order the document writes them; the definitions
 * go at its end. The aside is taken out of the text before escaping and a placeholder of
 * private-use characters put in its place, which no escaping touches and no user text can
 * hold (they are dropped from it), then `place` writes `[^n]` there.
 */
export interface Footnotes {
  /** `text` with each aside replaced by a placeholder; the asides are numbered from the last one taken. */
  take(text: string): string;
  /** Markdown with every placeholder written as its `[^n]`. */
  place(markdown: string): string;
  /** `[^1]: …` blocks, one per aside; none when there were none. */
  definitions(): string[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
// A colon after the mark would make `[^n]:` at a line's start a definition: it is escaped.
const PLACEHOLDER = new RegExp(`${OPEN}(\\d+)${CLOSE}(:?)`, 'g');
const PRIVATE = new RegExp(`[${OPEN}${CLOSE}]`, 'g');
const HAS_PRIVATE = new RegExp(`[${OPEN}${CLOSE}]`);
// `![^n]` could be read as an image: a `!` right before a mark is escaped.
const BANG = new RegExp(`!(?=${OPEN})`, 'g');

export function footnotes(): Footnotes {
  const asides: string[] = [];
  return {
    take(text) {
      // Most notes hold neither a private-use mark nor an aside: no copy is made of them.
      const clean = HAS_PRIVATE.test(text) ? text.replace(PRIVATE, '') : text;
      if (!clean.includes('^[')) return clean;
      let out = '';
      let from = 0;
      for (let at = clean.indexOf('^[', from); at >= 0; at = clean.indexOf('^[', from)) {
        const end = closingBracket(clean, at + 1);
        const aside = end < 0 ? '' : escapeField(clean.slice(at + 2, end));
        if (aside === '') {
          // Unclosed or empty: the characters stay text.
          out += clean.slice(from, at + 2);
          from = at + 2;
          continue;
        }
        asides.push(aside);
        out += `${clean.slice(from, at)}${OPEN}${asides.length}${CLOSE}`;
        from = end + 1;
      }
      return out + clean.slice(from);
    },
    // Without a placeholder (most notes: nothing was taken) there is nothing to write.
    place: (markdown) => (markdown.includes(OPEN) ? markdown.replace(BANG, '\\!').replace(PLACEHOLDER, (_, n: string, colon: string) => `[^${n}]${colon === '' ? '' : '\\:'}`) : markdown),
    definitions: () => asides.map((aside, i) => `[^${i + 1}]: ${aside}`),
  };
}

/** Where the `[` at `open` closes, brackets inside it balanced; -1 when it never does. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}
