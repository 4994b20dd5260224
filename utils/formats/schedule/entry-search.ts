import type { ProgrammeEntry } from '@/utils/model/programme';
import { words } from '@/utils/formats/schedule/match-text';

/**
 * The entries a person's search names: every word typed begins a word of the entry's title,
 * subtitle, speakers, room or track (case, accents and punctuation aside), in the order given,
 * at most `limit`. No words typed finds nothing.
 */
export function searchEntries(entries: readonly ProgrammeEntry[], text: string, limit: number): ProgrammeEntry[] {
  const wanted = words(text);
  if (wanted.length === 0 || limit <= 0) return [];
  const out: ProgrammeEntry[] = [];
  for (const e of entries) {
    const have = words([e.title, e.subtitle, e.room, e.track, ...e.speakers.map((s) => s.name)].filter((x) => x !== null).join(' '));
    if (wanted.every((w) => have.some((h) => h.startsWith(w)))) out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}
