import type { Clip, EventInfo } from '@/utils/sites/metadata/metadata';
import { guessSpeakers } from '@/utils/sites/metadata/speakers';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import type { Chapter } from '@/utils/model/talk-ref';

// "0:00 Title", "00:00:00 - Title", "(1:02:03) Title", "• 12:30 – Title"; the time must open the line.
const LINE = /^\s*(?:[-•*▶►]\s*)?[([]?((?:\d{1,2}:)?\d{1,2}:\d{2})[)\]]?\s*(?:[-–—:|]\s*)?(\S.*)$/;
const MIN_CHAPTERS = 3;
const MIN_LENGTH = 10;
const MAX_CHAPTERS = 500;

/**
 * Chapters from a video description, by YouTube's own rules: lines starting with a time, the
 * first at 0:00, at least three, in order, each at least 10 s long (the last too, when the
 * duration is known). Like YouTube, a list that breaks a rule gives no chapters at all (null).
 * Each title is split into talk and speakers the way video titles are ("Talk – Speaker").
 */
export function parseChapters(description: string, duration?: number): Chapter[] | null {
  const marks = chapterMarks(description);
  return marks ? chaptersFrom(marks, duration) : null;
}

/** The description's lines that open with a time; null past the most a description may list. */
function chapterMarks(description: string): { at: number; text: string }[] | null {
  const marks: { at: number; text: string }[] = [];
  for (const line of description.slice(0, 100_000).split(/\r?\n/)) {
    const m = LINE.exec(line);
    const at = m ? clockSeconds(m[1]!) : null;
    if (m && at !== null) marks.push({ at, text: m[2]! });
    if (marks.length > MAX_CHAPTERS) return null;
  }
  return marks;
}

/**
 * Whether a description lists chapters by the rules of `parseChapters` as far as times go,
 * without reading titles or speakers: the page's loader asks it on every video.
 */
export function listsChapters(description: string): boolean {
  const marks = chapterMarks(description);
  if (!marks || marks.length < MIN_CHAPTERS || marks[0]!.at !== 0) return false;
  return marks.every((m, i) => i === 0 || m.at - marks[i - 1]!.at >= MIN_LENGTH);
}

/** Chapters from (time, title) pairs read elsewhere (YouTube's chapter panel), by the same rules. */
export function chaptersFrom(marks: { at: number; text: string }[], duration?: number): Chapter[] | null {
  if (marks.length < MIN_CHAPTERS || marks[0]!.at !== 0) return null;
  for (let i = 1; i < marks.length; i++) {
    if (marks[i]!.at - marks[i - 1]!.at < MIN_LENGTH) return null;
  }
  if (duration !== undefined && Number.isFinite(duration) && duration - marks[marks.length - 1]!.at < MIN_LENGTH) return null;
  const chapters: Chapter[] = [];
  for (const { at, text } of marks) {
    const guess = guessSpeakers(plainText(text, MAX.title));
    if (!guess.title) return null;
    chapters.push({ at, title: guess.title, speakers: guess.speakers });
  }
  return chapters;
}

/** Named parts a page lists itself (schema.org `Clip`s): taken as they are, with speakers split off the titles. */
export function clipsToChapters(clips: Clip[]): Chapter[] {
  return clips.flatMap(({ at, end, title }) => {
    const guess = guessSpeakers(title);
    return guess.title ? [{ at, ...(end !== undefined ? { end } : {}), title: guess.title, speakers: guess.speakers }] : [];
  });
}

/** `1:02:03` or `2:03` as seconds; null when a field is out of range. */
export function clockSeconds(text: string): number | null {
  const parts = text.split(':').map(Number);
  if (parts.some((n) => !Number.isInteger(n))) return null;
  const [s, m, h = 0] = parts.reverse() as [number, number, number?];
  if (s > 59 || (parts.length === 3 && m > 59)) return null;
  return h * 3600 + m * 60 + s;
}

/**
 * The talks of a day recorded whole (schema.org Event with `subEvent`s, the recording starting
 * when the day does): each talk at its start's offset into the stream, with its performers.
 * Talks without a time of day, or outside the day's first 24 hours, are left out.
 */
export function subEventsToChapters(day: EventInfo): Chapter[] {
  if (day.startsAt === undefined) return [];
  const start = day.startsAt;
  return day.talks
    .flatMap((t) => {
      const at = t.startsAt === undefined ? -1 : (t.startsAt - start) / 1000;
      return t.title && at >= 0 && at < 86_400 ? [{ at, title: t.title, speakers: t.speakers }] : [];
    })
    .sort((a, b) => a.at - b.at);
}
