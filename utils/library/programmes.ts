import { signal } from '@preact/signals';
import { MAX_SCHEDULE_BYTES } from '@/utils/formats/schedule/errors';
import { programmeDays, type ProgrammeEntryView } from '@/utils/formats/schedule/programme-days';
import type { ConferenceId } from '@/utils/model/ids';
import { entryKey, type ProgrammeImportSummary, type ProgrammeView } from '@/utils/model/programme-records';
import type { LibraryTalk } from '@/utils/model/replies';
import type { PickedFile } from '@/utils/library/backup';
import { fetchScheduleText } from '@/utils/library/fetch-schedule';
import { covers, scheduleUrl, type ScheduleUrl } from '@/utils/formats/schedule/schedule-url';
import { messageOf, type LibraryDeps, type Say } from '@/utils/library/deps';

export type ProgrammesModel = ReturnType<typeof createProgrammes>;

/**
 * The schedule readers (ical.js, htmlparser2, fast-xml-parser: ~50 KB gzipped) come only when a
 * schedule is imported, not with every opening of the library.
 */
const scheduleReader = () => import('@/utils/formats/schedule/parse-schedule');

/** An import that takes longer than this shows a progress line (most finish well before). */
export const PROGRESS_DELAY_MS = 300;

/**
 * Conference programmes in the library: importing a schedule file (read here, stored by the
 * background), and each conference's programme as last read. `reload` reads the library again
 * after an import (it may have made a conference).
 */
export function createProgrammes(deps: LibraryDeps, say: Say, reload: () => Promise<void>, progressDelay = PROGRESS_DELAY_MS) {
  const busy = signal(false);
  /** What a long import is doing, shown once it has taken `progressDelay`; null otherwise. */
  const progress = signal<string | null>(null);
  const views = signal<ReadonlyMap<ConferenceId, ProgrammeView>>(new Map());

  async function read(conferenceIds: readonly ConferenceId[]): Promise<void> {
    const read = await Promise.all(
      conferenceIds.map((conferenceId) => deps.api('programme.get', { conferenceId }).then((v) => [conferenceId, v] as const, () => null)),
    );
    const next = new Map(read.filter((r) => r !== null && r[1].programme !== null) as [ConferenceId, ProgrammeView][]);
    // Every conference section reads this: none to show, as before, redraws none of them.
    if (next.size > 0 || views.value.size > 0) views.value = next;
  }

  /** Imports a schedule file as a new conference (`into` null) or into a conference. */
  async function importFile(file: PickedFile, into: ConferenceId | null = null): Promise<void> {
    busy.value = true;
    say(`Reading ${file.name}…`);
    try {
      // Checked here too: reading a huge file into the page would stall it before the background refuses it.
      if (file.size > MAX_SCHEDULE_BYTES) throw new Error(`This file is larger than ${MAX_SCHEDULE_BYTES / 1024 / 1024} MB; no conference schedule is that large.`);
      await importText(await file.text(), into);
    } catch (e) {
      say(`Nothing was imported, your library is unchanged. ${messageOf(e)}`, { error: true });
    } finally {
      busy.value = false;
    }
  }

  async function importText(text: string, into: ConferenceId | null): Promise<void> {
    const began = Date.now();
    const show = () => (progress.value = `Importing the schedule (${(text.length / 1024 / 1024).toFixed(1)} MB): reading its talks and storing them… ${Math.round((Date.now() - began) / 1000)} s`);
    let timer = setTimeout(function tick() {
      show();
      timer = setTimeout(tick, 1000);
    }, progressDelay);
    try {
      // A ScheduleError's message is written for the person; it is shown as it is.
      const summary = await deps.api('programme.import', { conferenceId: into, programme: (await scheduleReader()).parseSchedule(text) });
      await reload();
      say(importedMessage(summary));
    } finally {
      clearTimeout(timer);
      progress.value = null;
    }
  }

  // The sites the person already allowed: their permission is kept after an import, others' is given back.
  let held: string[] = [];
  const readHeld = () => void deps.hosts?.granted().then((g) => (held = g), () => {});
  readHeld();

  /**
   * Imports the schedule at a typed address: asks for that one site's permission unless the
   * extension already reaches it (at once, within the click: the browser asks only then), fetches
   * the file with the size cap, imports it, and gives a permission it asked for back.
   */
  function importUrl(typed: string, into: ConferenceId | null = null): Promise<void> {
    let target: ScheduleUrl;
    try {
      target = scheduleUrl(typed);
    } catch (e) {
      say(`Nothing was imported. ${messageOf(e)}`, { error: true });
      return Promise.resolve();
    }
    const { hosts, fetch } = deps;
    if (!hosts || !fetch) {
      say('Nothing was imported: this page cannot fetch from other sites.', { error: true });
      return Promise.resolve();
    }
    // A site the extension already reaches (granted before, or one its content scripts run on) is not asked for.
    const kept = covers(held, target.url);
    const asked = kept ? Promise.resolve(true) : hosts.request([target.pattern]).catch(() => false);
    return (async () => {
      busy.value = true;
      say(`Asking for access to ${target.host}…`);
      try {
        if (!(await asked)) throw new Error(`Access to ${target.host} was not given, so its schedule could not be fetched.`);
        say(`Fetching the schedule from ${target.host}…`);
        await importText(await fetchScheduleText(fetch, target.url, target.host), into);
      } catch (e) {
        say(`Nothing was imported, your library is unchanged. ${messageOf(e)}`, { error: true });
      } finally {
        if (!kept) await hosts.remove([target.pattern]).catch(() => false);
        readHeld();
        busy.value = false;
      }
    })();
  }

  return { busy, progress, views, read, importFile, importUrl };
}

