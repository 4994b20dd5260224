/**
 * How much of an export the panel shows. A textarea holding 2.8 MB of Markdown (20,000 notes)
 * took about a second to lay out after the click, longer than making the Markdown; a person
 * reads the start to check it, and Copy and Download take it whole.
 */
export const PREVIEW_CHARS = 50_000;

export interface Preview {
  text: string;
  /** Set when `text` is only the start: the whole Markdown's length in characters. */
  of?: number;
}

/** The start of `markdown` up to `max` characters, cut after a whole line. */
export function previewOf(markdown: string, max = PREVIEW_CHARS): Preview {
  if (markdown.length <= max) return { text: markdown };
  const end = markdown.lastIndexOf('\n', max - 1);
  return { text: markdown.slice(0, end >= 0 ? end + 1 : max), of: markdown.length };
}

/** `48 KB`, `2.8 MB`: a length in characters as a person reads a file's size. */
export function sizeText(chars: number): string {
  return chars < 1024 * 1024 ? `${Math.max(1, Math.round(chars / 1024))} KB` : `${(chars / 1024 / 1024).toFixed(1)} MB`;
}
