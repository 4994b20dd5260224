import { byStart } from '@/utils/formats/schedule/entries';
import { ASK_SCORE, indexProgramme, matchRecording, type ProgrammeIndex } from '@/utils/formats/schedule/match';
import { searchEntries } from '@/utils/formats/schedule/entry-search';
import type { ConferenceId } from '@/utils/model/ids';
import type { EntryPlace } from '@/utils/model/programme-filing';
import { entryKey } from '@/utils/model/programme-records';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import type { TalkMeta } from '@/utils/model/types';
import { readAllProgrammes, readProgramme } from '@/utils/store/programmes';
import type { Db } from '@/utils/store/schema';

/** An entry a recording may be: where it files a talk, and how sure the match is (1: by slug, guid or link). */
export interface Filing extends EntryPlace {
  score: number;
}

/** The best entries across every programme worth asking about (up to three, best first), and the one sure enough to file without asking. */
export interface Candidates {
  best: Filing[];
  confident: Filing | null;
}

interface Prepared {
  conferenceId: ConferenceId;
  /** The conference's title as the schedule gives it, for telling the person where an entry is. */
  title: string;
  index: ProgrammeIndex;
  /** Each entry's position in its day. */
  positions: Map<ProgrammeEntry, number>;
}

/**
 * Every stored programme, indexed once for matching (≈100 ms for 5,000 entries) and kept until
 * an import changes them; matching a recording then takes well under a millisecond.
 */
export function createProgrammeMatcher(db: () => Promise<Db>) {
  let prepared: Promise<Map<ConferenceId, Prepared>> | undefined;
  /** Conferences whose programme an import changed since they were indexed: only they are read again. */
  const stale = new Set<ConferenceId>();
  let byKey: Map<string, { p: Prepared; entry: ProgrammeEntry }> | undefined;

  function prepareOne(conferenceId: ConferenceId, title: string, entries: readonly ProgrammeEntry[], header: Omit<Programme, 'entries'>): Prepared {
    // Stored by key: the day's places come from schedule order.
    const live = entries.filter((e) => !e.cancelled).sort(byStart);
    const index = indexProgramme({ ...header, entries: live });
    const positions = new Map<ProgrammeEntry, number>();
    const perDay = new Map<number | null, number>();
    for (const e of index.entries) {
      const at = perDay.get(e.dayIndex) ?? 0;
      positions.set(e, at);
      perDay.set(e.dayIndex, at + 1);
    }
    return { conferenceId, title, index, positions };
  }

  async function prepare(): Promise<Map<ConferenceId, Prepared>> {
    const all = await readAllProgrammes(await db());
    stale.clear();
    return new Map(all.map(({ programme, entries }) => [programme.conferenceId, prepareOne(programme.conferenceId, programme.conference.title, entries, programme)]));
  }

  async function refresh(map: Map<ConferenceId, Prepared>): Promise<Map<ConferenceId, Prepared>> {
    const store = await db();
    for (const conferenceId of stale) {
      stale.delete(conferenceId);
      const { programme, entries } = await readProgramme(store, conferenceId);
      if (programme === null) map.delete(conferenceId);
      else map.set(conferenceId, prepareOne(conferenceId, programme.conference.title, entries, programme));
    }
    return map;
  }

  async function programmes(): Promise<Prepared[]> {
    const started = (prepared ??= prepare());
    const ready = stale.size > 0 ? (prepared = started.then(refresh)) : started;
    try {
      return [...(await ready).values()];
    } catch (error) {
      prepared = undefined;
      throw error;
    }
  }

  const placeOf = (p: Prepared, entry: ProgrammeEntry, score: number): Filing => ({
    key: entryKey(p.conferenceId, entry), conferenceId: p.conferenceId, entry, order: p.positions.get(entry) ?? 0, score,
  });

  async function candidates(meta: TalkMeta): Promise<Candidates> {
    const best: Filing[] = [];
    let confident: Filing | null = null;
    for (const p of await programmes()) {
      const found = matchRecording(p.index, {
        platform: meta.platform,
        videoId: meta.videoId,
        url: meta.url,
        title: meta.title,
        channel: meta.channel ?? null,
        speakers: meta.speakers.map((s) => s.name),
      });
      for (const m of found.best) if (m.score >= ASK_SCORE) best.push(placeOf(p, m.entry, m.score));
      if (found.confident && (confident === null || found.confident.score > confident.score)) confident = placeOf(p, found.confident.entry, found.confident.score);
    }
    best.sort((a, b) => b.score - a.score || a.entry.start.localeCompare(b.entry.start));
    // Two programmes each sure of a different entry: the person is asked.
    const rivals = confident !== null && best.some((f) => f.key !== confident.key && f.score >= confident.score);
    return { best: best.slice(0, 3), confident: rivals ? null : confident };
  }

  return {
    candidates,
    /** The programme entry a recording is, when one is confident enough to file it without asking. */
    async file(meta: TalkMeta): Promise<Filing | null> {
      return (await candidates(meta)).confident;
    },
    /** The live (not cancelled) entry stored under this key, or null. */
    async entry(key: string): Promise<(Filing & { conference: string }) | null> {
      const all = await programmes();
      if (byKey === undefined) {
        byKey = new Map();
        for (const p of all) for (const entry of p.index.entries) byKey.set(entryKey(p.conferenceId, entry), { p, entry });
      }
      const found = byKey.get(key);
      return found ? { ...placeOf(found.p, found.entry, 1), conference: found.p.title } : null;
    },
    /** Entries whose title, subtitle, speakers or room hold every word of `text`, in schedule order, at most `limit`. */
    async search(text: string, limit: number): Promise<(Filing & { conference: string })[]> {
      const out: (Filing & { conference: string })[] = [];
      for (const p of await programmes()) {
        for (const entry of searchEntries(p.index.entries, text, limit - out.length)) out.push({ ...placeOf(p, entry, 0), conference: p.title });
        if (out.length >= limit) break;
      }
      return out;
    },
    /** The conference title of a stored programme. */
    async conferenceTitle(conferenceId: ConferenceId): Promise<string | null> {
      return (await programmes()).find((p) => p.conferenceId === conferenceId)?.title ?? null;
    },
    /** A conference's programme changed (or, without one, any may have): the next match reads it again. */
    invalidate(conferenceId?: ConferenceId): void {
      if (conferenceId === undefined) prepared = undefined;
      else stale.add(conferenceId);
      byKey = undefined;
    },
  };
}

export type ProgrammeMatcher = ReturnType<typeof createProgrammeMatcher>;
