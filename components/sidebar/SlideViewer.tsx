import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SidebarModel } from '@/utils/sidebar/model';
import { formatMoment } from '@/utils/formats/time';

/** The slide shown large over the sidebar; Escape, the Close button or a click beside it closes it. */
export function SlideViewer({ model }: { model: SidebarModel }) {
  const { slides } = model;
  const id = slides.opened.value;
  const note = id ? model.rows.value.find((r) => r.id === id) : undefined;
  const [src, setSrc] = useState<string | null>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setSrc(null);
    if (!id) return;
    let live = true;
    void slides.load(id).then((url) => live && setSrc(url));
    return () => {
      live = false;
    };
  }, [id, slides]);
  const shown = Boolean(id && note?.slide);
  // Before the dialog is painted: an Escape pressed as soon as it shows must reach it, and an
  // effect runs only after the paint (later still on a busy machine).
  useLayoutEffect(() => {
    if (shown) close.current?.focus();
  }, [id, shown]);
  if (!id || !note?.slide) return null;
  const label = `Slide at ${formatMoment(note.at)}`;
  const done = () => (slides.opened.value = null);
  return (
    <div
      class="slide-viewer"
      role="dialog"
      aria-modal="true"
      aria-label={label}
      onClick={(e) => e.target === e.currentTarget && done()}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        done();
      }}
    >
      {src && <img src={src} alt={label} width={note.slide.width} height={note.slide.height} />}
      <div class="slide-viewer-row">
        <button type="button" onClick={() => model.seek(note.at)}>Play from {formatMoment(note.at)}</button>
        <button type="button" ref={close} onClick={done}>Close</button>
      </div>
    </div>
  );
}
