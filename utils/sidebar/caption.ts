import type { Signal } from '@preact/signals';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { Player } from '@/utils/sidebar/deps';
import type { createDraft } from '@/utils/sidebar/draft';

export const NO_CAPTION = 'No caption on screen: turn on the video’s captions (CC) and try again while one shows.';

interface CaptionContext {
  ref: Signal<TalkRef | null>;
  status: Signal<{ text: string } | null>;
  draft: Pick<ReturnType<typeof createDraft>, 'insert'>;
  player: () => Player | null;
  say: (text: string) => void;
}

/** The caption on screen into the note box, as a quote stamped where it began; a message in the status line when there is none. */
export function captionAction({ ref, status, draft, player, say }: CaptionContext): () => Promise<boolean> {
  return async () => {
    if (!ref.value) return false;
    const p = player();
    const shown = p?.caption ? await p.caption().catch(() => null) : null;
    if (!shown) {
      say(NO_CAPTION);
      return false;
    }
    if (status.value?.text === NO_CAPTION) status.value = null;
    draft.insert(shown.text, shown.at);
    return true;
  };
}
