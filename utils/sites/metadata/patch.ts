import { clipsToChapters } from '@/utils/sites/metadata/chapters';
import type { VideoInfo } from '@/utils/sites/metadata/metadata';
import { guessSpeakers } from '@/utils/sites/metadata/speakers';
import type { MetaPatch, TalkContext } from '@/utils/model/talk-ref';

/** A title as pages show it ("Title – Speaker"): the talk's title, and its speakers when it names them. */
export function titlePatch(title: string | undefined): Pick<MetaPatch, 'title' | 'speakers'> {
  if (!title) return {};
  const guess = guessSpeakers(title);
  return guess.speakers.length > 0 ? { title: guess.title, speakers: guess.speakers } : { title: guess.title };
}

/** A player's duration worth keeping: NaN before metadata, Infinity for a live stream, 0 for an empty source are not. */
export function isKnownDuration(seconds: number | null | undefined): seconds is number {
  return seconds !== null && seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
}

/** What a page's JSON-LD VideoObject says of the talk's setting: its date and the parts it lists. */
export function videoObjectContext(info: VideoInfo | null): TalkContext {
  const context: TalkContext = {};
  if (info?.uploadDate) context.date = info.uploadDate;
  if (info && info.clips.length > 0) context.chapters = clipsToChapters(info.clips);
  return context;
}
