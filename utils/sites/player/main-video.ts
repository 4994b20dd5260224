/** How a video shows on the page, as far as choosing the main one goes. */
export interface VideoLook {
  width: number;
  height: number;
  /** Not `display: none`, `visibility: hidden`, transparent, or inside `[hidden]`. */
  visible: boolean;
}

/** Smaller than this is a thumbnail preview, not something a person watches a talk in. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 112;

/** What the browser's layout says; tests pass their own, as happy-dom has no layout. */
export function measureVideo(video: HTMLVideoElement): VideoLook {
  const rect = video.getBoundingClientRect();
  const style = video.ownerDocument.defaultView?.getComputedStyle(video);
  const opacity = parseFloat(style?.opacity ?? '');
  const visible =
    !video.closest('[hidden]') && style?.display !== 'none' && style?.visibility !== 'hidden' && !(opacity <= 0.05);
  return { width: rect.width, height: rect.height, visible };
}

/**
 * The video a person would call "the video" on this page: visible and not tiny, not a muted
 * looping decoy (background or sponsor loops), playing before paused (with sound before muted),
 * then the largest. Null when nothing qualifies.
 */
export function pickMainVideo(
  videos: Iterable<HTMLVideoElement>,
  measure: (v: HTMLVideoElement) => VideoLook = measureVideo,
): HTMLVideoElement | null {
  let best: { video: HTMLVideoElement; rank: number; area: number } | null = null;
  for (const video of videos) {
    if (video.muted && video.loop) continue;
    const look = measure(video);
    if (!look.visible || look.width < MIN_WIDTH || look.height < MIN_HEIGHT) continue;
    const rank = playing(video) ? (video.muted || video.volume === 0 ? 1 : 2) : 0;
    const area = look.width * look.height;
    if (!best || rank > best.rank || (rank === best.rank && area > best.area)) best = { video, rank, area };
  }
  return best?.video ?? null;
}

function playing(video: HTMLVideoElement): boolean {
  return !video.paused && !video.ended;
}

/** Every `<video>` of the document, including those in open shadow roots (custom players). */
export function allVideos(doc: Document): HTMLVideoElement[] {
  const found: HTMLVideoElement[] = [];
  const visit = (root: Document | ShadowRoot, depth: number) => {
    found.push(...Array.from(root.querySelectorAll('video')));
    if (depth >= 3) return;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) visit(el.shadowRoot, depth + 1);
    }
  };
  visit(doc, 0);
  return found;
}
