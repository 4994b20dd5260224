import type { ProgrammeEntry } from '@/utils/model/programme';
import type { ProgrammeIndex } from '@/utils/formats/schedule/match-index';
import { urlKey, wordSet } from '@/utils/formats/schedule/match-text';

export { indexProgramme, type MatchOptions, type ProgrammeIndex } from '@/utils/formats/schedule/match-index';

/** An opened recording, as the page tells it. */
export interface RecordingQuery {
  /** `youtube`, `mediaccc`, `vimeo`… */
  platform: string;
  /** The platform's id for it: a YouTube id, the media.ccc.de slug. */
  videoId: string | null;
  /** The page it plays on: a recording's own page, or the schedule's event page that embeds it. */
  url: string | null;
  title: string;
  channel: string | null;
  speakers: readonly string[];
}

export interface ProgrammeMatch {
  entry: ProgrammeEntry;
  /** 0–1; 1 for an exact slug, guid, recording link or event page. */
  score: number;
  by: 'slug' | 'guid' | 'recording' | 'page' | 'title';
}

export interface MatchResult {
  /** Up to three, best first. */
  best: ProgrammeMatch[];
  /** The best one, when it is sure enough to be taken without asking. */
  confident: ProgrammeMatch | null;
}

/** A score at which the best entry is taken for the recording… */
export const CONFIDENT_SCORE = 0.75;
/** …provided the second best is at least this far behind. */
export const CONFIDENT_MARGIN = 0.1;
/** Below this score an entry is not worth asking the person about (it shares a common word or two). */
export const ASK_SCORE = 0.2;
/** Of the score, the share the title earns; the rest is for the entry's speakers named around it. */
const TITLE_SHARE = 0.8;

export function matchRecording(index: ProgrammeIndex, query: RecordingQuery): MatchResult {
  const exact = exactMatch(index, query);
  if (exact) return { best: [exact], confident: exact };
  const best = byTitle(index, query);
  const [first, second] = best;
  const sure = first !== undefined && first.score >= CONFIDENT_SCORE && (second === undefined || first.score - second.score >= CONFIDENT_MARGIN);
  return { best, confident: sure ? first : null };
}

function exactMatch(index: ProgrammeIndex, query: RecordingQuery): ProgrammeMatch | null {
  const id = query.videoId?.toLowerCase() ?? null;
  if (id !== null) {
    const bySlug = query.platform === 'mediaccc' ? index.bySlug.get(id) : undefined;
    if (bySlug) return { entry: bySlug, score: 1, by: 'slug' };
    const byGuid = index.byGuid.get(id);
    if (byGuid) return { entry: byGuid, score: 1, by: 'guid' };
  }
  const keys = [query.videoId !== null ? `${query.platform}:${query.videoId}` : null, query.url !== null ? index.recordingKey(query.url) : null];
  for (const key of keys) {
    const entry = key !== null ? index.byRecording.get(key) : undefined;
    if (entry) return { entry, score: 1, by: 'recording' };
  }
  const page = query.url !== null ? index.byPage.get(urlKey(query.url) ?? '') : undefined;
  return page ? { entry: page, score: 1, by: 'page' } : null;
}

/**
 * How well each entry explains the recording's title: a weighted Dice overlap of their words
 * (of the title alone, or with the subtitle, whichever is better), where a word of the
 * recording's title that is the entry's speaker, the conference or upload noise does not count
 * against it. Sums run over the postings of the title's words only, into arrays kept with the
 * index (a match allocates next to nothing), so an entry that shares no word costs nothing; the
 * speakers are checked only for entries that could still reach the top three.
 */
function byTitle(index: ProgrammeIndex, query: RecordingQuery): ProgrammeMatch[] {
  const q = wordSet(query.title);
  const { sharedTitle, sharedFull, commonTitle, commonFull, spoken } = index.scratch;
  const touched: number[] = [];
  const touchedBySpeaker: number[] = [];
  let queryWeight = 0;
  for (const w of q) {
    const weight = index.weight.get(w) ?? index.unknownWeight;
    const common = index.common.has(w);
    if (!common) queryWeight += weight;
    for (const i of index.titled.get(w) ?? []) {
      sharedTitle[i]! += weight;
      if (common) commonTitle[i]! += weight;
    }
    for (const i of index.subtitled.get(w) ?? []) {
      if (sharedFull[i] === 0) touched.push(i);
      sharedFull[i]! += weight;
      if (common) commonFull[i]! += weight;
    }
    if (common) continue;
    for (const i of index.spoken.get(w) ?? []) {
      spoken[i]! += weight;
      touchedBySpeaker.push(i);
    }
  }
  const around = new Set([...q, ...wordSet(query.channel ?? ''), ...query.speakers.flatMap(wordSet)]);
  const best: ProgrammeMatch[] = [];
  for (const i of touched) {
    const title = (2 * sharedTitle[i]!) / (index.titleWeight[i]! + queryWeight + commonTitle[i]! - spoken[i]!);
    const full = (2 * sharedFull[i]!) / (index.subtitledWeight[i]! + queryWeight + commonFull[i]! - spoken[i]!);
    const titleScore = Math.min(1, Math.max(title || 0, full || 0));
    const speakers = index.speakers[i]!;
    const bound = speakers.length === 0 ? titleScore : TITLE_SHARE * titleScore + (1 - TITLE_SHARE);
    if (best.length === 3 && bound <= best[2]!.score) continue;
    const named = speakers.filter((name) => name.every((w) => around.has(w))).length;
    const score = speakers.length === 0 ? titleScore : TITLE_SHARE * titleScore + (1 - TITLE_SHARE) * (named / speakers.length);
    if (best.length === 3 && score <= best[2]!.score) continue;
    best.push({ entry: index.entries[i]!, score, by: 'title' });
    best.sort((a, b) => b.score - a.score || a.entry.start.localeCompare(b.entry.start));
    if (best.length > 3) best.pop();
  }
  for (const i of touched) sharedTitle[i] = sharedFull[i] = commonTitle[i] = commonFull[i] = 0;
  for (const i of touchedBySpeaker) spoken[i] = 0;
  return best;
}
