import type { Speaker } from '@/utils/model/types';

/** "A, B and C" as people write it. */
export function joinSpeakerNames(speakers: Speaker[]): string {
  const names = speakers.map((s) => s.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Reads names typed as "A, B and C", "A & B" or "A; B". */
export function splitSpeakerNames(text: string): string[] {
  return text
    .split(/\s*(?:,|;|&|\band\b)\s*/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
