/**
 * Where an annotation points, read from a file: a recording and a moment of it, as a
 * FragmentSelector (`t=754`) on a source or an address ending in `#t=754`, and the talk of the
 * library that recording is.
 */
import { describe, fail, field, str } from '@/utils/model/check';
import { moment, webUrl } from '@/utils/model/fields';
import type { TalkId } from '@/utils/model/ids';
import type { Talk } from '@/utils/model/types';
import { recordingLink } from '@/utils/formats/deep-link';
import { listOf, object, own } from '@/utils/formats/json-shape';
import { fragmentStart } from '@/utils/formats/media-fragment';

const MEDIA_FRAGMENTS = /^https?:\/\/www\.w3\.org\/TR\/media-frags\/?$/;

/** The recording (without its fragment) and the moment. */
export function targetOf(x: unknown, path: string): { source: string; at: number } {
  if (Array.isArray(x)) {
    if (x.length !== 1) fail(path, `expected one target (a note is at one moment of one recording), got ${x.length}`);
    return targetOf(x[0], `${path}[0]`);
  }
  if (typeof x === 'string') return atFragment(x, path);
  const t = object(x, path);
  const selector = own(t, 'selector');
  const sourcePath = field(path, own(t, 'source') === undefined ? 'id' : 'source');
  const source = own(t, 'source') ?? own(t, 'id');
  if (selector === undefined) return atFragment(source, sourcePath);
  const selectors = listOf(object, 10)(selector, field(path, 'selector'));
  const i = selectors.findIndex((s) => own(s, 'type') === 'FragmentSelector');
  const selectorPath = Array.isArray(selector) ? `${field(path, 'selector')}[${i}]` : field(path, 'selector');
  if (i < 0) fail(selectorPath, 'expected a FragmentSelector with a time (t=…)');
  const chosen = selectors[i]!;
  const conformsTo = own(chosen, 'conformsTo');
  if (conformsTo !== undefined && (typeof conformsTo !== 'string' || !MEDIA_FRAGMENTS.test(conformsTo))) {
    fail(field(selectorPath, 'conformsTo'), `expected ${describe('http://www.w3.org/TR/media-frags/')}, got ${describe(conformsTo)}`);
  }
  return { source: recording(source, sourcePath), at: time(own(chosen, 'value'), field(selectorPath, 'value')) };
}

/** An address whose fragment holds the time: `https://…/talk#t=754`. */
function atFragment(x: unknown, path: string): { source: string; at: number } {
  const url = address(x, path);
  const hash = url.indexOf('#');
  if (hash < 0) fail(path, 'expected a moment: a FragmentSelector, or an address ending in #t=…');
  return { source: url.slice(0, hash), at: time(url.slice(hash + 1), path) };
}

function recording(x: unknown, path: string): string {
  const url = address(x, path);
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

let lastAddress: { raw: string; url: string } | undefined;
/** webUrl, remembering the last answer: an export's annotations all name one recording, and parsing it again costs most of the import. */
function address(x: unknown, path: string): string {
  if (typeof x === 'string' && lastAddress?.raw === x) return lastAddress.url;
  const url = webUrl(x, path);
  if (typeof x === 'string') lastAddress = { raw: x, url };
  return url;
}

function time(x: unknown, path: string): number {
  const value = str({ max: 1000 })(x, path);
  const start = fragmentStart(value);
  if (start === null) fail(path, `expected a Media Fragments time like t=754, got ${describe(value)}`);
  return moment(start, path);
}

/**
 * Talk ids by recording address: the export's own (recordingLink), then each talk's page
 * address unless two talks share it. Deleted talks are not in the library any more: notes
 * filed under one would not be seen.
 */
export function talkIndex(talks: readonly Talk[]): (source: string) => TalkId | undefined {
  const byLink = new Map<string, TalkId>();
  const byUrl = new Map<string, TalkId | null>();
  for (const talk of talks) {
    if (talk.deletedAt !== undefined) continue;
    const link = normal(linkOf(talk));
    if (link !== undefined) byLink.set(link, talk.id);
    const url = normal(talk.url);
    if (url !== undefined) byUrl.set(url, byUrl.has(url) && byUrl.get(url) !== talk.id ? null : talk.id);
  }
  const known = new Map<string, TalkId | undefined>();
  return (source) => {
    if (!known.has(source)) {
      const key = normal(source);
      known.set(source, key === undefined ? undefined : (byLink.get(key) ?? byUrl.get(key) ?? undefined));
    }
    return known.get(source);
  };
}

function linkOf(talk: Talk): string {
  try {
    return recordingLink(talk);
  } catch {
    // A part of a PeerTube stream whose stored address does not parse: its page address still serves.
    return talk.url;
  }
}

function normal(url: string): string | undefined {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

