import { batch, computed, effect, signal } from '@preact/signals';
import type { ChangeEvent } from '@/utils/messages/events';
import { NOTE_KINDS, type Note, type Speaker, type Talk, type TalkMeta } from '@/utils/model/types';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { TalkContext, TalkRef } from '@/utils/model/talk-ref';
import type { TalkPatch } from '@/utils/model/edits';
import { DEFAULT_SETTINGS, type Player, type Settings, type SidebarDeps } from '@/utils/sidebar/deps';
import { createDraft } from '@/utils/sidebar/draft';
import { captionAction } from '@/utils/sidebar/caption';
import { formatMoment } from '@/utils/formats/time';
import { currentNoteId, FIRST_NOTES, removeRow, sameVersion, upsertRow, withPending, type NoteRow } from '@/utils/sidebar/notes-list';
import { fillFromPage } from '@/utils/model/talk-rules';
import { createTalkActions } from '@/utils/sidebar/talk-actions';
import { createSidebarProgramme } from '@/utils/sidebar/programme';
import { createSlideImages } from '@/utils/sidebar/slide-images';
import { createSlideCapture } from '@/utils/sidebar/slide-capture';
import { createInlineParser } from '@/utils/sidebar/inline-parser';
import { painted as afterPaintDone } from '@/utils/sidebar/after-paint';

export type SidebarModel = ReturnType<typeof createSidebarModel>;

