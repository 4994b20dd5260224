import type { Lang, Note, Speaker, Talk, TalkLink } from '@/utils/model/types';
import { recordingLink } from '@/utils/formats/deep-link';
import { frontMatter } from '@/utils/formats/front-matter';
import { labelsFor, type Labels } from '@/utils/formats/labels';
import { footnotes as newFootnotes, type Footnotes } from '@/utils/formats/markdown-footnotes';
import { heading, paragraphs } from '@/utils/formats/markdown-blocks';
import { cleanText, escapeField, escapeLine, isWebUrl, markdownLink, singleLine } from '@/utils/formats/markdown-escape';
import { momentLinks, noteItem, sortedNotes } from '@/utils/formats/markdown-note';
import type { SlideNamer } from '@/utils/formats/markdown-slide';
import { formatMoment } from '@/utils/formats/time';

export interface TalkExportOptions {
  /** Language of the words the export writes itself; `en` when not given. */
  lang?: Lang;
  /** Open with YAML front matter (title, tags) for Obsidian and static site generators. */
  frontMatter?: boolean;
  /** Names the slides' images, for a bundle that holds them: slide notes then link their picture. */
  slides?: SlideNamer;
}

/** One talk alone, as a Markdown document: its title is the `#` heading. */
export function exportTalk(talk: Talk, notes: readonly Note[], opts: TalkExportOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const head = opts.frontMatter ? frontMatter({ title: talkTitle(talk, lang) }) : '';
  const footnotes = newFootnotes();
  const body = renderTalkSection(talk, notes, 1, lang, footnotes, opts.slides);
  return `${head}${withDefinitions(body, footnotes)}\n`;
}

/** A document's blocks followed by its footnotes' definitions, when it has any. */
export function withDefinitions(body: string, footnotes: Footnotes): string {
  return [body, ...footnotes.definitions()].join('\n\n');
}

/**
 * A talk as a section whose heading is at `level`: title, speakers, recording, summary, notes
 * in recording order, the writer's thoughts, the verdict, links. Parts without data are left
 * out. The result has no trailing newline; blocks are separated by one blank line. Asides
 * (`^[…]`) in notes and prose go to `footnotes`, whose definitions the document writes at its
 * end; without it they stay text.
 */
export function renderTalkSection(talk: Talk, notes: readonly Note[], level: number, lang: Lang, footnotes?: Footnotes, slides?: SlideNamer): string {
  const l = labelsFor(lang);
  const live = sortedNotes(notes);
  const listed = live.filter((n) => n.kind !== 'thought');
  const thoughts = live.filter((n) => n.kind === 'thought' && cleanText(n.text).trim() !== '');
  const links = momentLinks(talk);
  const prose = (text: string | undefined, lead?: string) => footnotedParagraphs(text, lead, footnotes);
  const blocks = [
    heading(level, talkTitle(talk, lang)),
    speakerLine(talk.speakers, l),
    recordingLine(talk, l),
    ...prose(talk.summary),
    listed.length > 0 ? listed.map((n) => noteItem(talk, n, lang, links, footnotes, slides)).join('\n') : undefined,
    ...thoughtBlocks(prose(talk.thoughts, l.myThoughts), thoughts, l.myThoughts, (n) => noteItem(talk, n, lang, links, footnotes, slides)),
    ...prose(talk.verdict),
    linksBlock(talk.links, l),
  ];
  return blocks.filter((b): b is string => b !== undefined).join('\n\n');
}

/** The writer's prose as paragraphs, its asides taken into `footnotes` when given. */
function footnotedParagraphs(text: string | undefined, lead: string | undefined, footnotes: Footnotes | undefined): string[] {
  if (footnotes === undefined) return paragraphs(text ?? '', lead);
  return paragraphs(footnotes.take(text ?? ''), lead).map(footnotes.place);
}

export function talkTitle(talk: Talk, lang: Lang): string {
  return singleLine(talk.title) || labelsFor(lang).untitledTalk;
}

/** `Anne Currie, Co-founder at MicroScaling Systems, @anne_e_currie` (before escaping). */
export function speakerText(speaker: Speaker, l: Labels): string {
  const name = singleLine(speaker.name);
  if (name === '') return '';
  const role = singleLine(speaker.role ?? '');
  const org = singleLine(speaker.org ?? '');
  const work = role && org ? `${role} ${l.at} ${org}` : role || org;
  const handles = (speaker.handles ?? []).map(singleLine).filter((h) => h !== '');
  return [name, work, ...handles].filter((p) => p !== '').join(', ');
}

/** `by A, B and C` (`af A, B og C`); undefined when no speaker has a name. */
export function speakerLine(speakers: readonly Speaker[], l: Labels): string | undefined {
  const each = speakers.map((s) => speakerText(s, l)).filter((s) => s !== '');
  if (each.length === 0) return undefined;
  const last = each.pop();
  const joined = each.length > 0 ? `${each.join(', ')} ${l.and} ${last}` : `${last}`;
  return escapeLine(`${l.by} ${joined}`, true);
}

/** `[Recording](url) · 41:07`, the length only when known; undefined without a web address. */
function recordingLine(talk: Talk, l: Labels): string | undefined {
  const url = recordingLink(talk);
  if (!isWebUrl(url)) return undefined;
  const link = markdownLink(l.recording, url);
  const known = talk.duration !== undefined && Number.isFinite(talk.duration) && talk.duration > 0;
  return known ? `${link} · ${formatMoment(talk.duration ?? 0)}` : link;
}

/**
 * `My thoughts: <reflection>` then the timestamped thoughts as a list. The label is written
 * once: it opens the reflection, or stands alone above the list when there is none.
 */
function thoughtBlocks(reflection: string[], thoughts: readonly Note[], label: string, item: (note: Note) => string): string[] {
  if (thoughts.length === 0) return reflection;
  const blocks = reflection.length > 0 ? reflection : [label];
  const list = thoughts.map(item).join('\n');
  // A bullet list may interrupt a paragraph: the list sits right under its label, as in the format's example.
  blocks[blocks.length - 1] += `\n${list}`;
  return blocks;
}

/** `Links:` and one item per link; a link whose address is not a web address keeps its label as plain text. */
function linksBlock(links: readonly TalkLink[], l: Labels): string | undefined {
  const items = links.map(linkItem).filter((i): i is string => i !== undefined);
  return items.length > 0 ? `${l.links}\n${items.join('\n')}` : undefined;
}

function linkItem(link: TalkLink): string | undefined {
  const label = singleLine(link.label);
  const url = link.url.trim();
  if (isWebUrl(url)) return `- ${markdownLink(label || url, url)}`;
  return label === '' ? undefined : `- ${escapeField(label, true)}`;
}
