import { Parser } from 'htmlparser2';

/**
 * Tags that make a field HTML. Schedules mostly carry plain text or Markdown, where `Vec<T>` or
 * `a <b> c` is text; only a known tag or an entity makes us read the field as HTML.
 */
const LOOKS_LIKE_HTML =
  /<\/?(?:p|br|a|b|i|u|s|em|strong|ul|ol|li|div|span|h[1-6]|code|pre|blockquote|img|script|style|iframe|object|embed|table|tr|td|th|sup|sub|hr|small|big|font|center|section|article|header|footer|nav|form|input|button|svg|math)\b[^>]*>|&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/i;
const BREAK_TAGS = new Set(['br', 'li', 'tr', 'dt', 'dd']);
const BLOCK_TAGS = new Set(['p', 'div', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'section', 'article', 'hr']);
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** An untrusted field as plain text: markup reduced to its text, lines tidied; null when nothing is left. */
export function plainText(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = LOOKS_LIKE_HTML.test(value) ? htmlToText(value) : value;
  return tidy(text);
}

/** One line of plain text (a title, a name): every run of white space becomes one space. */
export function plainLine(value: string | null | undefined): string | null {
  const text = plainText(value);
  return text === null ? null : text.replace(/\s+/g, ' ');
}

function htmlToText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_TAGS.has(name)) hidden++;
        else if (BLOCK_TAGS.has(name)) out.push('\n\n');
        else if (BREAK_TAGS.has(name)) out.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN_TAGS.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCK_TAGS.has(name)) out.push('\n\n');
      },
      ontext(text) {
        if (hidden === 0) out.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out.join('');
}

function tidy(text: string): string | null {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim());
  const joined = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return joined === '' ? null : joined;
}
