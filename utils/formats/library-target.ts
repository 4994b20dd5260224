import type { TalkId } from '@/utils/model/ids';
import { dropIfInvalid, parseTalkId, str } from '@/utils/model/validate';

/** Where the library page opens: a talk's details, a search, or (neither) its top. */
export interface LibraryTarget {
  talkId?: TalkId;
  query?: string;
}

/** `#talk=youtube%3AID`, `#q=words`, or '' for the top. */
export function targetHash(target: LibraryTarget): string {
  if (target.talkId) return `#talk=${encodeURIComponent(target.talkId)}`;
  if (target.query) return `#q=${encodeURIComponent(target.query)}`;
  return '';
}

const talkId = dropIfInvalid(parseTalkId);
const query = dropIfInvalid(str({ max: 500, line: true }));

/** Reads a page address's hash; anything unknown or malformed counts as no target. */
export function parseTarget(hash: string): LibraryTarget {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const t = params.get('talk');
  const q = params.get('q');
  const found = t === null ? undefined : talkId(t, 'talk');
  if (found) return { talkId: found };
  const words = q === null ? undefined : query(q, 'q');
  return words ? { query: words } : {};
}
