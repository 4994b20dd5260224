import { talkIdOf } from '@/utils/model/ids';
import type { Talk, TalkMeta } from '@/utils/model/types';

/** The talk record for `meta`, created when the first note or edit needs it. */
export function talkFromMeta(meta: TalkMeta, now: number): Talk {
  return {
    id: talkIdOf(meta.platform, meta.videoId),
    platform: meta.platform,
    videoId: meta.videoId,
    url: meta.url,
    title: meta.title,
    ...(meta.channel ? { channel: meta.channel } : {}),
    ...(meta.duration ? { duration: meta.duration } : {}),
    speakers: meta.speakers,
    links: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * What the page says fills only what the user has not given: a title or speakers edited in
 * the sidebar are never overwritten by a later visit. Returns null when nothing changes.
 */
export function fillFromPage(talk: Talk, meta: TalkMeta, now: number): Talk | null {
  const next: Talk = { ...talk };
  if (!talk.title && meta.title) next.title = meta.title;
  if (!talk.channel && meta.channel) next.channel = meta.channel;
  if (!talk.duration && meta.duration) next.duration = meta.duration;
  if (talk.speakers.length === 0 && meta.speakers.length > 0) next.speakers = meta.speakers;
  const changed =
    next.title !== talk.title ||
    next.channel !== talk.channel ||
    next.duration !== talk.duration ||
    next.speakers !== talk.speakers;
  return changed ? { ...next, updatedAt: now } : null;
}
