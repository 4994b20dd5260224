import { byStart } from '@/utils/formats/schedule/entries';
import { indexProgramme, matchRecording, type ProgrammeIndex } from '@/utils/formats/schedule/match';
import type { ConferenceId } from '@/utils/model/ids';
import type { ProgrammeEntry } from '@/utils/model/programme';
import type { TalkMeta } from '@/utils/model/types';
import { readAllProgrammes } from '@/utils/store/programmes';
import type { Db } from '@/utils/store/schema';

/** An opened recording's confident match: the entry, its conference, and where it sits in its day. */
export interface Filing {
  conferenceId: ConferenceId;
  entry: ProgrammeEntry;
  /** Its position among its day's entries, in schedule order: the talk's order in the export. */
  order: number;
  score: number;
}

interface Prepared {
  conferenceId: ConferenceId;
  index: ProgrammeIndex;
  /** Each entry's position in its day. */
  positions: Map<ProgrammeEntry, number>;
}

/**
 * Every stored programme, indexed once for matching (≈100 ms for 5,000 entries) and kept until
 * an import changes them; matching a recording then takes well under a millisecond.
 */
export function createProgrammeMatcher(db: () => Promise<Db>) {
  let prepared: Promise<Prepared[]> | undefined;

  async function prepare(): Promise<Prepared[]> {
    const all = await readAllProgrammes(await db());
    return all.map(({ programme, entries }) => {
      // Stored by key: the day's places come from schedule order.
      const live = entries.filter((e) => !e.cancelled).sort(byStart);
      const index = indexProgramme({ ...programme, entries: live });
      const positions = new Map<ProgrammeEntry, number>();
      const perDay = new Map<number | null, number>();
      for (const e of index.entries) {
        const at = perDay.get(e.dayIndex) ?? 0;
        positions.set(e, at);
        perDay.set(e.dayIndex, at + 1);
      }
      return { conferenceId: programme.conferenceId, index, positions };
    });
  }

  return {
    /** The programme entry a recording is, when one is confident enough to file it without asking. */
    async file(meta: TalkMeta): Promise<Filing | null> {
      const programmes = await (prepared ??= prepare().catch((error: unknown) => {
        prepared = undefined;
        throw error;
      }));
      let best: Filing | null = null;
      for (const p of programmes) {
        const { confident } = matchRecording(p.index, {
          platform: meta.platform,
          videoId: meta.videoId,
          url: meta.url,
          title: meta.title,
          channel: meta.channel ?? null,
          speakers: meta.speakers.map((s) => s.name),
        });
        if (confident && (best === null || confident.score > best.score)) {
          best = { conferenceId: p.conferenceId, entry: confident.entry, order: p.positions.get(confident.entry) ?? 0, score: confident.score };
        }
      }
      return best;
    },
    /** Programmes changed: the next match reads them again. */
    invalidate(): void {
      prepared = undefined;
    },
  };
}

export type ProgrammeMatcher = ReturnType<typeof createProgrammeMatcher>;
