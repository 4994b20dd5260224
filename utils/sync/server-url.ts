/**
 * The WebDAV folder's address as the person types it, checked: apart from the client (and its
 * XML reader), so that the library page's Sync form can check it in the click without loading
 * fast-xml-parser with every opening of the library.
 */
import { SyncError } from '@/utils/sync/errors';

/** The library folder's URL, always ending in `/`; throws a SyncError a person can act on. */
export function parseServerUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new SyncError('protocol', `"${text}" is not a web address. Enter the address of a WebDAV folder, e.g. https://cloud.example/dav/notes/.`);
  }
  // Plain http would send the app password and the notes readable to anyone on the way;
  // only a server on this very machine may go without TLS.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    throw new SyncError('protocol', `The server address must start with https:// (it starts with ${url.protocol}).`);
  }
  if (url.username || url.password) {
    throw new SyncError('protocol', 'Put the user name and app password in their own fields, not in the address.');
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
