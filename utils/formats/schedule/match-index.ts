import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import { urlKey, wordSet } from '@/utils/formats/schedule/match-text';

/** Words uploads add to a title that say nothing about which talk it is. */
const NOISE = ['talk', 'vortrag', 'keynote', 'recording', 'video', 'live', 'stream', 'hd', 'full', 'official', 'conference'];

/**
 * A programme prepared for matching: entries by slug, guid and recording link, and each entry's
 * words kept as numbers and postings, so that matching one title only adds up the entries that
 * share its words.
 */
export interface ProgrammeIndex {
  entries: ProgrammeEntry[];
  bySlug: Map<string, ProgrammeEntry>;
  byGuid: Map<string, ProgrammeEntry>;
  byRecording: Map<string, ProgrammeEntry>;
  /** The event's page in the schedule, for a recording embedded on it. */
  byPage: Map<string, ProgrammeEntry>;
  /** word → entries (by position) whose title has it; `subtitled`: title or subtitle. */
  titled: Map<string, number[]>;
  subtitled: Map<string, number[]>;
  /** word → entries whose speakers' names have it while their title and subtitle do not. */
  spoken: Map<string, number[]>;
  /** Each entry's speakers, as the words of each name. */
  speakers: string[][][];
  /** Summed weights of each entry's title words, and of its title and subtitle words. */
  titleWeight: Float64Array;
  subtitledWeight: Float64Array;
  /** A word's weight: rarer among the titles is more telling (inverse document frequency). */
  weight: Map<string, number>;
  /** Weight of a word no title has. */
  unknownWeight: number;
  /** The conference's name and acronym, and upload noise: not evidence for one talk. */
  common: Set<string>;
  recordingKey: (url: string) => string | null;
  /** Per-entry sums one match adds up and sets back to zero before it returns. */
  scratch: Record<'sharedTitle' | 'sharedFull' | 'commonTitle' | 'commonFull' | 'spoken', Float64Array>;
}

export interface MatchOptions {
  /**
   * The key of a recording link, the same for every address of one recording
   * (`youtube:<id>` for a watch page, a short link and an embed). The site adapters know these;
   * by default only media.ccc.de's `/v/<slug>` is known and other addresses compare as written.
   */
  recordingKey?: (url: string) => string | null;
}

/** Prepared once a programme (about 100 ms for 5,000 entries), then matched against many times. */
export function indexProgramme(programme: Programme, options: MatchOptions = {}): ProgrammeIndex {
  const recordingKey = options.recordingKey ?? urlKey;
  const n = programme.entries.length;
  const index: ProgrammeIndex = {
    entries: programme.entries,
    bySlug: new Map(),
    byGuid: new Map(),
    byRecording: new Map(),
    byPage: new Map(),
    titled: new Map(),
    subtitled: new Map(),
    spoken: new Map(),
    speakers: [],
    titleWeight: new Float64Array(n),
    subtitledWeight: new Float64Array(n),
    weight: new Map(),
    unknownWeight: Math.log(1 + n),
    common: new Set([...wordSet(programme.conference.title), ...wordSet(programme.conference.acronym ?? ''), ...NOISE]),
    recordingKey,
    scratch: {
      sharedTitle: new Float64Array(n),
      sharedFull: new Float64Array(n),
      commonTitle: new Float64Array(n),
      commonFull: new Float64Array(n),
      spoken: new Float64Array(n),
    },
  };
  const titles: string[][] = [];
  const fulls: string[][] = [];
  programme.entries.forEach((entry, i) => {
    if (entry.slug !== null) index.bySlug.set(entry.slug.toLowerCase(), entry);
    if (entry.guid !== null) index.byGuid.set(entry.guid.toLowerCase(), entry);
    const page = entry.url !== null ? urlKey(entry.url) : null;
    if (page !== null) index.byPage.set(page, entry);
    for (const r of entry.recordings) {
      const key = recordingKey(r.url);
      if (key !== null) index.byRecording.set(key, entry);
    }
    const title = wordSet(entry.title);
    const full = entry.subtitle === null ? title : [...new Set([...title, ...wordSet(entry.subtitle)])];
    const speakers = entry.speakers.map((s) => wordSet(s.name)).filter((w) => w.length > 0);
    titles.push(title);
    fulls.push(full);
    index.speakers.push(speakers);
    for (const w of title) post(index.titled, w, i);
    for (const w of full) post(index.subtitled, w, i);
    for (const w of new Set(speakers.flat())) if (!full.includes(w)) post(index.spoken, w, i);
  });
  for (const [w, list] of index.subtitled) index.weight.set(w, Math.log(1 + n / list.length));
  for (let i = 0; i < n; i++) {
    index.titleWeight[i] = sum(index, titles[i]!);
    index.subtitledWeight[i] = sum(index, fulls[i]!);
  }
  return index;
}

function post(postings: Map<string, number[]>, word: string, i: number): void {
  const list = postings.get(word);
  if (list) list.push(i);
  else postings.set(word, [i]);
}

function sum(index: ProgrammeIndex, words: string[]): number {
  let total = 0;
  for (const w of words) total += index.weight.get(w)!;
  return total;
}
