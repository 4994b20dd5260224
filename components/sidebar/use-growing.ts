import { useEffect, useRef, useState } from 'preact/hooks';
import { FIRST_NOTES } from '@/utils/sidebar/notes-list';
import { afterPaint } from '@/utils/sidebar/after-paint';

/** Rows added per task after the first ones: each task stays short, so typing and the video stay smooth. */
const MORE_ROWS = 150;

/**
 * How many of `total` rows to draw. A talk with thousands of notes would block the page for a
 * quarter of a second if drawn at once; this draws the first screenful (as many rows as the
 * sidebar reads first, more than its list shows) at once, lets it paint, and then draws the
 * rest a chunk per task. Once every row was drawn, and `settled` says no more are being read,
 * it stays so: a note added later shows at once. The component keyed by talk starts over for
 * each talk.
 */
export function useGrowing(total: number, settled = true, first = FIRST_NOTES, more = MORE_ROWS): number {
  const [limit, setLimit] = useState(first);
  const complete = useRef(false);
  // An empty list, or the first screenful read before the rest, is not complete: thousands of
  // rows may still come, and they must come in steps too.
  if (settled && total > 0 && limit >= total) complete.current = true;
  useEffect(() => {
    if (complete.current || limit >= total) return;
    const grow = () => setLimit((n) => n + more);
    // The first screenful is what the person is waiting for: nothing else may hold its paint back.
    if (limit <= first) return afterPaint(grow);
    const timer = setTimeout(grow, 0);
    return () => clearTimeout(timer);
  }, [limit, total, first, more]);
  return complete.current ? total : Math.min(limit, total);
}
