import type { Stamped } from '@/utils/model/types';
import { stampOf } from '@/utils/store/merge';

/**
 * The stamp of a local write over the versions it replaces: `now`, but never at or before any
 * of them. With a plain `now` from a clock behind, the edit would lose to the version it
 * replaces on every other device yet stay here, and the devices would differ for good.
 */
export function stampAfter(now: number, ...previous: readonly (Stamped | undefined)[]): number {
  let stamp = now;
  for (const p of previous) if (p !== undefined) stamp = Math.max(stamp, stampOf(p) + 1);
  return stamp;
}
