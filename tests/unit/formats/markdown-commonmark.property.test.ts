import type { Node } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportConference } from '@/utils/formats/markdown-conference';
import { exportTalk } from '@/utils/formats/markdown-talk';
import type { ConferenceId } from '@/utils/model/ids';
import type { Conference } from '@/utils/model/types';
import { parseInline } from '@/utils/formats/note-inline';
import { children, inlineTree, mergeText, parse, textOf, typesOf } from './commonmark-tree';
import { makeNote, makeTalk } from './markdown-fixtures';

/** Text built from the pieces Markdown gives meaning to, so a random string is likely to hold structure. */
const markdownish = fc.string({
  unit: fc.oneof(
    fc.constantFrom('#', '>', '-', '+', '*', '=', '_', '`', '~', '[', ']', '(', ')', '!', '<', '&', ';', '|', '\\', '$', ':', '.', '"', '“'),
    fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u0000', '\u0007', '\u00a0', '    '),
    fc.constantFrom('a', 'b', 'x1', '1.', '2)', '&amp;', '&#60;', 'https://e.x', '<b>', '<!--', '```', '---', 'é'),
  ),
  maxLength: 40,
});

/** What a reader should see of a note: the same lines, trimmed, with one empty line for any run of blank ones. */
function visibleLines(text: string): string {
  const lines: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').split('\n')) {
    const line = raw.trim();
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  if (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

describe('any text, read back by a CommonMark parser', () => {
  it('stays one heading and one list item showing what the sidebar shows of the text typed', () => {
    fc.assert(
      fc.property(markdownish, markdownish, (title, text) => {
        // A later line typed as "- point" is a nested point by the format's rule (tested in markdown-blocks and markdown-commonmark).
        fc.pre(!/\n[ \t]*-[ \t]+\S/.test(text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')));
        const talk = makeTalk({ title, videoId: 'PROPERTY001' });
        const doc = parse(exportTalk(talk, [makeNote(talk, 'n', 42, 'note', text)]));
        const blocks = children(doc);
        expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list']);
        const heading = title.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').replace(/\s+/g, ' ').trim();
        expect(textOf(blocks[0] as Node)).toBe(heading || 'Untitled talk');
        const items = children(blocks[2] as Node);
        expect(items).toHaveLength(1);
        // The reader sees, line by line, the tree the sidebar renders (inline Markdown passes through, the rest is text).
        const shown = visibleLines(text);
        const lines = shown === '' ? [] : shown.split('\n');
        const expected = mergeText([{ type: 'text', text: shown === '' ? '' : ' ' }, ...lines.flatMap((line, i) => [...(i > 0 ? [{ type: 'text', text: '\n' } as const] : []), ...parseInline(line)])]);
        const item = items[0] as Node;
        expect(item.firstChild?.type).toBe('paragraph');
        expect(textOf(item.firstChild?.firstChild as Node)).toBe('0:42');
        expect(inlineTree(children(item.firstChild as Node).slice(1))).toEqual(expected);
        const types = typesOf([doc]).filter((t) => !['document', 'heading', 'paragraph', 'list', 'item', 'link', 'text', 'linebreak', 'emph', 'strong', 'code'].includes(t));
        expect(types).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('stays the conference name, an emphasised tagline, a venue line and a link label', () => {
    const oneLine = (t: string) => t.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '').replace(/\s+/g, ' ').trim();
    fc.assert(
      fc.property(markdownish, markdownish, markdownish, markdownish, (name, tagline, venue, label) => {
        fc.pre([name, tagline, venue, label].every((t) => oneLine(t) !== ''));
        const conf: Conference = { id: 'c' as ConferenceId, name, tagline, venue, lang: 'en', days: [], createdAt: 0, updatedAt: 0 };
        const talk = makeTalk({ title: 'T', platform: 'web', url: '', links: [{ label, url: 'https://e.x/' }] });
        const blocks = children(parse(exportConference(conf, [talk], new Map())));
        expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'paragraph', 'list']);
        expect(textOf(blocks[0] as Node)).toBe(oneLine(name));
        expect(children(blocks[1] as Node).map((n) => n.type)).toEqual(['emph']);
        expect(typesOf(children(blocks[1]?.firstChild as Node))).toEqual(['text']);
        expect(textOf(blocks[1] as Node)).toBe(oneLine(tagline));
        expect(textOf(blocks[2] as Node)).toBe(oneLine(venue));
        const link = blocks[5]?.firstChild?.firstChild?.firstChild;
        expect([link?.type, link?.next, link ? textOf(link) : undefined]).toEqual(['link', null, oneLine(label)]);
      }),
      { numRuns: 500 },
    );
  });
});
