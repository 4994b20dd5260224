import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/utils/model/dataset';
import type { Note } from '@/utils/model/types';
import { canonicalJson, mergeDatasets, mergeRecord, stampOf } from '@/utils/store/merge';
import { dataset, note } from './arbitraries';

const KINDS = ['talks', 'notes', 'conferences', 'marks'] as const;

/** The dataset as a set: records sorted by id, so order does not matter. */
function asSet(d: Dataset): string {
  const sorted = Object.fromEntries(
    KINDS.map((k) => [k, [...d[k]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  );
  return canonicalJson(sorted);
}

const merge = (a: Dataset, b: Dataset): Dataset => mergeDatasets(a, b).merged;

function ids(d: Dataset): string[] {
  return KINDS.flatMap((k) => d[k].map((r) => `${k}/${r.id}`)).sort();
}

/** What the store holds after writing `changed` over `local`. */
function apply(local: Dataset, changed: Dataset): Dataset {
  const out = structuredClone(local);
  for (const k of KINDS) {
    const byId = new Map<string, unknown>(out[k].map((r) => [r.id, r]));
    for (const r of changed[k]) byId.set(r.id, r);
    (out as unknown as Record<string, unknown[]>)[k] = [...byId.values()];
  }
  return out;
}

describe('mergeRecord, for any two versions of a record', () => {
  it('does not depend on the order of its arguments', () => {
    fc.assert(
      fc.property(note, note, (a, b) => {
        const same = { ...b, id: a.id };
        expect(canonicalJson(mergeRecord(a, same))).toBe(canonicalJson(mergeRecord(same, a)));
      }),
    );
  });

  it('keeps the version with the later stamp, so a later delete beats an older edit', () => {
    fc.assert(
      fc.property(note, note, (a, b) => {
        fc.pre(stampOf(a) !== stampOf(b));
        const newer = stampOf(a) > stampOf(b) ? a : b;
        expect(mergeRecord(a, b)).toBe(newer);
        expect(mergeRecord(b, a)).toBe(newer);
      }),
    );
  });

  it('keeps a tombstone over any edit that is not newer than its delete', () => {
    fc.assert(
      fc.property(note, note, fc.integer({ min: 0, max: 3 }), (edit, base, later) => {
        const { deletedAt: _, ...live } = edit;
        const tombstone: Note = { ...base, id: edit.id, deletedAt: stampOf(live) + later };
        expect(mergeRecord<Note>(live, tombstone)).toBe(tombstone);
        expect(mergeRecord(tombstone, live)).toBe(tombstone);
      }),
    );
  });
});

describe('mergeDatasets, for any datasets', () => {
  it('is idempotent: merging a dataset with itself changes nothing', () => {
    fc.assert(
      fc.property(dataset, (a) => {
        const { merged, changed } = mergeDatasets(a, structuredClone(a));
        expect(asSet(merged)).toBe(asSet(a));
        expect(ids(changed)).toEqual([]);
      }),
    );
  });

  it('writes nothing when the same file is imported again', () => {
    fc.assert(
      fc.property(dataset, dataset, (local, file) => {
        const once = merge(local, file);
        const twice = mergeDatasets(once, structuredClone(file));
        expect(ids(twice.changed)).toEqual([]);
        expect(asSet(twice.merged)).toBe(asSet(once));
      }),
    );
  });

  it('is commutative as sets', () => {
    fc.assert(
      fc.property(dataset, dataset, (a, b) => {
        expect(asSet(merge(a, b))).toBe(asSet(merge(b, a)));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(dataset, dataset, dataset, (a, b, c) => {
        expect(asSet(merge(merge(a, b), c))).toBe(asSet(merge(a, merge(b, c))));
      }),
    );
  });

  it('never loses a record id', () => {
    fc.assert(
      fc.property(dataset, dataset, (a, b) => {
        expect(ids(merge(a, b))).toEqual([...new Set([...ids(a), ...ids(b)])].sort());
      }),
    );
  });

  it('lists as changed exactly what turns local into the merged result', () => {
    fc.assert(
      fc.property(dataset, dataset, (local, incoming) => {
        const { merged, changed } = mergeDatasets(local, incoming);
        expect(asSet(apply(local, changed))).toBe(asSet(merged));
        const before = new Map(KINDS.flatMap((k) => local[k].map((r) => [`${k}/${r.id}`, canonicalJson(r)])));
        for (const k of KINDS) {
          for (const r of changed[k]) expect(before.get(`${k}/${r.id}`)).not.toBe(canonicalJson(r));
        }
      }),
    );
  });
});
