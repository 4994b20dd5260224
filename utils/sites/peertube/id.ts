/** The alphabet PeerTube's short ids use (short-uuid's default, "flickrBase58"). */
const BASE58 = '123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHORT = /^[1-9a-km-zA-HJ-NP-Z]{10,22}$/;

/**
 * The video's UUID from a PeerTube address (`/w/ID`, `/videos/watch/ID`, `/videos/embed/ID`,
 * ID a UUID or its short form), lower-cased; null for other paths and playlists (`/w/p/…`).
 * The UUID is the same on every instance that federates the video, so notes follow it.
 */
export function peertubeUuidFromUrl(url: URL): string | null {
  const p = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (p.length === 2 && p[0] === 'w') id = p[1];
  else if (p.length === 3 && p[0] === 'videos' && (p[1] === 'watch' || p[1] === 'embed')) id = p[2];
  if (!id) return null;
  if (UUID.test(id)) return id.toLowerCase();
  return SHORT.test(id) ? shortToUuid(id) : null;
}

/** PeerTube's short id (base 58 of the UUID's 128 bits) as the UUID; null when it is out of range. */
export function shortToUuid(short: string): string | null {
  let n = 0n;
  for (const ch of short) {
    const digit = BASE58.indexOf(ch);
    if (digit < 0) return null;
    n = n * 58n + BigInt(digit);
  }
  if (n >= 1n << 128n) return null;
  const hex = n.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The short id PeerTube shows in `/w/…` addresses: padded to 22 characters, as short-uuid does. */
export function uuidToShort(uuid: string): string {
  let n = BigInt(`0x${uuid.replace(/-/g, '')}`);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)]! + out;
    n /= 58n;
  }
  return out.padStart(22, BASE58[0]!);
}
