import type { TargetedKeyboardEvent } from 'preact';
import { useComputed } from '@preact/signals';
import type { NoteKind } from '@/utils/model/types';
import type { SidebarModel } from '@/utils/sidebar/model';
import { formatMoment } from '@/utils/formats/time';
import { KIND_LABELS } from '@/components/kind-labels';

/** Keys chosen to be free on YouTube and in text fields: Alt+1…5 picks the kind, in the order the buttons show. */
const KIND_KEYS: Record<string, NoteKind> = { Digit1: 'note', Digit2: 'quote', Digit3: 'question', Digit4: 'thought', Digit5: 'tip' };

export function NoteEditor({ model, boxRef }: { model: SidebarModel; boxRef: { current: HTMLTextAreaElement | null } }) {
  const { draft } = model;
  // The box's text and the moment line are bound to their signals: a key typed, or Enter
  // emptying the box, writes them into the DOM without drawing the editor again.
  const moment = useComputed(() => {
    const at = draft.at.value;
    return at === null ? 'The moment is taken at your first key' : `Note at ${formatMoment(at)}`;
  });
  const rewind = model.settings.value.rewind;

  function onKeyDown(e: TargetedKeyboardEvent<HTMLTextAreaElement>) {
    if (e.isComposing) return;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void model.save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      draft.leave();
      e.currentTarget.blur();
    } else if (e.altKey && KIND_KEYS[e.code]) {
      e.preventDefault();
      draft.kind.value = KIND_KEYS[e.code]!;
    }
  }

  return (
    <div class="editor">
      <div class="editor-tools">
        <div class="kinds" role="radiogroup" aria-label="Kind of note">
          {model.kinds.map((k, i) => (
            <button
              type="button"
              role="radio"
              aria-checked={draft.kind.value === k}
              title={`${KIND_LABELS[k]} (Alt+${i + 1})`}
              onClick={() => {
                draft.kind.value = k;
                boxRef.current?.focus();
              }}
            >
              {KIND_LABELS[k]}
            </button>
          ))}
        </div>
        <button type="button" class="capture" onClick={() => void model.captureSlide()} title="Capture the video's frame as a slide note at this moment (Alt+Shift+K)">
          Slide
        </button>
      </div>
      <div class="takes">
        <button
          type="button"
          class="caption"
          title="Put the caption on screen in the box as a quote, at the moment it began (Alt+Shift+C)"
          onClick={() => void model.takeCaption().then((taken) => taken && boxRef.current?.focus())}
        >
          Caption
        </button>
      </div>
      <textarea
        ref={boxRef}
        class="box"
        rows={2}
        aria-label="Note"
        aria-describedby="tn-moment"
        placeholder="Type a note; Enter saves, Shift+Enter adds a line"
        value={draft.text}
        onInput={(e) => draft.input(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="tn-moment" class="moment">
        {moment}
        {rewind > 0 ? ` · rewind ${rewind} s` : ''}
      </p>
    </div>
  );
}
