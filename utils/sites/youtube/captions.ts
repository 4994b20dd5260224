import { sinceStart, type CaptionReader, type ShownCaption } from '@/utils/sites/player/captions';

/**
 * YouTube draws captions itself (no text track): `.ytp-caption-window-container` holds a
 * `.caption-window` per caption, its `.captions-text` one `.caption-visual-line` per line on
 * screen, each of `.ytp-caption-segment` spans. The DOM says nothing of a cue's start, so the
 * moment the words appeared is watched: when the text on screen changes to one that does not
 * continue the previous (auto-generated captions roll in word by word), the video's time then
 * is the caption's start. A caption already on screen when watching began starts "now".
 */
export function youtubeCaptionText(root: ParentNode): string {
  const lines: string[] = [];
  for (const line of root.querySelectorAll('.ytp-caption-window-container .caption-window .captions-text .caption-visual-line')) {
    const words = Array.from(line.querySelectorAll('.ytp-caption-segment'), (s) => s.textContent ?? '').join('');
    const clean = words.replace(/\s+/g, ' ').trim();
    if (clean !== '') lines.push(clean);
  }
  return lines.join(' ');
}

/** The player around `video` (captions of another player on the page are not this talk's). */
function playerOf(video: HTMLVideoElement, doc: Document): ParentNode {
  return video.closest('.html5-video-player') ?? doc;
}

export function watchYoutubeCaptions(video: HTMLVideoElement, doc: Document, signal: AbortSignal): CaptionReader {
  let shown = '';
  let since: number | null = null;
  const look = () => {
    const text = youtubeCaptionText(playerOf(video, doc));
    if (text === shown) return;
    if (text === '') since = null;
    else if (shown === '' || !text.startsWith(shown)) since = video.currentTime;
    shown = text;
  };
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer(look);
  observer.observe(playerOf(video, doc), { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return (): ShownCaption | null => {
    look();
    if (shown === '') return null;
    return { text: shown, ago: since === null ? 0 : sinceStart(video.currentTime, since) };
  };
}
