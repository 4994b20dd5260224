import type { Runtime } from 'webextension-polyfill';
import type { BroadcastEvent, ChangeEvent, Envelope, Req, RequestType, Res } from '@/utils/messages';
import { exportTalk } from '@/utils/formats/markdown-talk';
import { markdownFileName } from '@/utils/formats/filename';
import { talkIdOf, type TalkId } from '@/utils/model/ids';
import { explainStorageError } from '@/utils/store/db';
import type { Db } from '@/utils/store/schema';
import { NotFoundError, saveNote, setNoteDeleted } from '@/utils/store/notes';
import { clearDraft, putDraft, updateTalk } from '@/utils/store/talk-edits';
import { readTalk } from '@/utils/store/talks';
import { createLibraryIndex, type LibraryIndex } from '@/utils/store/search';
import { createLibraryHandlers } from '@/utils/background/library-handlers'; // library page (issue 3)
import { createFrameHandlers } from '@/utils/background/frames'; // sites (issue 4)
import { exportStreamOf } from '@/utils/background/stream-export'; // sites (issue 4)
import { createMarkHandlers } from '@/utils/background/marks-handlers'; // sites (issue 4)

export interface HandlerDeps {
  db: () => Promise<Db>;
  /** Tells every open view about a committed change. */
  broadcast: (event: BroadcastEvent) => Promise<void>;
  download: (filename: string, text: string) => Promise<void>;
  now?: () => number;
  /** The library's in-memory view of the store; one per background by default. */
  index?: LibraryIndex;
}

/**
 * Requests that change nothing the library index holds. Every other request marks the index
 * stale when it ends, so a request type added later counts as a writer until listed here.
 */
const KEEPS_INDEX: ReadonlySet<RequestType> = new Set<RequestType>([
  'talk.open', 'talk.export', 'file.download', 'draft.put', 'draft.clear',
  'library.list', 'notes.search', 'export.conference', 'export.talk', 'backup.export', 'library.open', 'library.keepWarm',
  'frame.probe', 'frame.report', 'frame.control', 'marks.get', 'marks.add',
]);

type Handlers = { [K in RequestType]: (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>> };

/** The background's answers to every request; payloads arrive validated (messages-validate.ts). */
export function createHandlers(deps: HandlerDeps): (envelope: Envelope, sender: Runtime.MessageSender) => Promise<unknown> {
  const now = deps.now ?? Date.now;
  const index = deps.index ?? createLibraryIndex(now);
  const tell = (talkId: TalkId, change: Omit<ChangeEvent, 'event' | 'talkId'>) =>
    void deps.broadcast({ event: 'talk.changed', talkId, ...change }).catch(() => {});

  const handlers: Handlers = {
    'talk.open': async ({ talkId, first }) => readTalk(await deps.db(), talkId, first),
    'talk.update': async ({ talkId, patch, meta }) => {
      if (meta && talkIdOf(meta.platform, meta.videoId) !== talkId) throw new Error('The talk details belong to another video.');
      const talk = await updateTalk(await deps.db(), talkId, patch, meta, now());
      tell(talkId, { talk, notes: [] });
      return talk;
    },
    'note.save': async ({ note, meta }) => {
      const saved = await saveNote(await deps.db(), note, meta, now());
      tell(saved.talk.id, { talk: saved.talk, notes: [saved.note] });
      return saved;
    },
    'note.delete': async ({ id }) => deleted(id, true),
    'note.restore': async ({ id }) => deleted(id, false),
    'draft.put': async ({ draft }) => {
      await putDraft(await deps.db(), draft);
      return null;
    },
    'draft.clear': async ({ talkId }) => {
      await clearDraft(await deps.db(), talkId);
      return null;
    },
    'talk.export': async ({ talkId }) => {
      const stream = await exportStreamOf(await deps.db(), talkId); // one talk of a day's stream: all its talks (issue 4)
      if (stream) return stream;
      const { talk, notes } = await readTalk(await deps.db(), talkId);
      if (!talk) throw new NotFoundError('This talk has no notes yet.');
      return { markdown: exportTalk(talk, notes), filename: markdownFileName(talk.title) };
    },
    'file.download': async ({ filename, text }) => {
      await deps.download(filename, text);
      return null;
    },
    ...createLibraryHandlers({ ...deps, index }), // library page (issue 3)
    ...createFrameHandlers(), // sites (issue 4)
    ...createMarkHandlers(deps), // sites (issue 4)
  };

  async function deleted(id: Envelope<'note.delete'>['payload']['id'], yes: boolean) {
    const note = await setNoteDeleted(await deps.db(), id, yes, now());
    tell(note.talkId, { talk: null, notes: [note] });
    return note;
  }

  // Every failure reaches the sender as a message it can show; storage failures in plain words.
  return async (envelope, sender) => {
    try {
      return await (handlers[envelope.type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>)(envelope.payload, sender);
    } catch (error) {
      throw explainStorageError(error);
    } finally {
      // After the write committed (or failed): a refresh that began earlier reads again next time.
      if (!KEEPS_INDEX.has(envelope.type)) index.touched();
    }
  };
}
