import { useEffect, useRef, useState } from 'preact/hooks';
import { FIRST_NOTES } from '@/utils/sidebar/notes-list';

/** Rows added per task after the first ones: each task stays short, so typing and the video stay smooth. */
const MORE_ROWS = 150;

/**
 * How many of `total` rows to draw. A talk with thousands of notes would block the page for a
 * quarter of a second if drawn at once; this draws the first screenful (as many rows as the
 * sidebar reads first, more than its list shows) at once and the rest a chunk per task. Once
 * every row was drawn it stays so: a note added later shows at once.
 * The component keyed by talk starts over for each talk.
 */
export function useGrowing(total: number, first = FIRST_NOTES, more = MORE_ROWS): number {
  const [limit, setLimit] = useState(first);
  const complete = useRef(false);
  // An empty list is not complete: it is often a talk whose notes are still being read.
  if (total > 0 && limit >= total) complete.current = true;
  useEffect(() => {
    if (complete.current || limit >= total) return;
    const timer = setTimeout(() => setLimit((n) => n + more), 0);
    return () => clearTimeout(timer);
  }, [limit, total, more]);
  return complete.current ? total : Math.min(limit, total);
}
