/**
 * Whether a page may show a recording: a `<video>` of its own or a frame of a known player.
 * Run by the background in the page (scripting.executeScript), so it must stay self-contained:
 * no imports, no outer variables.
 */
export function pageMayHoldVideo(): boolean {
  if (document.querySelector('video')) return true;
  const players = /^https?:\/\/(?:(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|[^/]+\/videos\/embed\/)/;
  return Array.from(document.querySelectorAll('iframe')).some((f) => players.test(f.src));
}