/** The sidebar's state and actions; the components only render it and call these. */
export function createSidebarModel(deps: SidebarDeps) {
  const clock = deps.now ?? Date.now;
  const painted = deps.painted ?? afterPaintDone;
  const ref = signal<TalkRef | null>(null);
  const meta = signal<TalkMeta | null>(null);
  /** What the page says of the talk's setting (its conference), as a hint. */
  const context = signal<TalkContext | null>(null);
  const talk = signal<Talk | null>(null);
  const rows = signal<NoteRow[]>([]);
  const loading = signal(false);
  const time = signal<number | null>(null);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const status = signal<{ text: string; undo?: () => void } | null>(null);
  const editing = signal<NoteId | null>(null);
  let player: Player | null = null;

  const title = computed(() => talk.value?.title || meta.value?.title || '');
  const speakers = computed<Speaker[]>(() =>
    talk.value && talk.value.speakers.length > 0 ? talk.value.speakers : meta.value?.speakers ?? [],
  );
  const current = computed(() => currentNoteId(rows.value, time.value));
  /** How many notes the list holds, and whether none: what the header and footer show, apart from the rows themselves. */
  const count = computed(() => rows.value.length);
  const empty = computed(() => rows.value.length === 0);

  const say = (text: string, undo?: () => void) => (status.value = { text, undo });
  const failed = (what: string) => (error: unknown) =>
    say(`${what}: ${error instanceof Error ? error.message : String(error)}`);

  const { exportMarkdown, openLibrary } = createTalkActions({ deps, ref, meta, talk, say, failed });
  const slides = createSlideImages(deps.api);
  const captureSlide = createSlideCapture({ deps, ref, meta, talk, rows, slides, player: () => player, say, failed, clock });

  const programme = createSidebarProgramme({ deps, ref, meta, talk, loading, failed });

  const draft = createDraft({
    deps,
    ref,
    settings,
    player: () => player,
    say,
  });
  const takeCaption = captionAction({ ref, status, draft, player: () => player, say });

  /** Shows the talk `r` with what the page says about it; loads its notes when it is another talk. */
  async function showTalk(r: TalkRef | null, m: TalkMeta | null): Promise<void> {
    const switched = r?.talkId !== ref.value?.talkId;
    batch(() => {
      meta.value = m;
      if (switched) {
        ref.value = r;
        talk.value = null;
        rows.value = [];
        editing.value = null;
        status.value = null;
        // Set with the talk, so nothing that waits for its notes starts before they are asked for.
        loading.value = r !== null;
        slides.dispose();
        draft.stash();
      }
    });
    if (!switched || !r) return;
    loading.value = true;
    try {
      // The first screenful first: a talk with thousands of notes shows at once, the rest follows.
      const view = await deps.api('talk.open', { talkId: r.talkId, first: FIRST_NOTES });
      if (ref.value?.talkId !== r.talkId) return; // the user moved on meanwhile
      batch(() => {
        talk.value = view.talk;
        rows.value = view.notes;
      });
      draft.restore(r.talkId, view.draft);
      if (view.complete) return;
      // The rest once the first screenful is painted: its read in the background and its reply
      // (thousands of notes) would otherwise compete with that paint on a busy machine.
      await painted();
      if (ref.value?.talkId !== r.talkId) return;
      const all = await deps.api('talk.open', { talkId: r.talkId });
      if (ref.value?.talkId === r.talkId) rows.value = withPending(all.notes, rows.value);
    } catch (error) {
      failed('Could not load notes')(error);
    } finally {
      if (ref.value?.talkId === r.talkId) loading.value = false;
    }
  }

  let filling: TalkId | null = null;
  /**
   * A stored talk without details gets them once the page shows them, whichever came first and
   * by whatever path the talk came (opened, saved with a first note typed before the title
   * rendered or while it rendered, or sent by another tab that had none); what the user edited stays.
   */
  effect(fillGaps);
  function fillGaps(): void {
    const t = talk.value;
    const m = meta.value;
    if (!t || !m || filling === t.id || !fillFromPage(t, m, 0)) return;
    filling = t.id;
    void deps.api('talk.update', { talkId: t.id, patch: {}, meta: m })
      .then((next) => {
        if (next.id === talk.value?.id) talk.value = next;
      })
      .catch(() => {}) // the next save fills them too
      .finally(() => (filling = null));
  }

  /** Saves the box's text as a note. The note shows at once; it is marked saved when the background has committed it. */
  async function save(): Promise<void> {
    const m = meta.value;
    if (!m || !ref.value) return;
    const taken = draft.take();
    if (!taken) return;
    if (taken.talkId !== ref.value.talkId) throw new Error('a draft outlived its talk'); // stash() prevents this
    const now = clock();
    const row: NoteRow = { ...taken.note, talkId: taken.talkId, createdAt: now, updatedAt: now, saving: true };
    rows.value = upsertRow(rows.value, row);
    try {
      const { note, talk: t } = await deps.api('note.save', { note: taken.note, meta: m });
      if (note.talkId === ref.value?.talkId) {
        batch(() => {
          rows.value = upsertRow(rows.value, note);
          setTalk(t);
        });
      }
      // After the saved row is drawn: nothing else is sent before it.
      setTimeout(() => draft.saved(taken), 0);
    } catch (error) {
      rows.value = removeRow(rows.value, row.id);
      draft.giveBack(taken);
      failed('Not saved, your note is still in the box')(error);
    }
  }

  async function update(note: Note, change: Partial<Pick<Note, 'text' | 'kind' | 'at'>>): Promise<void> {
    const m = meta.value;
    if (!m) return;
    const next = { id: note.id, at: Math.max(0, change.at ?? note.at), kind: change.kind ?? note.kind, text: change.text ?? note.text };
    rows.value = upsertRow(rows.value, { ...note, ...next, saving: true });
    try {
      const saved = await deps.api('note.save', { note: next, meta: m });
      rows.value = upsertRow(rows.value, saved.note);
    } catch (error) {
      rows.value = upsertRow(rows.value, note);
      failed('Could not change the note')(error);
    }
  }

  async function remove(note: Note): Promise<void> {
    rows.value = removeRow(rows.value, note.id);
    slides.forget(note.id);
    try {
      await deps.api('note.delete', { id: note.id });
      say(`Deleted the note at ${formatMoment(note.at)}.`, () => void restore(note));
    } catch (error) {
      rows.value = upsertRow(rows.value, note);
      failed('Could not delete the note')(error);
    }
  }

  async function restore(note: Note): Promise<void> {
    status.value = null;
    try {
      rows.value = upsertRow(rows.value, await deps.api('note.restore', { id: note.id }));
    } catch (error) {
      failed('Could not bring the note back')(error);
    }
  }

  async function editTalk(patch: TalkPatch): Promise<void> {
    const r = ref.value;
    if (!r) return;
    try {
      talk.value = await deps.api('talk.update', { talkId: r.talkId, patch, meta: meta.value });
    } catch (error) {
      failed('Could not change the talk')(error);
    }
  }

  /** The talk as the background answered or told it; the version already shown draws nothing again. */
  function setTalk(next: Talk): void {
    const shown = talk.value;
    if (!shown || shown.id !== next.id || !sameVersion(shown, next)) talk.value = next;
  }

  /** Applies a change another tab or page made (or this sidebar's own save, already shown: then nothing). */
  function receive(event: ChangeEvent): void {
    if (event.talkId !== ref.value?.talkId) return;
    batch(() => {
      if (event.talk) setTalk(event.talk);
      for (const n of event.notes) rows.value = upsertRow(rows.value, n);
    });
  }

  function seek(at: number): void {
    player?.seek(at);
  }

  return {
    ref, meta, context, talk, rows, loading, time, settings, status, editing, title, speakers, current, count, empty,
    draft, programme,
    setPlayer: (p: Player | null) => (player = p),
    showTalk, save, update, remove, restore, editTalk, receive, seek, takeCaption, exportMarkdown, openLibrary,
    slides, captureSlide,
    canCaptureSlide: () => player?.captureSlide !== undefined,
    /** A new talk of this recording starts now (multi-talk streams); absent where the page cannot tell talks apart. */
    markTalkStart: () => player?.markTalk?.(),
    canMarkTalk: () => player?.markTalk !== undefined,
    kinds: NOTE_KINDS,
    /** Notes' inline Markdown; its parser's file is asked for at the first line that needs it. */
    inline: createInlineParser(() => void deps.api('loader.parser', {}).catch(() => {})),
  };
}
