import { talkIdOf, type TalkId } from '@/utils/model/ids';
import { partVideoId, splitPart } from '@/utils/model/part-id';
import type { SiteAdapter, TalkClock } from '@/utils/sites/types';
import type { Chapter, MetaPatch, TalkRef } from '@/utils/model/talk-ref';

/** Talk starts the user marked by hand, in seconds of each recording (kept with the notes in the extension's database; see content/talk-marks.ts). */
export interface HandMarks {
  get(recording: TalkId): readonly number[];
  add(recording: TalkId, at: number): void;
  /** Calls `listener` when marks change (here or in another tab). */
  subscribe(listener: () => void, signal: AbortSignal): void;
}

const NO_MARKS: HandMarks = { get: () => [], add: () => {}, subscribe: () => {} };

/**
 * The talks of a recording that holds several (a conference day's stream): chapters that name
 * speakers (at least two of them, so one talk's own chapters stay one talk), named parts the
 * page lists, and the starts the user marked by hand. Empty for a recording of one talk.
 */
export function talksIn(chapters: readonly Chapter[] | undefined, marks: readonly number[]): Chapter[] {
  const named = (chapters ?? []).filter((c) => c.speakers.length > 0).length >= 2 ? [...(chapters ?? [])] : [];
  for (const at of marks) {
    if (!named.some((c) => Math.floor(c.at) === Math.floor(at))) named.push({ at: Math.floor(at), title: '', speakers: [] });
  }
  return named.sort((a, b) => a.at - b.at);
}

/** The talk playing at `t`: the last one started by then, unless the page says it has ended; -1 before the first. */
export function talkAt(talks: readonly Chapter[], t: number): number {
  let found = -1;
  talks.forEach((c, i) => {
    if (c.at <= t) found = i;
  });
  const end = talks[found]?.end;
  return end !== undefined && t >= end ? -1 : found;
}

export function partRef(recording: TalkRef, start: number): TalkRef {
  const videoId = partVideoId(recording.videoId, start);
  return { platform: recording.platform, videoId, talkId: talkIdOf(recording.platform, videoId), url: recording.url };
}

/**
 * How long the player's ticks use the talks last read before reading the page again: a talk's
 * change at a boundary is seen at the next tick all the same, a description that arrives late
 * (or a chapters panel) within this time; the sidebar's identify reads afresh each time.
 */
export const TALKS_KEPT_MS = 2000;

/**
 * `base`, with each talk of a multi-talk recording as a talk of its own: the sidebar follows the
 * talk at the current moment, and notes are filed under it. Moments and links stay the
 * recording's own, so every note links into the stream.
 */
export function withParts(base: SiteAdapter, marks: HandMarks = NO_MARKS, wallClock: () => number = () => performance.now()): SiteAdapter {
  let video: HTMLVideoElement | null = null;
  let clock: TalkClock | null = null;
  let scope: AbortController | null = null;

  function now(doc: Document): number | null {
    const found = base.findVideo(doc);
    if (found !== video) {
      scope?.abort();
      video = found;
      scope = found ? new AbortController() : null;
      clock = found && scope ? base.clock(found, doc, scope.signal) : null;
    }
    return clock?.now() ?? null;
  }

  function talks(recording: TalkRef, url: URL, doc: Document): Chapter[] {
    return talksIn(base.readContext?.(recording, url, doc).chapters, marks.get(recording.talkId));
  }

  function current(url: URL, doc: Document): { recording: TalkRef; talks: Chapter[]; index: number } | null {
    const recording = base.identify(url, doc);
    if (!recording) return null;
    const list = talks(recording, url, doc);
    return { recording, talks: list, index: list.length > 0 ? talkAt(list, now(doc) ?? 0) : -1 };
  }

  return {
    ...base,
    identify(url, doc) {
      const found = current(url, doc);
      if (!found) return null;
      const talk = found.talks[found.index];
      return talk ? partRef(found.recording, talk.at) : found.recording;
    },
    readMeta(ref, url, doc) {
      const part = splitPart(ref.videoId);
      const recording = base.identify(url, doc);
      if (!part || !recording) return base.readMeta(ref, url, doc);
      const whole = base.readMeta(recording, url, doc);
      const list = talks(recording, url, doc);
      const i = list.findIndex((c) => Math.floor(c.at) === part.start);
      const talk = list[i];
      const patch: MetaPatch = {};
      if (whole.channel) patch.channel = whole.channel;
      if (!talk) return patch;
      if (talk.title) patch.title = talk.title;
      if (talk.speakers.length > 0) patch.speakers = talk.speakers;
      const end = talk.end ?? list[i + 1]?.at ?? whole.duration;
      if (end !== undefined && end > talk.at) patch.duration = end - talk.at;
      return patch;
    },
    markTalk(at, doc) {
      const recording = base.identify(new URL(doc.location.href), doc);
      if (recording) marks.add(recording.talkId, Math.floor(at));
    },
    observe(doc, onChange, signal) {
      base.observe(doc, onChange, signal);
      let last = '';
      // The talks of the recording as last read: reading them (the page's description, parsed)
      // on each of the player's ticks was most of the sidebar's time on a playing video.
      let kept: { talkId: string; read: number; list: Chapter[] } | null = null;
      const check = () => {
        const url = new URL(doc.location.href);
        const recording = base.identify(url, doc);
        if (recording && (kept?.talkId !== recording.talkId || wallClock() - kept.read > TALKS_KEPT_MS)) kept = { talkId: recording.talkId, read: wallClock(), list: talks(recording, url, doc) };
        const list = kept?.list ?? [];
        const index = list.length > 0 ? talkAt(list, now(doc) ?? 0) : -1;
        const key = recording ? `${recording.talkId} ${list[index]?.at ?? ''}` : '';
        if (key !== last) {
          last = key;
          onChange();
        }
      };
      for (const type of ['timeupdate', 'seeked']) doc.addEventListener(type, check, { capture: true, signal });
      marks.subscribe(() => {
        kept = null;
        check();
      }, signal);
      signal.addEventListener('abort', () => scope?.abort(), { once: true });
    },
  };
}
