/** Longest texts an adapter hands on; page metadata is hostile input and can be any size. */
export const MAX = { title: 300, name: 100, channel: 200, url: 2048 } as const;

// C0/C1 controls, zero-width and bidi-override characters: invisible, or they reorder the text around them.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** One line of plain text: invisible characters dropped, whitespace collapsed, at most `max` characters. */
export function plainText(raw: string | null | undefined, max: number = MAX.title): string {
  if (!raw) return '';
  // Cut before the regexes so a 100 KB attribute costs no more than a short one.
  const head = raw.slice(0, max * 4);
  const flat = head.replace(/[\t\n\r\f\v]/g, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return cut(flat, max);
}

/**
 * Like `plainText`, for values that some sites fill with HTML (JSON-LD, og:*): tags are dropped
 * and entities read, so the result is the text a person would see, never markup to render.
 */
export function textFromMarkup(raw: unknown, max: number = MAX.title): string {
  if (typeof raw !== 'string') return '';
  const head = raw.slice(0, max * 8);
  const noTags = head.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
  return plainText(decodeEntities(noTags), max);
}

/** An absolute http(s) address, or null: `javascript:`, `data:` and garbage never pass. */
export function safeUrl(raw: unknown, base?: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX.url) return null;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = text.slice(0, max);
  // Never end on half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(out)) out = out.slice(0, -1);
  return out.trimEnd();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
