import { parseDay } from '@/utils/formats/labels';
import { singleLine } from '@/utils/formats/markdown-escape';

export interface FrontMatterFields {
  title: string;
  /** ISO `yyyy-MM-dd`; left out unless it is a real calendar day. */
  date?: string;
  tags?: readonly string[];
}

/**
 * YAML front matter as Obsidian, Jekyll and Hugo read it, followed by the blank line that
 * separates it from the Markdown:
 * `---\ntitle: "…"\ndate: 2016-08-31\ntags: [talk-notes]\n---\n\n`.
 */
export function frontMatter(fields: FrontMatterFields): string {
  const tags = fields.tags ?? ['talk-notes'];
  const lines = [`title: ${yamlString(singleLine(fields.title))}`];
  if (fields.date !== undefined && parseDay(fields.date) !== undefined) lines.push(`date: ${fields.date}`);
  if (tags.length > 0) lines.push(`tags: [${tags.map(yamlTag).join(', ')}]`);
  return `---\n${lines.join('\n')}\n---\n\n`;
}

const NAMED: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

// Everything YAML does not allow unescaped in a double-quoted scalar (C0, DEL, C1, BOM, line/paragraph separators), plus `\` and `"`.
const SPECIAL = new RegExp('[\\\\"\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\uFEFF]', 'g');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any text as a YAML double-quoted scalar that reads back as exactly that text (a lone surrogate, which no YAML can hold, becomes U+FFFD). */
export function yamlString(text: string): string {
  const body = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(SPECIAL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${body}"`;
}

/** Plain tags stay plain (`talk-notes`); anything else is quoted. */
function yamlTag(tag: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_/-]*$/.test(tag) ? tag : yamlString(tag);
}
