/**
 * What the library's forms hold (plain strings, as typed) and how they become records. Empty
 * fields are left out rather than stored as '', so an export never shows an empty part.
 */
import type { ConferenceId } from '@/utils/model/ids';
import type { Conference, ConferenceDay, Lang, Speaker, Talk, TalkLink } from '@/utils/model/types';
import type { ConferenceInput } from '@/utils/model/edits';
import type { TalkPatch } from '@/utils/model/edits';

export interface DayDraft {
  date: string;
  theme: string;
  intro: string;
}

export interface ConferenceDraft {
  name: string;
  tagline: string;
  startDate: string;
  endDate: string;
  venue: string;
  intro: string;
  closing: string;
  lang: Lang;
  /** Day 1, 2, 3… in this order. */
  days: DayDraft[];
}

export function conferenceDraft(c: Conference | null): ConferenceDraft {
  const days = [...(c?.days ?? [])].sort((a, b) => a.number - b.number);
  return {
    name: c?.name ?? '',
    tagline: c?.tagline ?? '',
    startDate: c?.startDate ?? '',
    endDate: c?.endDate ?? '',
    venue: c?.venue ?? '',
    intro: c?.intro ?? '',
    closing: c?.closing ?? '',
    lang: c?.lang ?? 'en',
    // Days are numbered by their place; a conference stored with gaps keeps its numbers' order.
    days: days.map((d) => ({ date: d.date ?? '', theme: d.theme ?? '', intro: d.intro ?? '' })),
  };
}

/** The conference to save, or the reason it cannot be saved. */
export function conferenceInput(draft: ConferenceDraft, id: ConferenceId): ConferenceInput | { error: string } {
  const name = draft.name.trim();
  if (name === '') return { error: 'A conference needs a name.' };
  if (draft.startDate && draft.endDate && draft.endDate < draft.startDate) return { error: 'The end date is before the start date.' };
  const days = draft.days.map((d, i): ConferenceDay => ({ number: i + 1, ...given({ date: d.date, theme: d.theme, intro: d.intro }) }));
  return {
    id,
    name,
    ...given({
      tagline: draft.tagline,
      startDate: draft.startDate,
      endDate: draft.endDate,
      venue: draft.venue,
      intro: draft.intro,
      closing: draft.closing,
    }),
    lang: draft.lang,
    days,
  };
}

/** The date a new day most likely has: the day after the last one, or the start date for day 1. */
export function nextDayDate(draft: ConferenceDraft): string {
  const last = draft.days.at(-1);
  if (!last) return draft.startDate;
  if (!last.date) return '';
  const d = new Date(`${last.date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface SpeakerDraft {
  name: string;
  role: string;
  org: string;
  /** As typed: `@anne_e_currie, @microscaling`. */
  handles: string;
}

export interface TalkDraft {
  title: string;
  speakers: SpeakerDraft[];
  links: TalkLink[];
  summary: string;
  thoughts: string;
  verdict: string;
}

export function talkDraft(t: Talk): TalkDraft {
  return {
    title: t.title,
    speakers: t.speakers.map((s) => ({ name: s.name, role: s.role ?? '', org: s.org ?? '', handles: (s.handles ?? []).join(', ') })),
    links: t.links.map((l) => ({ ...l })),
    summary: t.summary ?? '',
    thoughts: t.thoughts ?? '',
    verdict: t.verdict ?? '',
  };
}

/** The edit to send, or the reason it cannot be saved. Speakers without a name and links without an address are dropped. */
export function talkPatch(draft: TalkDraft): TalkPatch | { error: string } {
  const title = draft.title.trim();
  if (title === '') return { error: 'A talk needs a title.' };
  const speakers = draft.speakers
    .filter((s) => s.name.trim() !== '')
    .map((s): Speaker => {
      const handles = s.handles.split(/[\s,]+/).filter((h) => h !== '');
      return { name: s.name.trim(), ...given({ role: s.role, org: s.org }), ...(handles.length > 0 ? { handles } : {}) };
    });
  const links = draft.links
    .filter((l) => l.url.trim() !== '')
    .map((l) => ({ label: l.label.trim() || l.url.trim(), url: l.url.trim() }));
  return { title, speakers, links, summary: draft.summary.trim(), thoughts: draft.thoughts.trim(), verdict: draft.verdict.trim() };
}

/** The fields that hold more than spaces, trimmed. */
function given<K extends string>(fields: Record<K, string>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [k, v] of Object.entries(fields) as [K, string][]) if (v.trim() !== '') out[k] = v.trim();
  return out;
}
