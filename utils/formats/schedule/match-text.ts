/** Letters NFKD leaves whole but people write without their mark. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The words of a title or name as matching compares them: case, accents and punctuation
 * dropped, so "Zoë Ørsted – Async Rust!" and "zoe orsted async rust" read alike.
 */
export function words(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c]!);
  return folded.split(NOT_WORD).filter((w) => w !== '');
}

/** The distinct words, in first-seen order. */
export function wordSet(text: string): string[] {
  return [...new Set(words(text))];
}

/**
 * An address as a key to compare recordings by: scheme, `www.`, a trailing slash, the fragment
 * and the parameters that only say where to start or who shared it are dropped.
 */
export function urlKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase().replace(/^(?:www|m)\./, '');
  if (host === 'media.ccc.de') {
    const slug = /^\/v\/([^/]+)/.exec(u.pathname)?.[1];
    if (slug) return `mediaccc:${decodeURIComponent(slug)}`;
  }
  const params = [...u.searchParams].filter(([k]) => !/^(?:t|start|si|feature|utm_.*|ab_channel|list|index|pp)$/i.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `url:${host}${u.pathname.replace(/\/+$/, '')}${query}`;
}
