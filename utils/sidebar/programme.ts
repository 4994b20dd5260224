import { effect, signal, type Signal } from '@preact/signals';
import type { EntryCard } from '@/utils/formats/schedule/entry-card';
import type { ProgrammeLookup } from '@/utils/messages/programme-sidebar';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { Talk, TalkMeta } from '@/utils/model/types';
import type { SidebarDeps } from '@/utils/sidebar/deps';

interface ProgrammeDeps {
  deps: SidebarDeps;
  ref: Signal<TalkRef | null>;
  meta: Signal<TalkMeta | null>;
  talk: Signal<Talk | null>;
  /** False while the talk's notes load: the programme is asked after, never before them. */
  loading: Signal<boolean>;
  failed: (what: string) => (error: unknown) => void;
}

export type SidebarProgramme = ReturnType<typeof createSidebarProgramme>;

/**
 * Which programme entry the recording is, as the sidebar shows it: asked of the background for
 * each talk shown (each part of a stream too, as the sidebar follows them), and again when the
 * talk's entry changes (a note's save filed it, another tab chose one). The person can choose
 * one of the entries offered, search for another, or unlink the talk from the programme.
 */
export function createSidebarProgramme({ deps, ref, meta, talk, loading, failed }: ProgrammeDeps) {
  const lookup = signal<ProgrammeLookup | null>(null);
  /** The search for another entry: null while closed. */
  const search = signal<{ text: string; found: EntryCard[] } | null>(null);
  const busy = signal(false);
  let asked = '';
  let shownFor: string | null = null;

  effect(() => {
    const r = ref.value;
    const m = meta.value;
    const entry = talk.value?.programmeEntry;
    if (r?.talkId !== shownFor) {
      // Another talk (or the next part of a stream): the last one's entry is not this one's.
      shownFor = r?.talkId ?? null;
      lookup.value = null;
      search.value = null;
    }
    if (!r || !m || loading.value) return;
    const key = `${r.talkId}\n${m.title}\n${entry === undefined ? '' : String(entry)}`;
    if (key === asked) return;
    asked = key;
    void deps.api('programme.match', { talkId: r.talkId, meta: m })
      .then((found) => {
        if (asked === key) lookup.value = found;
      })
      // Nothing to show is better than a message about a programme the person may never have imported.
      .catch(() => {
        if (asked === key) lookup.value = null;
      });
  });

  async function act<T>(what: string, run: (r: TalkRef, m: TalkMeta) => Promise<T>): Promise<T | undefined> {
    const r = ref.value;
    const m = meta.value;
    if (!r || !m || busy.value) return undefined;
    busy.value = true;
    try {
      return await run(r, m);
    } catch (error) {
      failed(what)(error);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  /** The person says the recording is this entry: the talk is filed under it and its details shown. */
  async function choose(key: string): Promise<void> {
    await act('Could not file the talk under that entry', async (r, m) => {
      const chosen = await deps.api('programme.choose', { talkId: r.talkId, meta: m, key });
      if (ref.value?.talkId !== r.talkId) return;
      asked = `${r.talkId}\n${m.title}\n${chosen.talk.programmeEntry ?? ''}`;
      lookup.value = chosen.lookup;
      search.value = null;
      talk.value = chosen.talk;
    });
  }

  /** The person says the recording is none of the programme's entries. */
  async function unlink(): Promise<void> {
    await act('Could not take the talk out of the programme', async (r, m) => {
      const t = await deps.api('programme.unlink', { talkId: r.talkId, meta: m });
      if (ref.value?.talkId !== r.talkId) return;
      asked = `${r.talkId}\n${m.title}\nnull`;
      lookup.value = { state: 'unlinked' };
      search.value = null;
      talk.value = t;
    });
  }

  let typed = 0;
  /** Searches every programme for `text`; a slower answer to an earlier keystroke is dropped. */
  async function find(text: string): Promise<void> {
    const mine = ++typed;
    search.value = { text, found: search.peek()?.found ?? [] };
    try {
      const found = text.trim() === '' ? [] : await deps.api('programme.search', { text });
      if (mine === typed && search.peek() !== null) search.value = { text, found };
    } catch (error) {
      failed('Could not search the programme')(error);
    }
  }

  return {
    lookup, search, busy, choose, unlink, find,
    openSearch: () => (search.value = { text: '', found: [] }),
    closeSearch: () => (search.value = null),
  };
}
