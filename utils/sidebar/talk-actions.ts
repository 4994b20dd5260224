import type { Signal } from '@preact/signals';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { Talk, TalkMeta } from '@/utils/model/types';
import type { SidebarDeps } from '@/utils/sidebar/deps';

interface TalkActionDeps {
  deps: SidebarDeps;
  ref: Signal<TalkRef | null>;
  meta: Signal<TalkMeta | null>;
  talk: Signal<Talk | null>;
  say: (text: string) => void;
  failed: (what: string) => (error: unknown) => void;
}

/** The sidebar's actions on the whole talk that leave the page: export it, open the library. */
export function createTalkActions({ deps, ref, meta, talk, say, failed }: TalkActionDeps) {
  /** Copies or downloads this talk's notes in the talk-note format (made by the background, the one owner of the data). */
  async function exportMarkdown(how: 'copy' | 'download'): Promise<void> {
    const r = ref.value;
    if (!r) return;
    try {
      const { markdown, filename } = await deps.api('talk.export', { talkId: r.talkId });
      if (how === 'copy') {
        await deps.clipboard(markdown);
        say('Copied the notes as Markdown.');
      } else {
        await deps.api('file.download', { filename, text: markdown });
        say(`Saved ${filename}.`);
      }
    } catch (error) {
      failed('Could not export')(error);
    }
  }

  /** Opens the library page; with `details`, at this talk's details (saving the talk first if no note has yet). */
  async function openLibrary(details = false): Promise<void> {
    const r = ref.value;
    try {
      if (details && r && !talk.value && meta.value) talk.value = await deps.api('talk.update', { talkId: r.talkId, patch: {}, meta: meta.value });
      await deps.api('library.open', details && r ? { talkId: r.talkId } : {});
    } catch (error) {
      failed('Could not open the library')(error);
    }
  }

  return { exportMarkdown, openLibrary };
}
