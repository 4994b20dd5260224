import { escapeBlockStart, escapeDestination, escapeInline, escapeLine } from '@/utils/formats/markdown-escape';
import { parseInline, safeHref, type InlineNode } from '@/utils/formats/note-inline';

/**
 * A line the person wrote, as Markdown that keeps what the format lets through: the tree the
 * sidebar renders (note-inline.ts) written back, emphasis as `*`/`**`, code spans, links and
 * autolinks to http, https and mailto. Every character of its text is escaped as plain text is
 * (markdown-escape.ts), so what is not in the tree (HTML, images, other schemes, structure)
 * stays inert, and a reader's CommonMark parser sees the same tree the sidebar shows.
 */
export function writtenLine(line: string, atLineStart: boolean): string {
  // Nothing Markdown could read as inline structure: escaped as plain text (the same bytes).
  if (!MAYBE_INLINE.test(line)) return escapeLine(line, atLineStart);
  const inline = writeNodes(parseInline(line));
  // Only a text node can open the line with a block mark: escaped as escapeLine does.
  return atLineStart ? escapeBlockStart(inline) : inline;
}

const MAYBE_INLINE = /[*_`[<&\\]/;

function writeNodes(nodes: readonly InlineNode[]): string {
  let out = '';
  nodes.forEach((node, i) => {
    let written = writeNode(node);
    // `!` right before a link would make it an image.
    if (node.type === 'text' && nodes[i + 1]?.type === 'link' && written.endsWith('!')) written = `${written.slice(0, -1)}\\!`;
    out += written;
  });
  return out;
}

function writeNode(node: InlineNode): string {
  switch (node.type) {
    case 'text':
      return escapeInline(node.text);
    case 'code':
      return codeSpan(node.text);
    case 'em':
      return `*${writeNodes(node.children)}*`;
    case 'strong':
      return `**${writeNodes(node.children)}**`;
    case 'link':
      return autolink(node) ?? `[${writeNodes(node.children)}](${escapeDestination(node.href)})`;
  }
}

/** `<address>` when the link was one: its only text is an address that reads as the same link. */
function autolink(node: Extract<InlineNode, { type: 'link' }>): string | undefined {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text' || /[\s<>\\]/.test(only.text)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(only.text) && safeHref(only.text) === node.href) return `<${only.text}>`;
  if (/^[^@:]+@[^@:]+$/.test(only.text) && safeHref(`mailto:${only.text}`) === node.href) return `<${only.text}>`;
  return undefined;
}

/** A code span whose fence is longer than any backtick run inside it; padded where the text starts or ends with a backtick or a space. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text) && text.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
