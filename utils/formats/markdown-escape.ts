/**
 * Escaping of user text for CommonMark (and GitHub-flavoured) Markdown, so that whatever a
 * user typed renders as that text and can never add a heading, list, link, emphasis, table,
 * code or HTML. Backslash escapes only (CommonMark's ASCII punctuation escapes), and only
 * where a character could mean something, so the exported source stays readable.
 */

// Built from code points so the source holds no raw control characters.
const CONTROL = new RegExp('[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]', 'g');

const NEEDS_CLEANING = new RegExp('[\\r\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F]');

/** Line endings become `\n`; control characters other than tab and newline are dropped. */
export function cleanText(text: string): string {
  // Most text has neither: skip the two rewrites (an export runs this on every note).
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Characters that can start or end inline structure wherever they stand: escapes, code, emphasis, strikethrough, links, HTML and autolinks, table cells, GitHub's `$math$`. */
const ANYWHERE = /[\\`*~[\]<|$_&]/g;
const WORD = /[\p{L}\p{N}]/u;
/** Only these sequences make `&` an entity or numeric character reference; a lone `&` (as in "Q&A") is already literal. */
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Escapes one line of text that does not stand at the start of a block (it follows other
 * content on the same line).
 * `!` is left alone: it only starts an image before `[`, which is always escaped. `_` between
 * two letters or digits is left alone (`@anne_e_currie`, `snake_case`): CommonMark never
 * reads such an underscore as emphasis.
 */
export function escapeInline(line: string): string {
  return line.replace(ANYWHERE, (c: string, at: number, s: string) => {
    if (c === '_' && WORD.test(s.charAt(at - 1)) && WORD.test(s.charAt(at + 1))) return c;
    if (c === '&' && !ENTITY.test(s.slice(at, at + 40))) return c;
    return `\\${c}`;
  });
}

/** What starts a heading, blockquote, list item, thematic break or setext underline when it opens a line. `*`, `_`, `<`, backticks and `~` are escaped anywhere already. */
const BLOCK_MARK = /^[#>+=-]/;
const ORDERED_MARK = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/** Escapes one line; `atLineStart` when it opens a block (or a list item's content), where `# `, `> `, `- `, `1. ` and friends would be read as structure. */
export function escapeLine(line: string, atLineStart: boolean): string {
  const inline = escapeInline(line);
  return atLineStart ? escapeBlockStart(inline) : inline;
}

/** An inline-escaped line that opens a block, its heading, quote, list or underline mark escaped. */
export function escapeBlockStart(inline: string): string {
  if (BLOCK_MARK.test(inline)) return `\\${inline}`;
  return inline.replace(ORDERED_MARK, '$1\\$2');
}

/** Writes one line of user text for its place: `escapeLine`, or one that lets some Markdown through. */
export type LineWriter = (line: string, atLineStart: boolean) => string;

/** Collapses any whitespace, newlines included, to single spaces: for titles, names, labels. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/** A single-line field (title, name, label) escaped for its place. */
export function escapeField(text: string, atLineStart = false): string {
  return escapeLine(singleLine(text), atLineStart);
}

/**
 * Text for an ATX heading. A trailing run of `#` after a space (or the whole text) would be
 * read as the optional closing sequence and dropped, so its first `#` is escaped.
 */
export function escapeHeadingText(text: string): string {
  return escapeField(text).replace(/(^|[ \t])#(#*)$/, '$1\\#$2');
}

/** What makes escapeLines change a line that follows other content, besides space at either end: something to clean, split or escape. */
const INLINE_WORK = new RegExp('[\\\\`*~[\\]<|$_&\\u0000-\\u001F\\u007F-\\u009F]');
const SPACE = /\s/;

/**
 * User text as the lines of one paragraph: each line trimmed (CommonMark drops the indent
 * anyway, and four spaces would otherwise start code), leading and trailing blank lines
 * removed, and each run of blank lines collapsed into one empty line, which the caller
 * writes as a bare hard break so the paragraph (or list item) never ends early.
 */
export function escapeLines(text: string, firstInline = false, write: LineWriter = escapeLine): string[] {
  // Most notes are one line of plain words: given back as they are (an export runs this on every note).
  if (firstInline && text !== '' && !INLINE_WORK.test(text) && !SPACE.test(text.charAt(0)) && !SPACE.test(text.charAt(text.length - 1))) return [text];
  const lines: string[] = [];
  for (const raw of cleanText(text).split('\n')) {
    const line = raw.trim();
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => write(line, !(firstInline && i === 0)));
}

/** Joins escaped lines with hard line breaks (a backslash at the end of each line but the last), continuation lines indented to `indent`. */
export function joinHardBreaks(lines: readonly string[], indent = ''): string {
  if (lines.length === 1) return lines[0]!;
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line)).join(`\n${indent}`);
}

/** Only web addresses become links: a `javascript:`, `data:` or other scheme is never written as a destination. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s/?#\\]/i.test(url.trim());
}

/**
 * A link destination that cannot end early or break out: spaces, parentheses, angle brackets
 * and backslashes are percent-encoded, whitespace and control characters dropped, and an
 * entity-like `&` is backslash-escaped (destinations decode entities).
 */
export function escapeDestination(url: string): string {
  // The usual deep link holds nothing to change: answer it as it is (an export has one per note).
  if (!DESTINATION_WORK.test(url) && !ENTITY_ANYWHERE.test(url)) return url;
  const encoded = url
    .trim()
    .replace(CONTROL, '')
    .replace(/[\t\n]/g, '')
    .replace(/[ ()<>\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return encoded.replace(/&/g, (c: string, at: number, s: string) =>
    ENTITY.test(s.slice(at, at + 40)) ? '\\&' : c,
  );
}

const DESTINATION_WORK = new RegExp('[\\s()<>\\\\\\u0000-\\u001F\\u007F-\\u009F]');
const ENTITY_ANYWHERE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** `[label](url)`, with the label escaped as inline text. */
export function markdownLink(label: string, url: string): string {
  return `[${escapeField(label)}](${escapeDestination(url)})`;
}
