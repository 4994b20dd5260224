import { clipsToChapters, subEventsToChapters } from '@/utils/sites/metadata/chapters';
import type { Clip, EventInfo, VideoInfo } from '@/utils/sites/metadata/metadata';
import { guessSpeakers } from '@/utils/sites/metadata/speakers';
import type { Chapter } from '@/utils/model/talk-ref';

/** How far a talk's scheduled start may lie from its clip's and still be the same talk (streams run late). */
const SAME_START = 120;

/**
 * The talks of a day's recording. A page may describe them twice: as the recording's named
 * parts (`hasPart` Clips, exact in the stream) and as the day's programme (`subEvent`s, with
 * their performers). Both views are matched, by the clip the talk names (`recordedIn`), by
 * title, else by start time, and each talk takes its clip's place and its programme entry's
 * title and speakers. With both views, a clip the programme does not list ("Stream starting
 * soon", a break) is no talk; with clips alone every clip stays a part.
 */
export function streamTalks(video: VideoInfo | null | undefined, day: EventInfo | null | undefined): Chapter[] {
  const clips = video?.clips ?? [];
  const programme = (day?.talks ?? []).filter((t) => t.title);
  if (clips.length === 0) return day ? subEventsToChapters(day) : [];
  if (programme.length === 0) return clipsToChapters(clips);

  const offset = (t: EventInfo) =>
    day?.startsAt !== undefined && t.startsAt !== undefined ? (t.startsAt - day.startsAt) / 1000 : undefined;
  const matched = new Map<Clip, EventInfo>();
  const free = (t: EventInfo) => ![...matched.values()].includes(t);
  for (const clip of clips) {
    const talk = programme.find((t) => free(t) && (namesClip(t, clip) || sameTitle(t, clip)));
    if (talk) matched.set(clip, talk);
  }
  // By start: the clip starting nearest to the talk's scheduled start, if no other talk has it.
  for (const talk of programme.filter(free)) {
    const at = offset(talk);
    if (at === undefined) continue;
    const nearest = [...clips].sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0]!;
    if (!matched.has(nearest) && Math.abs(nearest.at - at) <= SAME_START) matched.set(nearest, talk);
  }

  const talks: Chapter[] = clips.flatMap((clip) => {
    const talk = matched.get(clip);
    if (!talk) return [];
    const speakers = talk.speakers.length > 0 ? talk.speakers : guessSpeakers(clip.title).speakers;
    return [{ at: clip.at, ...(clip.end !== undefined ? { end: clip.end } : {}), title: talk.title!, speakers }];
  });
  // Talks no clip shows are placed by their start, where the day gives one and no clip is there.
  for (const talk of programme.filter(free)) {
    const at = offset(talk);
    if (at === undefined || at < 0 || at >= 86_400 || talks.some((c) => Math.abs(c.at - at) <= SAME_START)) continue;
    talks.push({ at, title: talk.title!, speakers: talk.speakers });
  }
  return talks.sort((a, b) => a.at - b.at);
}

function namesClip(talk: EventInfo, clip: Clip): boolean {
  return clip.id !== undefined && talk.recording?.id === clip.id;
}

/** "Async without tears" is the clip "Async without tears – Ferris Crab" or "ASYNC WITHOUT TEARS!". */
function sameTitle(talk: EventInfo, clip: Clip): boolean {
  const name = fold(talk.title!);
  return name !== '' && (fold(clip.title) === name || fold(guessSpeakers(clip.title).title) === name);
}

function fold(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
