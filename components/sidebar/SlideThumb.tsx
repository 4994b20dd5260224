import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteId } from '@/utils/model/ids';
import type { SlideRef } from '@/utils/model/slide';
import type { SlideImages } from '@/utils/sidebar/slide-images';

/** Thumbnails are this wide; the height follows the slide's shape, known before the image is read. */
const THUMB_WIDTH = 160;

/**
 * A slide note's image, small: its bytes are asked for only once the row scrolls into view.
 * A click (or Enter) shows it large.
 */
export function SlideThumb({ slides, id, slide, label }: { slides: SlideImages; id: NoteId; slide: SlideRef; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const box = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let live = true;
    const show = () =>
      void slides.load(id).then((url) => {
        if (!live) return;
        setSrc(url);
        setMissing(url === null);
      });
    // Already at hand (just captured): no need to wait for the observer's first report.
    if (slides.has(id)) show();
    else if (typeof IntersectionObserver === 'undefined') show();
    else {
      const seen = new IntersectionObserver((entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        seen.disconnect();
        show();
      });
      seen.observe(el);
      return () => {
        live = false;
        seen.disconnect();
      };
    }
    return () => {
      live = false;
    };
  }, [id, slides]);
  const height = Math.round((THUMB_WIDTH * slide.height) / slide.width);
  return (
    <button type="button" class="slide-thumb" ref={box} aria-label={`Show ${label} large`} title={`Show ${label} large`} onClick={() => (slides.opened.value = id)} disabled={missing}>
      {src ? <img src={src} alt={label} width={THUMB_WIDTH} height={height} /> : <span class="slide-placeholder" style={{ width: `${THUMB_WIDTH}px`, height: `${height}px` }}>{missing ? 'Image missing' : ''}</span>}
    </button>
  );
}
