/**
 * The inline Markdown of one line of a note (emphasis, strong, code spans, links and
 * autolinks), read by markdown-it and given back as a tree the sidebar renders as elements.
 * No HTML string is ever made: raw HTML is off, so `<b>` stays text, and a link keeps only an
 * http, https or mailto address; any other is its label as plain text.
 */
import MarkdownIt from 'markdown-it';

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'em' | 'strong'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] };

// 'zero' has paragraphs and text only; linkify stays off (bare words are never turned into links).
const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false });
md.enable(['emphasis', 'backticks', 'link', 'autolink', 'escape', 'entity']);
md.validateLink = (url) => safeHref(url) !== undefined;

/** The address when it is http, https or mailto and parses; otherwise undefined. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

type Container = Extract<InlineNode, { children: InlineNode[] }>;
const ROOT = (): Container => ({ type: 'em', children: [] });

export function parseInline(line: string): InlineNode[] {
  const root = ROOT();
  const stack: Container[] = [root];
  const add = (node: InlineNode) => {
    const into = stack.at(-1)!.children;
    const last = into.at(-1);
    // markdown-it splits text at every mark it tried; joined, a line is one text node.
    if (node.type === 'text' && node.text === '') return; // where a delimiter stood
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else into.push(node);
  };
  for (const token of md.parseInline(line, {})[0]?.children ?? []) {
    switch (token.type) {
      case 'em_open':
      case 'strong_open': {
        const node: Container = { type: token.type === 'em_open' ? 'em' : 'strong', children: [] };
        add(node);
        stack.push(node);
        break;
      }
      case 'link_open': {
        const href = safeHref(String(token.attrGet('href') ?? ''));
        // A link whose address is refused keeps its label as text, in the node around it.
        if (href === undefined) {
          stack.push(stack.at(-1)!);
          break;
        }
        const node: Container = { type: 'link', href, children: [] };
        add(node);
        stack.push(node);
        break;
      }
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      case 'code_inline':
        add({ type: 'code', text: token.content });
        break;
      case 'softbreak':
      case 'hardbreak':
        add({ type: 'text', text: '\n' });
        break;
      default:
        // text, text_special (escapes, entities) and anything else: its characters as text.
        add({ type: 'text', text: token.content });
    }
  }
  return root.children;
}
