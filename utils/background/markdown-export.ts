import { markdownFileName } from '@/utils/formats/filename';
import { labelsFor } from '@/utils/formats/labels';
import { conferenceName, exportConference } from '@/utils/formats/markdown-conference';
import type { SlideNamer } from '@/utils/formats/markdown-slide';
import { exportTalk } from '@/utils/formats/markdown-talk';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Lang, Note, Talk } from '@/utils/model/types';
import { langOfTalk } from '@/utils/store/conferences';
import { NotFoundError } from '@/utils/store/notes';
import type { Db } from '@/utils/store/schema';
import { readTalk } from '@/utils/store/talks';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import { conferenceFromIndex } from '@/utils/background/search/library-list';

/** An export as the library shows, copies, downloads or bundles it, with the notes it was made of. */
export interface MadeExport {
  markdown: string;
  filename: string;
  notes: Note[];
}

/** A conference, or one day of it, as Markdown in the conference's language. */
export async function conferenceExport(
  db: Db,
  index: LibraryIndex,
  { conferenceId, day, frontMatter, slides }: { conferenceId: ConferenceId; day: number | null; frontMatter: boolean; slides?: SlideNamer },
): Promise<MadeExport> {
  const { conference, talks, notesByTalk } = await conferenceFromIndex(db, index, conferenceId);
  const opts = day === null ? { frontMatter, slides } : { frontMatter, day, slides };
  const name = conferenceName(conference, conference.lang);
  const title = day === null ? name : `${name} – ${labelsFor(conference.lang).day} ${day}`;
  return { markdown: exportConference(conference, talks, notesByTalk, opts), filename: markdownFileName(title), notes: [...notesByTalk.values()].flat() };
}

/** One talk as Markdown, in its conference's language when it has one. */
export async function talkExport(
  db: Db,
  { talkId, frontMatter, slides }: { talkId: TalkId; frontMatter: boolean; slides?: SlideNamer },
): Promise<MadeExport> {
  const { talk, notes, lang } = await talkToExport(db, talkId);
  return { markdown: exportTalk(talk, notes, { lang, frontMatter, slides }), filename: markdownFileName(talk.title), notes };
}

/** A live talk with its live notes, and the language to export them in: its conference's, else English. */
export async function talkToExport(db: Db, talkId: TalkId): Promise<{ talk: Talk; notes: Note[]; lang: Lang }> {
  const { talk, notes } = await readTalk(db, talkId);
  if (!talk || talk.deletedAt !== undefined) throw new NotFoundError('This talk was deleted.');
  return { talk, notes, lang: await langOfTalk(db, talk) };
}
