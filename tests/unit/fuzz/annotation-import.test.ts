// Malformed Web Annotation files into the importer: each is refused with a message for the
// user, or gives notes the store would accept as they are, on the library's talks only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupError } from '@/utils/formats/backup';
import { webAnnotationsOf } from '@/utils/formats/web-annotation';
import { parseWebAnnotations } from '@/utils/formats/web-annotation-import';
import { parseNote } from '@/utils/model/validate';
import type { Note } from '@/utils/model/types';
import { aTalk, TALK_2 } from '../model/records';
import { note } from '../store/arbitraries';
import { damageText, hostileJson, mutate, mutation, textDamage, type Json } from './mutate';

const RUNS = 3_000;
const TALKS = [aTalk(), aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871' })];
const IDS = new Set<string>(TALKS.map((t) => t.id));

const validText = fc
  .tuple(fc.constantFrom(...TALKS), fc.uniqueArray(note, { selector: (n) => n.id, maxLength: 3 }))
  .map(([talk, notes]) => webAnnotationsOf(talk, notes.map((n) => ({ ...n, talkId: talk.id })), 'en'));

const file: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(validText, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([text, ms]) => JSON.stringify(ms.reduce<Json>((doc, m) => mutate(doc, m), JSON.parse(text) as Json))) },
  { weight: 2, arbitrary: fc.tuple(validText, textDamage).map(([text, d]) => damageText(text, d)) },
  { weight: 1, arbitrary: hostileJson.map((j) => JSON.stringify(j)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

describe('the Web Annotation importer under fuzzing', () => {
  it(`refuses ${RUNS} malformed files clearly, or reads only notes the store accepts`, () => {
    let refused = 0;
    fc.assert(
      fc.property(file, (text) => {
        let notes: Note[];
        try {
          notes = parseWebAnnotations(text, { talks: TALKS, now: 1_800_000_000_000 }).notes;
        } catch (e) {
          refused++;
          expect(e).toBeInstanceOf(BackupError);
          expect((e as Error).message).toMatch(/^This (file|annotation file|collection)/);
          return;
        }
        for (const n of notes) {
          expect(parseNote(n)).toEqual(n);
          expect(IDS.has(n.talkId)).toBe(true);
        }
        expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_207) },
    );
    // The generator is about damage: most files must be refused, or it is testing nothing.
    expect(refused).toBeGreaterThan(RUNS * 0.5);
  }, 180_000);
});
