// Apart from the adapter: the page's loader reads the id and nothing else.
const ID = /^\d{6,12}$/;
const HASH = /^[0-9a-f]{6,20}$/;

/** Vimeo's id (and the private-link hash of an unlisted video) from a page or player address. */
export function vimeoIdFromUrl(url: URL): { id: string; hash?: string } | null {
  const p = url.pathname.split('/').filter(Boolean);
  const withHash = (id: string | undefined, hash: string | null | undefined) =>
    id && ID.test(id) ? (hash && HASH.test(hash) ? { id, hash } : { id }) : null;
  if (url.hostname === 'player.vimeo.com') {
    return p.length === 2 && p[0] === 'video' ? withHash(p[1], url.searchParams.get('h')) : null;
  }
  if (url.hostname !== 'vimeo.com' && url.hostname !== 'www.vimeo.com') return null;
  if (p.length === 1 || (p.length === 2 && ID.test(p[0]!))) return withHash(p[0], p[1]);
  if (p.length === 3 && p[0] === 'channels') return withHash(p[2], null);
  if (p.length === 4 && ((p[0] === 'groups' && p[2] === 'videos') || ((p[0] === 'showcase' || p[0] === 'album') && p[2] === 'video'))) {
    return withHash(p[3], null);
  }
  return null;
}
