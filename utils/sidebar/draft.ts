import { batch, signal, type Signal } from '@preact/signals';
import type { TalkId } from '@/utils/model/ids';
import type { Draft, NoteKind } from '@/utils/model/types';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { NoteInput } from '@/utils/model/edits';
import { formatMoment } from '@/utils/formats/time';
import type { Player, Settings, SidebarDeps } from '@/utils/sidebar/deps';

export interface Taken {
  talkId: TalkId;
  note: NoteInput;
  /** Whether the store may hold this note as the talk's draft, to be cleared once the note is saved. */
  drafted: boolean;
}

interface DraftContext {
  deps: SidebarDeps;
  ref: Signal<TalkRef | null>;
  settings: Signal<Settings>;
  player: () => Player | null;
  say: (text: string) => void;
}

/**
 * The note box. Its moment is taken at the first keystroke (minus the rewind), not at
 * Enter: that is when the speaker said what the note is about. The text is kept as a draft
 * in the extension's store, so a crash or a closed tab loses nothing.
 */
export function createDraft({ deps, ref, settings, player, say }: DraftContext) {
  const text = signal('');
  const kind = signal<NoteKind>('note');
  const at = signal<number | null>(null);
  let owner: TalkId | null = null;
  /** Where the next note's moment comes from instead of the player's time: a shortcut pressed before the sidebar was there. */
  let pressed: (() => number | null) | null = null;
  let pausedByUs = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Talks whose draft the store may hold (written, or found there): a saved note clears it then only. */
  const stored = new Set<TalkId>();
  const delay = deps.draftDelay ?? 300;
  // The kind is part of the draft: choosing one (Alt+1…4, a click) keeps it like typing does.
  kind.subscribe(() => {
    if (owner && text.value.trim() !== '') schedule();
  });

  function input(value: string): void {
    const r = ref.value;
    if (!r) return;
    batch(() => {
      if (at.value === null && value.trim() !== '') stamp(r.talkId);
      text.value = value;
      if (value.trim() === '') at.value = null;
    });
    schedule();
  }

  function stamp(talkId: TalkId): void {
    const p = player();
    const from = pressed?.() ?? p?.now() ?? 0;
    pressed = null;
    at.value = Math.max(0, from - settings.value.rewind);
    owner = talkId;
    if (settings.value.pauseWhileTyping && p && !p.paused) {
      p.pause();
      pausedByUs = true;
    }
  }

  function resume(): void {
    if (pausedByUs) player()?.play();
    pausedByUs = false;
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  /** Writes the draft now (or clears it when the box is empty). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    const talkId = owner ?? ref.value?.talkId;
    if (!talkId) return;
    try {
      if (text.value.trim() === '' || at.value === null) await clear(talkId);
      else {
        const draft: Draft = { talkId, at: at.value, kind: kind.value, text: text.value, updatedAt: (deps.now ?? Date.now)() };
        stored.add(talkId);
        await deps.api('draft.put', { draft });
      }
    } catch {
      // A draft is a safety net; the note itself is still in the box.
    }
  }

  /** Clears `talkId`'s stored draft; throws when that failed. */
  async function clear(talkId: TalkId): Promise<void> {
    await deps.api('draft.clear', { talkId });
    stored.delete(talkId);
  }

  /** Empties the box and hands back its note, or null when there is nothing to save. */
  function take(): Taken | null {
    const value = text.value.trim();
    const talkId = owner;
    if (!value || at.value === null || !talkId) return null;
    const taken: Taken = { talkId, note: { id: deps.newId(), at: at.value, kind: kind.value, text: value }, drafted: stored.has(talkId) };
    clearTimeout(timer);
    batch(() => {
      text.value = '';
      at.value = null;
      kind.value = 'note';
    });
    owner = null;
    resume();
    return taken;
  }

  /** The shown talk changes: the box empties at once and its text is kept as that talk's draft. */
  function stash(): void {
    pressed = null;
    if (owner && text.value.trim() !== '') void flush();
    else clearTimeout(timer);
    batch(() => {
      text.value = '';
      at.value = null;
      kind.value = 'note';
    });
    owner = null;
    resume();
  }

  /** Puts a note that could not be saved back into the box, so nothing is lost. */
  function giveBack(taken: Taken): void {
    if (taken.talkId !== ref.value?.talkId) return;
    batch(() => {
      text.value = taken.note.text + (text.value ? `\n${text.value}` : '');
      at.value = taken.note.at;
      kind.value = taken.note.kind;
    });
    owner = taken.talkId;
    schedule();
  }

  /** The next note's moment is `moment()`, read at its first keystroke (once; a talk change forgets it). */
  function stampFrom(moment: () => number | null): void {
    if (at.value === null) pressed = moment;
  }

  /** Another talk is shown: its stored draft (if any) comes back into the box. */
  function restore(talkId: TalkId, draft: Draft | null): void {
    batch(() => {
      text.value = draft?.text ?? '';
      at.value = draft?.at ?? null;
      kind.value = draft?.kind ?? 'note';
    });
    owner = draft ? talkId : null;
    if (!draft) return;
    stored.add(talkId);
    say(`Your unsaved note from ${formatMoment(draft.at)} is back in the box.`);
  }

  /** Leaves the box (Escape): the draft stays; playback resumes if typing paused it. */
  function leave(): void {
    resume();
    void flush();
  }

  /**
   * Words taken from the video (a caption): into an empty box as a quote stamped at `moment`;
   * after what is typed already, on a line of its own, the note's kind and moment kept.
   */
  function insert(words: string, moment: number): void {
    const r = ref.value;
    if (!r) return;
    batch(() => {
      if (text.value.trim() === '') {
        text.value = words;
        kind.value = 'quote';
        at.value = Math.max(0, moment);
        owner = r.talkId;
      } else {
        text.value = `${text.value.replace(/\s+$/, '')}\n${words}`;
      }
    });
    schedule();
  }

  function nudge(delta: number): void {
    if (at.value !== null) at.value = Math.max(0, at.value + delta);
  }

  /** A saved note's draft: cleared where the store may hold it (a failure leaves it for the next save to clear). */
  function saved(taken: Taken): void {
    if (taken.drafted) void clear(taken.talkId).catch(() => {});
  }

  return { text, kind, at, input, insert, take, giveBack, restore, stash, flush, leave, nudge, stampFrom, saved };
}
