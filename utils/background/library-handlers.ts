import type { ChangeEvent } from '@/utils/messages/events';
import type { LIBRARY_REQUESTS } from '@/utils/messages/library';
import type { Handlers } from '@/utils/messages/server';
import { targetHash } from '@/utils/formats/library-target';
import type { TalkId } from '@/utils/model/ids';
import type { Dataset } from '@/utils/model/dataset';
import type { ImportSummary } from '@/utils/model/replies';
import type { Note, Talk } from '@/utils/model/types';
import { saveConference, setConferenceDeleted } from '@/utils/store/conferences';
import { backupStore, importBackup, type ImportResult } from '@/utils/store/import';
import { assignTalk, setTalkDeleted } from '@/utils/store/library';
import { listLibrary } from '@/utils/background/search/library-list';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import type { HandlerDeps } from '@/utils/background/handler-deps';
import { tellStoredMarks } from '@/utils/background/marks-handlers';
import { openLibraryTab } from '@/utils/background/open-library';
import { createConferenceMarkdown, talkExport, type MadeExport } from '@/utils/background/markdown-export';

export interface LibraryDeps extends HandlerDeps {
  /** Shows the library page at a hash (see formats/library-target.ts). */
  openLibrary?: (hash: string) => Promise<void>;
  /** The one index createHandlers marks stale after each write; a second one would never be. */
  index: LibraryIndex;
}

/** The background's answers to the library page's requests (createHandlers spreads them in). */
export function createLibraryHandlers(deps: LibraryDeps): Handlers<typeof LIBRARY_REQUESTS> {
  const now = deps.now ?? Date.now;
  const { index } = deps;
  const openLibrary = deps.openLibrary ?? openLibraryTab;
  const tell = (talkId: TalkId, talk: Talk | null, notes: Note[]) => tellTalk(deps, talkId, talk, notes);
  const conferenceMarkdown = createConferenceMarkdown(index);

  return {
    'library.list': async () => listLibrary(await deps.db(), index),
    'conference.save': async ({ conference }) => saveConference(await deps.db(), conference, now()),
    'conference.delete': async ({ id }) => setConferenceDeleted(await deps.db(), id, true, now()),
    'conference.restore': async ({ id }) => setConferenceDeleted(await deps.db(), id, false, now()),
    'talk.assign': async ({ talkId, ...to }) => {
      const changed = await assignTalk(await deps.db(), talkId, to, now());
      for (const t of changed) tell(t.id, t, []);
      return changed;
    },
    'talk.delete': async ({ talkId }) => deleted(talkId, true),
    'talk.restore': async ({ talkId }) => deleted(talkId, false),
    'notes.search': async ({ query, limit }) => {
      await index.refresh(await deps.db(), true);
      return index.search(query, limit);
    },
    // The page gets the text alone: the notes it was made of stay here.
    'export.conference': async (what) => conferenceMarkdown(await deps.db(), what),
    'export.talk': async (what) => textOf(await talkExport(await deps.db(), what)),
    'backup.export': async () => backupStore(await deps.db(), new Date(now())),
    'backup.import': async ({ text }) => imported(deps, await importBackup(await deps.db(), text)),
    'library.keepWarm': async () => {
      index.warmLater(await deps.db());
      return null;
    },
    'library.open': async (target) => {
      await openLibrary(targetHash(target));
      return null;
    },
  };

  async function deleted(talkId: TalkId, yes: boolean) {
    const result = await setTalkDeleted(await deps.db(), talkId, yes, now());
    tell(talkId, result.talk, result.notes);
    return result;
  }
}

const textOf = ({ markdown, filename }: MadeExport) => ({ markdown, filename });

function tellTalk(deps: HandlerDeps, talkId: TalkId, talk: Talk | null, notes: Note[]): void {
  void deps.broadcast({ event: 'talk.changed', talkId, talk, notes } satisfies ChangeEvent).catch(() => {});
}

/** After an import (a backup, an annotation file) committed: every open view is told what changed; answers the summary. */
export async function imported(deps: LibraryDeps, { summary, changed, programmes }: ImportResult): Promise<ImportSummary> {
  // Not a request (a sync merges in the background): the index is told here.
  deps.index.touched();
  if (programmes > 0) deps.programmes?.invalidate();
  for (const [talkId, change] of byTalk(changed)) tellTalk(deps, talkId, change.talk, change.notes);
  void tellStoredMarks(deps, await deps.db(), changed.marks.map((m) => m.recording));
  return summary;
}

/** The changed records grouped by talk: one change event per talk. */
function byTalk(data: Dataset): Map<TalkId, { talk: Talk | null; notes: Note[] }> {
  const out = new Map<TalkId, { talk: Talk | null; notes: Note[] }>();
  const of = (id: TalkId) => out.get(id) ?? out.set(id, { talk: null, notes: [] }).get(id)!;
  for (const t of data.talks) of(t.id).talk = t;
  for (const n of data.notes) of(n.talkId).notes.push(n);
  return out;
}
