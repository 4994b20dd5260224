import type { TalkId } from '@/utils/model/ids';
import type { Conference, Lang, Note, Talk } from '@/utils/model/types';
import { frontMatter } from '@/utils/formats/front-matter';
import { dayHeadingText, formatDateRange, labelsFor } from '@/utils/formats/labels';
import { heading, paragraphs } from '@/utils/formats/markdown-blocks';
import { escapeField, escapeLine, singleLine } from '@/utils/formats/markdown-escape';
import { footnotes as newFootnotes } from '@/utils/formats/markdown-footnotes';
import type { SlideNamer } from '@/utils/formats/markdown-slide';
import { renderTalkSection, withDefinitions } from '@/utils/formats/markdown-talk';

export interface ConferenceExportOptions {
  frontMatter?: boolean;
  /** Export only this day: the conference's heading, tagline and dates, then that day's section. */
  day?: number;
  /** Names the slides' images, for a bundle that holds them: slide notes then link their picture. */
  slides?: SlideNamer;
}

/**
 * A conference write-up in its own language (`conf.lang`): `#` name, tagline, dates and venue,
 * intro, then `##` per day with its talks as `###`, talks of no day under their own `##`
 * after the days, then the closing. When no talk has a day, talks are `##` directly.
 * The caller chooses which talks belong; deleted talks and notes are never written.
 * A one-day export leaves out the intro and closing, which speak of the whole conference.
 */
export function exportConference(
  conf: Conference,
  talks: readonly Talk[],
  notesByTalk: ReadonlyMap<TalkId, readonly Note[]>,
  opts: ConferenceExportOptions = {},
): string {
  const lang = conf.lang;
  const l = labelsFor(lang);
  const live = talks.filter((t) => t.deletedAt === undefined).sort(byOrder);
  const footnotes = newFootnotes();
  const section = (talk: Talk, level: number) => renderTalkSection(talk, notesByTalk.get(talk.id) ?? [], level, lang, footnotes, opts.slides);
  const daySection = (day: number) => [
    heading(2, dayHeadingText(day, dayOf(conf, day)?.date, dayOf(conf, day)?.theme, lang)),
    ...paragraphs(footnotes.take(dayOf(conf, day)?.intro ?? '')).map(footnotes.place),
    ...live.filter((t) => dayNumber(t) === day).map((t) => section(t, 3)),
  ];

  const blocks: string[] = [heading(1, conferenceName(conf, lang)), ...header(conf, lang)];
  if (opts.day !== undefined) {
    if (live.some((t) => dayNumber(t) === opts.day)) blocks.push(...daySection(opts.day));
  } else {
    blocks.push(...paragraphs(conf.intro ?? ''));
    const days = [...new Set(live.map(dayNumber).filter((d): d is number => d !== undefined))].sort((a, b) => a - b);
    const dayless = live.filter((t) => dayNumber(t) === undefined);
    if (days.length === 0) {
      blocks.push(...dayless.map((t) => section(t, 2)));
    } else {
      for (const day of days) blocks.push(...daySection(day));
      if (dayless.length > 0) blocks.push(heading(2, l.otherTalks), ...dayless.map((t) => section(t, 3)));
    }
    blocks.push(...paragraphs(conf.closing ?? ''));
  }

  const head = opts.frontMatter ? frontMatter(frontMatterFields(conf, opts.day)) : '';
  return `${head}${withDefinitions(blocks.join('\n\n'), footnotes)}\n`;
}

export function conferenceName(conf: Conference, lang: Lang): string {
  return singleLine(conf.name) || labelsFor(lang).untitledConference;
}

/** Tagline in emphasis, then `31 August – 2 September 2016 · Pakhuis West`; each only when known. */
function header(conf: Conference, lang: Lang): string[] {
  const blocks: string[] = [];
  const tagline = escapeField(conf.tagline ?? '');
  if (tagline !== '') blocks.push(`*${tagline}*`);
  const when = formatDateRange(conf.startDate, conf.endDate, lang);
  const where = singleLine(conf.venue ?? '');
  const line = [when, where].filter((p) => p !== undefined && p !== '').join(' · ');
  // Escaped as a whole: a Danish date opens with "31. " and would start an ordered list.
  if (line !== '') blocks.push(escapeLine(line, true));
  return blocks;
}

function frontMatterFields(conf: Conference, day: number | undefined) {
  const name = conferenceName(conf, conf.lang);
  if (day === undefined) return { title: name, date: conf.startDate };
  return {
    title: `${name} – ${labelsFor(conf.lang).day} ${day}`,
    date: dayOf(conf, day)?.date ?? conf.startDate,
  };
}

function dayOf(conf: Conference, day: number) {
  return conf.days.find((d) => d.number === day);
}

/** A talk's day, when it is a usable day number. */
function dayNumber(talk: Talk): number | undefined {
  return talk.day !== undefined && Number.isInteger(talk.day) && talk.day >= 1 ? talk.day : undefined;
}

/** Programme order, talks without one after those with one; then title and id, compared by code unit so no locale decides. */
function byOrder(a: Talk, b: Talk): number {
  const oa = orderOf(a);
  const ob = orderOf(b);
  if (oa !== ob) return oa < ob ? -1 : 1;
  const ta = singleLine(a.title);
  const tb = singleLine(b.title);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function orderOf(talk: Talk): number {
  return talk.order !== undefined && Number.isFinite(talk.order) ? talk.order : Number.POSITIVE_INFINITY;
}
