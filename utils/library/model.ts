import { batch, computed, signal } from '@preact/signals';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Conference, Talk } from '@/utils/model/types';
import type { LibraryTalk } from '@/utils/model/replies';
import { createBackup } from '@/utils/library/backup';
import { messageOf, type LibraryDeps, type Say, type Status } from '@/utils/library/deps';
import { createExport, type ExportTarget } from '@/utils/library/export';
import { conferenceInput, talkPatch, type ConferenceDraft, type TalkDraft } from '@/utils/library/forms';
import { groupLibrary, placeOf } from '@/utils/library/group';
import { createLiveRefresh } from '@/utils/library/live';
import { createProgrammes } from '@/utils/library/programmes';
import { createSearch } from '@/utils/library/search';
import { createTalkFiles } from '@/utils/library/talk-files';
import type { LibraryTarget } from '@/utils/formats/library-target';

/** The side panel: a conference's form (id null: a new one), a talk's details, or an export. */
export type Panel = { kind: 'conference'; id: ConferenceId | null } | { kind: 'talk'; talkId: TalkId } | { kind: 'export' };

export type LibraryModel = ReturnType<typeof createLibraryModel>;

/** The library page's state and actions; the components only render it and call these. */
export function createLibraryModel(deps: LibraryDeps) {
  const conferences = signal<Conference[]>([]);
  const talks = signal<LibraryTalk[]>([]);
  const loaded = signal(false);
  /** The first read of the list has ended, answered or not. */
  const listed = signal(false);
  const status = signal<Status | null>(null);
  const panel = signal<Panel | null>(null);
  const groups = computed(() => groupLibrary(conferences.value, talks.value));
  let wanted: LibraryTarget | null = null;

  const say: Say = (text, opts = {}) => (status.value = { text, error: opts.error ?? false, undo: opts.undo });
  const failed = (what: string) => (e: unknown) => say(`${what}: ${messageOf(e)}`, { error: true });
  const search = createSearch(deps);
  const exporter = createExport(deps, say);
  const backup = createBackup(deps, say, load);
  const talkFiles = createTalkFiles(deps, say);
  const programmes = createProgrammes(deps, say, load);

  // Counts the changes shown since a read began: a list read before a change committed is old.
  let shown = 0;

  /** Reads the list of talks and shows it; false when it could not be read (the page says why). */
  async function list(): Promise<boolean> {
    try {
      const began = shown;
      const read = (await deps.readList?.().catch(() => null)) ?? (await deps.api('library.list', {}));
      if (shown !== began) return list();
      batch(() => {
        conferences.value = read.conferences;
        talks.value = read.talks;
        loaded.value = true;
        listed.value = true;
      });
      if (wanted) void goTo(wanted);
      return true;
    } catch (e) {
      failed('Could not read the library')(e);
      listed.value = true;
      return false;
    }
  }

  /** The conferences' programmes as stored now (asked of the background). */
  const readProgrammes = () => programmes.read(conferences.value.map((c) => c.id));

  /** The list, then the programmes of its conferences. */
  async function load(): Promise<void> {
    if (await list()) void readProgrammes();
  }

  const talkById = (id: TalkId): Talk | null => talks.value.find((t) => t.talk.id === id)?.talk ?? null;
  const conferenceById = (id: ConferenceId): Conference | null => conferences.value.find((c) => c.id === id) ?? null;

  /** Shows `talk` as stored now (a tombstone leaves the list); `notes` when the count is known. */
  function putTalk(talk: Talk, notes?: number): void {
    shown++;
    const rest = talks.value.filter((t) => t.talk.id !== talk.id);
    const old = talks.value.find((t) => t.talk.id === talk.id);
    talks.value = talk.deletedAt === undefined ? [...rest, { talk, notes: notes ?? old?.notes ?? 0 }] : rest;
    const p = panel.value;
    if (talk.deletedAt !== undefined && p?.kind === 'talk' && p.talkId === talk.id) panel.value = null;
  }

  function putConference(c: Conference): void {
    shown++;
    const rest = conferences.value.filter((x) => x.id !== c.id);
    conferences.value = c.deletedAt === undefined ? [...rest, c] : rest;
    const p = panel.value;
    if (c.deletedAt !== undefined && p?.kind === 'conference' && p.id === c.id) panel.value = null;
  }

  async function saveConference(draft: ConferenceDraft): Promise<boolean> {
    const p = panel.value;
    const input = conferenceInput(draft, p?.kind === 'conference' && p.id ? p.id : deps.newConferenceId());
    if ('error' in input) {
      say(input.error, { error: true });
      return false;
    }
    try {
      const saved = await deps.api('conference.save', { conference: input });
      putConference(saved);
      panel.value = null;
      say(`Saved ${saved.name}.`);
      return true;
    } catch (e) {
      failed('Could not save the conference')(e);
      return false;
    }
  }

  async function deleteConference(id: ConferenceId, deleted = true): Promise<void> {
    try {
      const c = await deps.api(deleted ? 'conference.delete' : 'conference.restore', { id });
      putConference(c);
      if (deleted) say(`Deleted ${c.name}. Its talks are now in no conference.`, { undo: () => void deleteConference(id, false) });
      else say(`Brought back ${c.name}.`);
    } catch (e) {
      failed(deleted ? 'Could not delete the conference' : 'Could not bring the conference back')(e);
    }
  }

  async function place(talkId: TalkId, conferenceId: ConferenceId | null, day: number | null, position: number | null): Promise<void> {
    try {
      for (const t of await deps.api('talk.assign', { talkId, conferenceId, day, position })) putTalk(t);
    } catch (e) {
      failed('Could not move the talk')(e);
    }
  }

  /** One place up (-1) or down (+1) among the talks of its conference day. */
  async function move(talkId: TalkId, by: -1 | 1): Promise<void> {
    const at = placeOf(groups.value, talkId);
    if (!at || at.index + by < 0 || at.index + by >= at.day.talks.length) return;
    await place(talkId, at.group.conference.id, at.day.day, at.index + by);
  }

  async function saveTalk(talkId: TalkId, draft: TalkDraft): Promise<boolean> {
    const patch = talkPatch(draft);
    if ('error' in patch) {
      say(patch.error, { error: true });
      return false;
    }
    try {
      const talk = await deps.api('talk.update', { talkId, patch, meta: null });
      putTalk(talk);
      panel.value = null;
      say(`Saved the details of ${talk.title}.`);
      return true;
    } catch (e) {
      failed('Could not save the talk')(e);
      return false;
    }
  }

  async function deleteTalk(talkId: TalkId, deleted = true): Promise<void> {
    try {
      const { talk, notes } = await deps.api(deleted ? 'talk.delete' : 'talk.restore', { talkId });
      putTalk(talk, deleted ? 0 : notes.length);
      const what = notes.length === 0 ? talk.title : `${talk.title} and its ${notes.length === 1 ? 'note' : `${notes.length} notes`}`;
      if (deleted) say(`Deleted ${what}.`, { undo: () => void deleteTalk(talkId, false) });
      else say(`Brought back ${what}.`);
      void search.rerun();
    } catch (e) {
      failed(deleted ? 'Could not delete the talk' : 'Could not bring the talk back')(e);
    }
  }

  const { receive } = createLiveRefresh(deps, { putTalk, rerunSearch: search.rerun });

  /** Opens the page where `library.open` asked: a talk's details, or a search. */
  async function goTo(target: LibraryTarget): Promise<void> {
    wanted = null;
    if (target.query !== undefined) void search.setQuery(target.query);
    const talkId = target.talkId;
    if (talkId === undefined) return;
    if (!loaded.value) {
      wanted = target;
      return;
    }
    // A talk saved a moment ago (the sidebar's "Talk details") may not have reached the list yet.
    const view = talkById(talkId) ? null : await deps.api('talk.open', { talkId }).catch(() => null);
    if (view?.talk && view.talk.deletedAt === undefined) putTalk(view.talk, view.notes.length);
    if (talkById(talkId)) panel.value = { kind: 'talk', talkId };
    else say('That talk is not in the library: it was deleted, or it has no notes yet.', { error: true });
  }

  return {
    conferences, talks, loaded, listed, status, panel, groups, search, exporter, backup, talkFiles, programmes,
    list, load, readProgrammes, receive, goTo, talkById, conferenceById, move, saveConference, deleteConference, saveTalk, deleteTalk,
    assign: (talkId: TalkId, conferenceId: ConferenceId | null, day: number | null) => place(talkId, conferenceId, day, null),
    editConference: (id: ConferenceId | null) => (panel.value = { kind: 'conference', id }),
    editTalk: (talkId: TalkId) => (panel.value = { kind: 'talk', talkId }),
    openExport: (target: ExportTarget) => {
      panel.value = { kind: 'export' };
      return exporter.open(target);
    },
    closePanel: () => {
      if (panel.value?.kind === 'export') exporter.close();
      panel.value = null;
    },
    dismiss: () => (status.value = null),
  };
}
