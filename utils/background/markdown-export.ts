import { markdownFileName } from '@/utils/formats/filename';
import { labelsFor } from '@/utils/formats/labels';
import { conferenceName, exportConference } from '@/utils/formats/markdown-conference';
import type { SlideNamer } from '@/utils/formats/markdown-slide';
import { exportTalk } from '@/utils/formats/markdown-talk';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Conference, Lang, Note, Talk } from '@/utils/model/types';
import { langOfTalk, type ConferenceData } from '@/utils/store/conferences';
import { readCachedExport, writeCachedExport } from '@/utils/store/export-cache';
import { NotFoundError } from '@/utils/store/notes';
import type { CachedExport, Db } from '@/utils/store/schema';
import { readTalk } from '@/utils/store/talks';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import { conferenceFromIndex } from '@/utils/background/search/library-list';

/** An export as the library shows, copies, downloads or bundles it, with the notes it was made of. */
export interface MadeExport {
  markdown: string;
  filename: string;
  notes: Note[];
}

type ConferenceWhat = { conferenceId: ConferenceId; day: number | null; frontMatter: boolean };

/** A conference, or one day of it, as Markdown in the conference's language. */
export async function conferenceExport(db: Db, index: LibraryIndex, what: ConferenceWhat & { slides?: SlideNamer }): Promise<MadeExport> {
  return formatConference(await conferenceFromIndex(db, index, what.conferenceId), what);
}

function formatConference({ conference, talks, notesByTalk }: ConferenceData, { day, frontMatter, slides }: ConferenceWhat & { slides?: SlideNamer }): MadeExport {
  const opts = day === null ? { frontMatter, slides } : { frontMatter, day, slides };
  const name = conferenceName(conference, conference.lang);
  const title = day === null ? name : `${name} – ${labelsFor(conference.lang).day} ${day}`;
  return { markdown: exportConference(conference, talks, notesByTalk, opts), filename: markdownFileName(title), notes: [...notesByTalk.values()].flat() };
}

/** What an export is made of besides the notes, as text: a cached export holds while it is the same. */
const inputsOf = (conference: Conference, talks: readonly Talk[]): string =>
  JSON.stringify([conference, talks.filter((t) => t.deletedAt === undefined).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]);

/**
 * The export panel's conference Markdown, made again only when something it is made of changed:
 * the last one is kept here and in the store (store/export-cache.ts), stamped with the last
 * logged note write it holds and the conference and talks it was made of. A background just
 * started answers from the stored one when no note was written since and those are unchanged.
 */
export function createConferenceMarkdown(index: LibraryIndex) {
  let last: CachedExport | undefined;
  const holds = (c: CachedExport | undefined, what: ConferenceWhat, stamp: number | null, inputs: () => string): c is CachedExport =>
    c !== undefined && c.conferenceId === what.conferenceId && c.day === what.day && c.frontMatter === what.frontMatter && c.stamp === stamp && c.inputs === inputs();

  return async function conferenceMarkdown(db: Db, what: ConferenceWhat): Promise<{ markdown: string; filename: string }> {
    if (!index.built()) {
      const read = await readCachedExport(db, what.conferenceId);
      const { conference } = read;
      if (conference && conference.deletedAt === undefined && holds(read.cached, what, read.lastLogged, () => inputsOf(conference, read.talks))) {
        last = read.cached;
        index.warmLater(db);
        return { markdown: last.markdown, filename: last.filename };
      }
    }
    const data = await conferenceFromIndex(db, index, what.conferenceId);
    if (holds(last, what, data.stamp, () => inputsOf(data.conference, data.talks))) return { markdown: last.markdown, filename: last.filename };
    const { markdown, filename } = formatConference(data, what);
    if (data.stamp !== null) {
      last = { ...what, stamp: data.stamp, inputs: inputsOf(data.conference, data.talks), markdown, filename };
      void writeCachedExport(db, last).catch(() => {}); // only a later start's time is lost
    }
    return { markdown, filename };
  };
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
