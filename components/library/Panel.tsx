import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * The side panel: takes focus (its heading) when it opens, closes on Escape, and gives focus
 * back to whatever opened it when it closes.
 */
export function Panel({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Read as the panel first renders, in the task of the click or key that opened it: an effect
  // runs after the next frame, by when a quick Tab may have moved the focus on.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useLayoutEffect(() => {
    heading.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <aside
      class="panel"
      aria-labelledby="panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id="panel-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {children}
    </aside>
  );
}
