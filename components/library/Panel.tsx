import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The side panel: takes focus (its heading) when it opens, closes on Escape, and gives focus
 * back to whatever opened it when it closes.
 */
export function Panel({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
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
