const MAX_LENGTH = 100;
const FALLBACK = 'talk-notes';

// Control characters, and the invisible format characters (zero-width, bidi overrides) that can disguise a name.
const INVISIBLE = new RegExp('[\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]', 'g');
/** Windows reserves these names, whatever follows a dot. */
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?=\.|$)/i;

/**
 * A file name for a Markdown export that is safe on Windows, macOS and Linux: `<title>.md`.
 * Separators become `-` (`CI/CD` → `CI-CD`), the other characters Windows forbids become
 * spaces, spaces collapse, leading dots and dashes go (no hidden files, no `..`, no option-like names), trailing dots and
 * spaces go (Windows drops them), reserved device names get a `_`, and the whole name stays
 * within 100 characters and 255 UTF-8 bytes (what ext4 and APFS allow) without splitting a code
 * point. Nothing usable left: `talk-notes.md`.
 */
export function markdownFileName(title: string): string {
  return exportFileName(title, '.md');
}

/** The same rules for any export: `.vtt` subtitles, `.jsonld` annotations. */
export function exportFileName(title: string, extension: `.${string}`): string {
  let base = title
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(/[/\\|]/g, '-')
    .replace(/[<>:"?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+/, '');
  base = trimEnd(truncate(base, extension));
  if (base === '' || /^[-\s]*$/.test(base)) return `${FALLBACK}${extension}`;
  base = base.replace(RESERVED, '$1_');
  return `${base}${extension}`;
}

const MAX_BYTES = 255;
const utf8 = new TextEncoder();

function truncate(base: string, extension: string): string {
  let out = '';
  let count = extension.length;
  let bytes = utf8.encode(extension).length;
  for (const ch of base) {
    bytes += utf8.encode(ch).length;
    count += 1;
    if (count > MAX_LENGTH || bytes > MAX_BYTES) break;
    out += ch;
  }
  return out;
}

function trimEnd(name: string): string {
  return name.replace(/[\s.]+$/, '');
}
