import type { MARK_REQUESTS } from '@/utils/messages/marks';
import type { Handlers } from '@/utils/messages/server';
import type { TalkId } from '@/utils/model/ids';
import type { Db } from '@/utils/store/schema';
import { addMarks, marksOf } from '@/utils/store/marks';
import type { HandlerDeps } from '@/utils/background/handler-deps';

/** Hand-marked talk starts in a day's stream: stored, and told to every tab. */
export function createMarkHandlers(deps: HandlerDeps): Handlers<typeof MARK_REQUESTS> {
  const now = deps.now ?? Date.now;
  return {
    'marks.get': async ({ recording }) => marksOf(await deps.db(), recording),
    'marks.add': async ({ recording, at }) => {
      const starts = await addMarks(await deps.db(), recording, [at], now());
      void tellMarks(deps, recording, starts);
      return starts;
    },
  };
}

/** Tells every view a recording's marks as they are now (after a mark or a restore). */
export async function tellMarks(deps: Pick<HandlerDeps, 'broadcast'>, recording: TalkId, starts: number[]): Promise<void> {
  await deps.broadcast({ event: 'marks.changed', recording, starts }).catch(() => {});
}

/** Tells the marks of each of `recordings`, read from the store (a restore changed them). */
export async function tellStoredMarks(deps: Pick<HandlerDeps, 'broadcast'>, db: Db, recordings: Iterable<TalkId>): Promise<void> {
  for (const recording of new Set(recordings)) await tellMarks(deps, recording, await marksOf(db, recording));
}
