import type { ComponentChildren } from 'preact';
import type { InlineNode } from '@/utils/formats/note-inline';
import { notePoints } from '@/utils/formats/note-points';
import type { InlineParser } from '@/utils/sidebar/inline-parser';

/**
 * A note's text as the export means it: inline Markdown shown as emphasis, code and links,
 * continuation lines typed as `- ` as points under it. Built as elements from the parser's
 * tree, so nothing the person typed is ever read as HTML.
 */
export function NoteText({ text, parser }: { text: string; parser: InlineParser }) {
  const { lines, points } = notePoints(text);
  const line = (l: string) => parser.inlineOf(l.trim()).map(inline);
  const block = (ls: string[]) => ls.flatMap((l, i) => (i === 0 ? [line(l)] : [<br />, line(l)]));
  const own = lines.some((l) => l.trim() !== '');
  return (
    <div class="text">
      {own && block(lines)}
      {points.length > 0 && (
        <ul class="points">
          {points.map((p) => (
            <li>{block(p)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function inline(node: InlineNode): ComponentChildren {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'code':
      return <code>{node.text}</code>;
    case 'em':
      return <em>{node.children.map(inline)}</em>;
    case 'strong':
      return <strong>{node.children.map(inline)}</strong>;
    case 'link':
      return (
        <a href={node.href} target="_blank" rel="noopener noreferrer">
          {node.children.map(inline)}
        </a>
      );
  }
}
