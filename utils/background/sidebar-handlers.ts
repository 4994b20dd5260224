import type { HandlerDeps } from '@/utils/background/handler-deps';
import { exportStreamOf } from '@/utils/background/stream-export';
import { markdownFileName } from '@/utils/formats/filename';
import { exportTalk } from '@/utils/formats/markdown-talk';
import type { SIDEBAR_REQUESTS } from '@/utils/messages/sidebar';
import type { ChangeEvent } from '@/utils/messages/events';
import type { Handlers } from '@/utils/messages/server';
import { talkIdOf, type NoteId, type TalkId } from '@/utils/model/ids';
import { NotFoundError, saveNote, setNoteDeleted } from '@/utils/store/notes';
import { clearDraft, putDraft, updateTalk } from '@/utils/store/talk-edits';
import { readTalk } from '@/utils/store/talks';
import { fileUnderProgramme } from '@/utils/background/programme-filing';
import { langOfTalk } from '@/utils/store/conferences';

/** The background's answers to the sidebar's requests: a talk, its notes and drafts, its export. */
export function createSidebarHandlers(deps: HandlerDeps): Handlers<typeof SIDEBAR_REQUESTS> {
  const now = deps.now ?? Date.now;
  const tell = (talkId: TalkId, change: Omit<ChangeEvent, 'event' | 'talkId'>) =>
    void deps.broadcast({ event: 'talk.changed', talkId, ...change }).catch(() => {});

  async function deleted(id: NoteId, yes: boolean) {
    const note = await setNoteDeleted(await deps.db(), id, yes, now());
    tell(note.talkId, { talk: null, notes: [note] });
    return note;
  }

  return {
    'talk.open': async ({ talkId, first }) => readTalk(await deps.db(), talkId, first),
    'talk.update': async ({ talkId, patch, meta }) => {
      if (meta && talkIdOf(meta.platform, meta.videoId) !== talkId) throw new Error('The talk details belong to another video.');
      const talk = await updateTalk(await deps.db(), talkId, patch, meta, now());
      tell(talkId, { talk, notes: [] });
      return talk;
    },
    'note.save': async ({ note, meta }) => {
      const saved = await saveNote(await deps.db(), note, meta, now());
      const talk = (await fileUnderProgramme(deps, saved.talk, meta, now)) ?? saved.talk;
      tell(talk.id, { talk, notes: [saved.note] });
      return { note: saved.note, talk };
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
      // One talk of a day's stream exports all the stream's talks.
      const stream = await exportStreamOf(await deps.db(), talkId);
      if (stream) return stream;
      const db = await deps.db();
      const { talk, notes } = await readTalk(db, talkId);
      if (!talk) throw new NotFoundError('This talk has no notes yet.');
      return { markdown: exportTalk(talk, notes, { lang: await langOfTalk(db, talk) }), filename: markdownFileName(talk.title) };
    },
    'file.download': async ({ filename, text }) => {
      await deps.download(filename, text);
      return null;
    },
  };
}
