import type { Talk } from '@/utils/model/types';
import { singleLine } from '@/utils/formats/markdown-escape';

/**
 * Programme order within a conference day, the one the export uses: by `order`, talks without
 * one last, then by title and id (code units, so no locale decides).
 */
export function byProgramme(a: Talk, b: Talk): number {
  const oa = a.order ?? Number.POSITIVE_INFINITY;
  const ob = b.order ?? Number.POSITIVE_INFINITY;
  if (oa !== ob) return oa < ob ? -1 : 1;
  const ta = singleLine(a.title);
  const tb = singleLine(b.title);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
