// 10,000 malformed backup files into the importer: each is refused with a message for the
// user and leaves the store exactly as it was, or is imported exactly as a merge would.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BackupError, parseBackup, serializeBackup } from '@/utils/formats/backup';
import type { Dataset } from '@/utils/model/dataset';
import { importBackup } from '@/utils/store/import';
import { mergeDatasets } from '@/utils/store/merge';
import type { Db } from '@/utils/store/schema';
import { dataset } from '../store/arbitraries';
import { contents, fill, freshDb } from '../store/fresh-db';
import { damageText, hostileJson, mutate, mutation, textDamage, type Json } from './mutate';

const RUNS = 10_000;
const sorted = (d: Dataset): Dataset => {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { talks: byId(d.talks), notes: byId(d.notes), conferences: byId(d.conferences), marks: byId(d.marks) };
};

const validText = dataset.map((d) => serializeBackup(d, new Date(0)));

/** Files that are almost backups, and files that are not at all. */
const file: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(validText, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([text, ms]) => JSON.stringify(ms.reduce<Json>((doc, m) => mutate(doc, m), JSON.parse(text) as Json))) },
  { weight: 2, arbitrary: fc.tuple(validText, textDamage).map(([text, d]) => damageText(text, d)) },
  { weight: 1, arbitrary: hostileJson.map((j) => JSON.stringify(j)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '\uFEFF{}', 'null', '{"format":"talk-notes-backup"}', '{"format":"talk-notes-backup","version":1,"notes":{}}') },
);

describe('the importer under fuzzing', () => {
  let db: Db;
  beforeAll(async () => {
    db = await fill(await freshDb(), fc.sample(dataset, { numRuns: 1, seed: 7 })[0]!);
  });

  it(`refuses ${RUNS} malformed files clearly without touching the store, or merges them correctly`, async () => {
    let refused = 0;
    // What the store held after the previous file is what it holds before this one: read once.
    let held: Dataset | null = null;
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const before = held ?? (await contents(db));
        held = null;
        let expected: Dataset | null = null;
        try {
          expected = mergeDatasets(before, parseBackup(text)).merged;
        } catch {
          // parseBackup refused it: so must the importer, below.
        }
        const outcome = await importBackup(db, text).then((r) => r, (e: unknown) => e);
        const after = await contents(db);
        held = after;
        if (outcome instanceof Error) {
          refused++;
          expect(outcome).toBeInstanceOf(BackupError);
          expect(outcome.message).toMatch(/^This (file|backup)/);
          expect(expected).toBeNull();
          expect(after).toEqual(before);
        } else {
          expect(expected).not.toBeNull();
          expect(after).toEqual(sorted(expected!));
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20_261_202) },
    );
    // The generator is about damage: most files must be refused, or it is testing nothing.
    expect(refused).toBeGreaterThan(RUNS * 0.6);
  }, 180_000);
});
