import { useEffect, useRef } from 'preact/hooks';
import type { LibraryModel } from '@/utils/library/model';

/** What just happened. Both live regions stay in the page so screen readers announce changes. */
export function StatusBar({ model }: { model: LibraryModel }) {
  const status = model.status.value;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The deleted row held the focus: hand it to Undo rather than to the page's top.
    if (status?.undo && (document.activeElement === document.body || document.activeElement === null)) undo.current?.focus();
  }, [status]);
  return (
    <div class="status-bar">
      <p role="status" class="status">
        {status && !status.error && status.text}
        {status?.undo && (
          <button type="button" ref={undo} class="undo" onClick={status.undo}>
            Undo
          </button>
        )}
      </p>
      {model.programmes.progress.value !== null && (
        <p class="status progress">
          <progress aria-label="Importing the schedule" /> {model.programmes.progress.value}
        </p>
      )}
      <p role="alert" class="status error">
        {status?.error && status.text}
      </p>
    </div>
  );
}
