import type { Programme, ProgrammeEntry } from '../../model/programme';
import { urlKey, wordSet } from './match-text';

/** An opened recording, as the page tells it. */
export interface RecordingQuery {
  /** `youtube`, `mediaccc`, `vimeo`… */
  platform: string;
  /** The platform's id for it: a YouTube id, the media.ccc.de slug. */
  videoId: string | null;
  url: string | null;
  title: string;
  channel: string | null;
  speakers: string[];
}

export interface ProgrammeMatch {
  entry: ProgrammeEntry;
  /** 0–1; 1 for an exact slug, guid or recording link. */
  score: number;
  by: 'slug' | 'guid' | 'recording' | 'title';
}

export interface MatchResult {
  /** Up to three, best first. */
  best: ProgrammeMatch[];
  /** The best one, when it is sure enough to be taken without asking. */
  confident: ProgrammeMatch | null;
}

export interface MatchOptions {
  /**
   * The key of a recording link, the same for every address of one recording
   * (`youtube:<id>` for a watch page, a short link and an embed). The site adapters know these;
   * by default only media.ccc.de's `/v/<slug>` is known and other addresses compare as written.
   */
  recordingKey?: (url: string) => string | null;
}

/** A score at which the best entry is taken for the recording. */
export const CONFIDENT_SCORE = 0.75;
/** …provided the second best is at least this far behind. */
export const CONFIDENT_MARGIN = 0.1;
/** Words uploads add to a title that say nothing about which talk it is. */
const NOISE = ['talk', 'vortrag', 'keynote', 'recording', 'video', 'live', 'stream', 'hd', 'full', 'official', 'conference'];

interface Prepared {
  entry: ProgrammeEntry;
  title: string[];
  full: string[];
  speakers: string[][];
  speakerWords: Set<string>;
}

export interface ProgrammeIndex {
  entries: Prepared[];
  bySlug: Map<string, ProgrammeEntry>;
  byGuid: Map<string, ProgrammeEntry>;
  byRecording: Map<string, ProgrammeEntry>;
  /** word → the entries whose title or subtitle has it. */
  postings: Map<string, Prepared[]>;
  weight: Map<string, number>;
  /** Weight of a word no title has. */
  unknownWeight: number;
  /** The conference's name and acronym, and upload noise: not evidence for one talk. */
  common: Set<string>;
  recordingKey: (url: string) => string | null;
}

/** Prepared once a programme, so that matching one recording reads no entry twice. */
export function indexProgramme(programme: Programme, options: MatchOptions = {}): ProgrammeIndex {
  const recordingKey = options.recordingKey ?? urlKey;
  const index: ProgrammeIndex = {
    entries: [],
    bySlug: new Map(),
    byGuid: new Map(),
    byRecording: new Map(),
    postings: new Map(),
    weight: new Map(),
    unknownWeight: 0,
    common: new Set([...wordSet(programme.conference.title), ...wordSet(programme.conference.acronym ?? ''), ...NOISE]),
    recordingKey,
  };
  for (const entry of programme.entries) {
    if (entry.slug !== null) index.bySlug.set(entry.slug.toLowerCase(), entry);
    if (entry.guid !== null) index.byGuid.set(entry.guid.toLowerCase(), entry);
    for (const r of entry.recordings) {
      const key = recordingKey(r.url);
      if (key !== null) index.byRecording.set(key, entry);
    }
    const title = wordSet(entry.title);
    const full = wordSet(`${entry.title} ${entry.subtitle ?? ''}`);
    const speakers = entry.speakers.map((s) => wordSet(s.name)).filter((w) => w.length > 0);
    const prepared = { entry, title, full, speakers, speakerWords: new Set(speakers.flat()) };
    index.entries.push(prepared);
    for (const w of full) {
      const list = index.postings.get(w);
      if (list) list.push(prepared);
      else index.postings.set(w, [prepared]);
    }
  }
  const n = index.entries.length;
  for (const [w, list] of index.postings) index.weight.set(w, Math.log(1 + n / list.length));
  index.unknownWeight = Math.log(1 + n);
  return index;
}

export function matchRecording(index: ProgrammeIndex, query: RecordingQuery): MatchResult {
  const exact = exactMatch(index, query);
  if (exact) return { best: [exact], confident: exact };
  const q = wordSet(query.title);
  const around = new Set([...wordSet(query.channel ?? ''), ...query.speakers.flatMap(wordSet)]);
  const scored: ProgrammeMatch[] = [];
  for (const p of candidates(index, q)) {
    const score = scoreOf(index, p, q, around);
    if (score > 0) scored.push({ entry: p.entry, score, by: 'title' });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored.slice(0, 3);
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
  return null;
}

/** Entries that share a telling word with the title; a word in most titles ("the") opens none. */
function candidates(index: ProgrammeIndex, q: string[]): Set<Prepared> {
  const found = new Set<Prepared>();
  const limit = Math.max(50, index.entries.length / 4);
  for (const w of q) {
    const list = index.postings.get(w);
    if (list && list.length <= limit) for (const p of list) found.add(p);
  }
  return found;
}

/**
 * How well an entry explains the recording's title: a weighted Dice overlap of their words,
 * where a word of the title that is the entry's speaker, the conference or upload noise does
 * not count against it; then 0.8 of that and 0.2 for the entry's speakers named around it.
 */
function scoreOf(index: ProgrammeIndex, p: Prepared, q: string[], around: Set<string>): number {
  const titleScore = Math.max(dice(index, p.title, q, p), dice(index, p.full, q, p));
  if (p.speakers.length === 0) return titleScore;
  const named = p.speakers.filter((name) => name.every((w) => around.has(w) || q.includes(w))).length;
  return 0.8 * titleScore + 0.2 * (named / p.speakers.length);
}

function dice(index: ProgrammeIndex, t: string[], q: string[], p: Prepared): number {
  let shared = 0;
  let titleWeight = 0;
  for (const w of t) {
    const weight = index.weight.get(w)!;
    titleWeight += weight;
    if (q.includes(w)) shared += weight;
  }
  if (shared === 0) return 0;
  let queryWeight = 0;
  for (const w of q) {
    const inTitle = t.includes(w);
    if (!inTitle && (p.speakerWords.has(w) || index.common.has(w))) continue;
    queryWeight += index.weight.get(w) ?? index.unknownWeight;
  }
  return (2 * shared) / (titleWeight + queryWeight);
}
