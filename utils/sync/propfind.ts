/**
 * Reads a PROPFIND 207 Multi-Status reply. Pure text parsing (fast-xml-parser), because a
 * service worker has no DOMParser. Namespace prefixes differ between servers (`D:`, `d:`,
 * `lp1:`, none), so they are dropped and only DAV: local names are read.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { RemoteEntry } from '@/utils/sync/remote';

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  // A reply of one entry must read like a reply of many.
  isArray: (name) => name === 'response' || name === 'propstat',
  processEntities: true,
});

/** The entries of a multistatus reply, `folderHref` (the listed folder itself) left out; throws on anything that is not one. */
export function parseMultistatus(xml: string, folderPath: string): RemoteEntry[] {
  // The parser alone accepts unclosed elements: a reply cut short would read as a short list.
  if (XMLValidator.validate(xml) !== true) throw new Error('the folder listing is not valid XML');
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (cause) {
    throw new Error('the folder listing is not valid XML', { cause });
  }
  const multistatus = (doc as Record<string, unknown> | null)?.multistatus;
  if (typeof multistatus !== 'object' || multistatus === null) throw new Error('the folder listing is not a WebDAV multistatus');
  const responses = (multistatus as { response?: unknown[] }).response ?? [];
  const self = trimSlash(decodePath(folderPath));
  const out: RemoteEntry[] = [];
  for (const r of responses) {
    const entry = readResponse(r);
    if (entry === null || trimSlash(entry.path) === self) continue;
    const name = entry.path.replace(/\/+$/, '').split('/').pop() ?? '';
    if (name === '') continue;
    out.push({ name, collection: entry.collection, size: entry.size, etag: entry.etag });
  }
  return out;
}

interface Read {
  path: string;
  collection: boolean;
  size?: number;
  etag?: string;
}

function readResponse(r: unknown): Read | null {
  if (typeof r !== 'object' || r === null) return null;
  const { href, propstat } = r as { href?: unknown; propstat?: unknown[] };
  if (typeof href !== 'string') return null;
  // Only the 200 propstat holds values; a 404 one lists properties the server lacks.
  const ok = (propstat ?? []).find((p) => /\s200\s/.test(String((p as { status?: unknown }).status ?? '')));
  const prop = (ok as { prop?: Record<string, unknown> } | undefined)?.prop ?? {};
  const type = prop.resourcetype;
  const collection = typeof type === 'object' && type !== null && 'collection' in type;
  const length = Number(prop.getcontentlength);
  const etag = typeof prop.getetag === 'string' ? prop.getetag : undefined;
  return {
    path: decodePath(hrefPath(href.trim())),
    collection: collection || href.trim().endsWith('/'),
    size: prop.getcontentlength !== undefined && Number.isSafeInteger(length) && length >= 0 ? length : undefined,
    etag,
  };
}

/** An href may be a full URL or an absolute path. */
function hrefPath(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    try {
      return new URL(href).pathname;
    } catch {
      return href;
    }
  }
  return href;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}