/** "Imported the schedule as a new conference: 4 talks." / "Updated the schedule: 1 added, 2 changed, 1 cancelled." */
export function importedMessage(s: ProgrammeImportSummary): string {
  const talks = (n: number) => `${n} talk${n === 1 ? '' : 's'}`;
  if (s.created) return `Imported the schedule as a new conference: ${talks(s.added)}${s.cancelled > 0 ? ` (${s.cancelled} cancelled)` : ''}.`;
  if (s.added + s.updated + s.cancelled === 0) return 'Nothing new: the schedule is already up to date.';
  return `Updated the schedule: ${s.added} added, ${s.updated} changed, ${s.cancelled} cancelled.`;
}

/** A programme entry as the conference section lists it: with the notes its talk has (0: light), and whether a recording of it was opened. */
export interface ListedEntry extends ProgrammeEntryView {
  notes: number;
  opened: boolean;
}

export interface ListedDay {
  index: number | null;
  heading: string;
  entries: ListedEntry[];
}

/**
 * A conference's programme by day, each entry with the notes of the talk filed under it: the
 * talk holding the entry's key, or, for a talk filed before talks kept it, a talk of that
 * conference and day bearing the entry's title (filing gave it the schedule's title).
 */
export function listProgramme(view: ProgrammeView, talks: readonly LibraryTalk[]): ListedDay[] {
  if (view.programme === null) return [];
  const { conferenceId } = view.programme;
  const byKey = new Map<string, number>();
  const byTitle = new Map<string, number>();
  for (const t of talks) {
    const key = t.talk.programmeEntry;
    if (typeof key === 'string') byKey.set(key, (byKey.get(key) ?? 0) + t.notes);
    else if (key === undefined) byTitle.set(titleKey(t.talk.day ?? null, t.talk.title), t.notes);
  }
  const opened = new Set(view.opened);
  return programmeDays(view.programme.days, view.entries, view.programme.conference.timeZone).map((d) => ({
    ...d,
    entries: d.entries.map((e) => {
      const key = entryKey(conferenceId, e.entry);
      const notes = byKey.get(key) ?? byTitle.get(titleKey(e.entry.dayIndex, e.entry.title)) ?? 0;
      return { ...e, notes, opened: opened.has(key) || byKey.has(key) };
    }),
  }));
}

function titleKey(day: number | null, title: string): string {
  return `${day ?? ''}|${title.trim().toLowerCase()}`;
}
