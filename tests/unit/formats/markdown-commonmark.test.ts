import type { Node, NodeType } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { exportConference } from '@/utils/formats/markdown-conference';
import { exportTalk } from '@/utils/formats/markdown-talk';
import { parseMoment } from '@/utils/formats/time';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk } from '@/utils/model/types';
import { parseInline } from '@/utils/formats/note-inline';
import { children, descendants, headingTree, inlineTree, mergeText, parse, textOf, typesOf } from './commonmark-tree';
import { makeNote, makeTalk } from './markdown-fixtures';
import { softwareCircus } from './software-circus';

describe('the Software Circus export, read back by a CommonMark parser', () => {
  for (const lang of ['en', 'da'] as const) {
    const { conf, talks, notes } = softwareCircus(lang);
    const doc = parse(exportConference(conf, talks, notes));
    const day = lang === 'en' ? ['Day 1 – Wednesday 31 August 2016', 'Day 2 – Thursday 1 September 2016'] : ['Dag 1 – onsdag 31. august 2016', 'Dag 2 – torsdag 1. september 2016'];

    it(`has the heading tree conference › days › talks, no level skipped (${lang})`, () => {
      const tree = headingTree(doc);
      expect(tree).toEqual([
        [1, 'Software Circus 2016 – Amsterdam'],
        [2, `${day[0]} – Pre-conference workshops`],
        [3, 'Workshop from Zero to Hero'],
        [2, day[1]],
        [3, 'When Containers Attack'],
        [3, 'Seven counter-intuitive experiences you are about to have when you go cloud native'],
      ]);
      tree.forEach(([level], i) => expect(level).toBeLessThanOrEqual((tree[i - 1]?.[0] ?? 0) + 1));
    });

    it(`opens with tagline, dates and venue, intro as paragraphs, not lists (${lang})`, () => {
      const top = children(doc).slice(1, 4);
      expect(top.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
      expect(top[0]?.firstChild?.type).toBe('emph');
      expect(textOf(top[1] as Node)).toBe(lang === 'en' ? '31 August – 2 September 2016 · Pakhuis West' : '31. august – 2. september 2016 · Pakhuis West');
    });

    it(`links every note to its own moment of the recording (${lang})`, () => {
      const moments = descendants(doc).filter((n) => n.type === 'link' && /^\d+(:\d\d)+$/.test(textOf(n)));
      expect(moments).toHaveLength(11);
      for (const link of moments) {
        expect(link.destination).toMatch(new RegExp(`^https://www\\.youtube\\.com/watch\\?v=\\w{11}&t=${parseMoment(textOf(link))}s$`));
      }
      expect(moments.map((l) => textOf(l))).toEqual(['1:35', '10:00', '0:42', '1:20', '2:10', '3:15', '12:03', '25:00', '1:00', '5:00', '1:00:00']);
    });

    it(`keeps one list item per note, the multi-line note inside its item (${lang})`, () => {
      const lists = descendants(doc).filter((n) => n.type === 'list');
      expect(lists.map((l) => children(l).length)).toEqual([2, 5, 1, 1, 3, 2]);
      expect(textOf(children(lists[0] as Node)[1] as Node)).toBe(
        '10:00 Running the demo the first time takes some time, be patient.\nStart Weave Scope first to see what is going on.',
      );
      expect(lists.every((l) => l.listTight)).toBe(true);
    });
  }
});

const HOSTILE = [
  '# x',
  '> x',
  '- x',
  '+ x',
  '* x',
  '1. x',
  '1) x',
  '[a](b)',
  '[a]: /url',
  '![i](x)',
  '- [ ] task',
  'a | b',
  '| a | b |',
  '```',
  '~~~',
  '~~gone~~',
  '<img src=x onerror=alert(1)>',
  '<!-- x -->',
  'foo_bar_',
  '\\',
  '---',
  '===',
  '***',
  'x #',
  '#',
  '    indented',
  '$x$',
  '![i](x)',
  '[x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[a]: https://e.example',
  '<https://e.example/a b>',
  '<script>alert(1)</script>',
  '<a href="https://e.example">x</a>',
  '| - |',
  '```js',
  '* * *',
];

/** Inline Markdown the format lets through in what the person writes (notes, points, prose); fields stay literal. */
const INLINE = [
  '`code`',
  '<https://evil.example>',
  '*a*',
  '_a_',
  '**a**',
  '__a__',
  'a\\*b',
  '![i](https://e.example/pixel.png)',
  '*<img src=x onerror=alert(1)>*',
  '[**x**](https://e.example/a)',
  '[`a`](mailto:a@e.example) <a@e.example>',
  '# *h* `c`',
  '> `x` [a](https://e.example)',
  '1. **x**',
  '`<b>` ``a`b``',
  '[x]: <https://e.example>',
  '&amp;',
  '&#60;script&#62;',
  '\\# x',
  '&lt;b&gt;',
];

/** One conference in which every field the user types holds `h`. */
function hostileExport(h: string): string {
  const talk: Talk = makeTalk({
    videoId: 'HOSTILE0001',
    title: h,
    conferenceId: 'c' as ConferenceId,
    day: 1,
    speakers: [{ name: h, role: h, org: h, handles: [h] }],
    thoughts: h,
    links: [
      { label: h, url: 'https://x.example/a b)(<>' },
      { label: h, url: 'javascript:alert(1)' },
    ],
  });
  const notes: Note[] = [
    makeNote(talk, 'n1', 42, 'note', h),
    makeNote(talk, 'n2', 43, 'note', `first\n\n\n${h}\n\n`),
    makeNote(talk, 'n3', 44, 'quote', h),
    makeNote(talk, 'n4', 45, 'question', h),
    makeNote(talk, 'n5', 46, 'thought', h),
  ];
  const conf: Conference = {
    id: 'c' as ConferenceId,
    name: h,
    tagline: h,
    venue: h,
    intro: h,
    closing: h,
    lang: 'en',
    days: [{ number: 1, theme: h }],
    createdAt: 0,
    updatedAt: 0,
  };
  return exportConference(conf, [talk], new Map<TalkId, Note[]>([[talk.id, notes]]));
}

/** The blocks of hostileExport, whatever its fields hold. */
// prettier-ignore
const HOSTILE_BLOCKS = [
  'h1', 'paragraph', 'paragraph', 'paragraph',
  'h2', 'h3', 'paragraph', 'paragraph', 'list',
  'paragraph', 'list', 'paragraph', 'list', 'paragraph',
];

/** A continuation line typed as "- " is a nested point (the format's rule), tested on its own below. */
const FLAT = HOSTILE.filter((h) => !h.startsWith('- '));

describe('hostile text, read back by a CommonMark parser', () => {
  it.each(FLAT)('%j stays literal text in every field', (h) => {
    const t = h.trim();
    const doc = parse(hostileExport(h));
    const blocks = children(doc);
    expect(blocks.map((b) => (b.type === 'heading' ? `h${b.level}` : b.type))).toEqual(HOSTILE_BLOCKS);
    const [name, tagline, venue, intro, dayHead, title, speakers, recording, notes, thoughts, thoughtList, linksLabel, links, closing] =
      blocks as [Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node];

    expect([name, venue, intro, title, closing].map(textOf)).toEqual([t, t, t, t, t]);
    expect(children(tagline).map((n) => n.type)).toEqual(['emph']);
    expect(textOf(tagline)).toBe(t);
    expect(textOf(dayHead)).toBe(`Day 1 – ${t}`);
    expect(textOf(speakers)).toBe(`by ${t}, ${t} at ${t}, ${t}`);
    expect(textOf(recording)).toBe('Recording');
    expect(textOf(thoughts)).toBe(`My thoughts: ${t}`);
    expect(textOf(linksLabel)).toBe('Links:');

    const items = (list: Node) => children(list).map((item) => children(item));
    const noteItems = items(notes);
    expect(noteItems.map((blocksOfItem) => blocksOfItem.map((b) => b.type))).toEqual([['paragraph'], ['paragraph'], ['paragraph'], ['paragraph']]);
    const afterLink = (item: Node[]) => children(item[0] as Node).slice(1);
    expect(noteItems.map((item) => textOf(afterLink(item)))).toEqual([` ${t}`, ` first\n\n${t}`, ` “${t}”`, ` Q: ${t}`]);
    expect(textOf(afterLink(items(thoughtList)[0] ?? []))).toBe(` ${t}`);
    for (const item of [...noteItems, ...items(thoughtList)]) {
      expect(typesOf(afterLink(item)).filter((type) => type !== 'text' && type !== 'linebreak')).toEqual([]);
    }

    const linkItems = items(links);
    expect(linkItems.map((item) => textOf(item))).toEqual([t, t]);
    expect(linkItems[0]?.[0]?.firstChild?.destination).toBe('https://x.example/a%20b%29%28%3C%3E');
    expect(linkItems[1]?.[0]?.firstChild?.type).toBe('text');

    const all = descendants(doc);
    const count = (type: NodeType) => all.filter((n) => n.type === type).length;
    expect(['html_inline', 'html_block', 'code', 'code_block', 'strong', 'image', 'block_quote', 'thematic_break'].map((type) => count(type as NodeType))).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect([count('emph'), count('heading'), count('list'), count('item'), count('link')]).toEqual([1, 3, 3, 7, 7]);
    expect(all.filter((n) => n.type === 'link').map((n) => n.destination)).toEqual([
      'https://www.youtube.com/watch?v=HOSTILE0001',
      ...[42, 43, 44, 45, 46].map((s) => `https://www.youtube.com/watch?v=HOSTILE0001&t=${s}s`),
      'https://x.example/a%20b%29%28%3C%3E',
    ]);
  });

  it.each(INLINE)('%j stays literal in fields and reads in notes and prose as the sidebar shows it', (h) => {
    const t = h.trim();
    const doc = parse(hostileExport(h));
    const blocks = children(doc);
    expect(blocks.map((b) => (b.type === 'heading' ? `h${b.level}` : b.type))).toEqual(HOSTILE_BLOCKS);
    const [name, , venue, intro, dayHead, title, speakers, , notes, thoughts, thoughtList, , links, closing] =
      blocks as [Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node, Node];
    expect([name, venue, title].map(textOf)).toEqual([t, t, t]);
    expect(textOf(dayHead)).toBe(`Day 1 – ${t}`);
    expect(textOf(speakers)).toBe(`by ${t}, ${t} at ${t}, ${t}`);
    expect(typesOf([name, venue, title, dayHead, speakers])).toEqual(['heading', 'paragraph', 'text']);
    expect(children(links).map((item) => textOf(item))).toEqual([t, t]);

    const shown = (prefix: string, text = t) => mergeText([{ type: 'text', text: prefix }, ...parseInline(text)]);
    const afterLink = (item: Node) => children(item.firstChild as Node).slice(1);
    expect(children(notes).map((item) => inlineTree(afterLink(item)))).toEqual([
      shown(' '),
      shown(' first\n\n'),
      shown(' ', `“${t}”`),
      shown(' ', `Q: ${t}`),
    ]);
    expect(inlineTree(children(intro))).toEqual(shown(''));
    expect(inlineTree(children(closing))).toEqual(shown(''));
    expect(inlineTree(children(thoughts))).toEqual(shown('My thoughts: '));
    expect(inlineTree(afterLink(children(thoughtList)[0] as Node))).toEqual(shown(' '));

    const all = descendants(doc);
    expect(all.filter((n) => ['html_inline', 'html_block', 'image', 'block_quote', 'thematic_break', 'code_block'].includes(n.type))).toEqual([]);
    for (const link of all.filter((n) => n.type === 'link')) expect(link.destination).toMatch(/^(https:\/\/|mailto:)/);
  });

  it.each(['- x', '- [ ] task', '- <b>x</b>', '- # x'])('%j on a note’s second line is a nested point holding that text literally', (h) => {
    const talk = makeTalk({ videoId: 'HOSTILE0001' });
    const doc = parse(exportTalk(talk, [makeNote(talk, 'n', 42, 'note', `top\n${h}\n${h}`)]));
    const lists = descendants(doc).filter((n) => n.type === 'list');
    expect(lists).toHaveLength(2);
    const points = children(lists[1] as Node);
    expect(points.map((p) => textOf(p))).toEqual([h.slice(2), h.slice(2)]);
    expect(descendants(doc).filter((n) => ['html_inline', 'html_block', 'heading', 'link'].includes(n.type)).map((n) => n.type)).toEqual(['heading', 'link', 'link']);
  });

  it.each(FLAT)('%j as a talk exported alone makes one heading and one list', (h) => {
    const talk = makeTalk({ title: h, videoId: 'HOSTILE0001' });
    const doc = parse(exportTalk(talk, [makeNote(talk, 'n', 42, 'note', `${h}\n${h}`)]));
    expect(headingTree(doc)).toEqual([[1, h.trim()]]);
    const list = children(doc).filter((b) => b.type === 'list');
    expect(list).toHaveLength(1);
    expect(textOf(list)).toBe(`0:42 ${h.trim()}\n${h.trim()}`);
  });
});
