// Apart from the adapter: the page's loader reads the slug and nothing else.
export const MEDIACCC_HOSTS: ReadonlySet<string> = new Set(['media.ccc.de', 'www.media.ccc.de']);
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.~-]{0,199}$/;

/** The recording's slug from `media.ccc.de/v/SLUG`, or null. */
export function mediacccSlugFromUrl(url: URL): string | null {
  if (!MEDIACCC_HOSTS.has(url.hostname)) return null;
  const p = url.pathname.split('/').filter(Boolean);
  return p.length === 2 && p[0] === 'v' && SLUG.test(p[1]!) ? p[1]! : null;
}
