import type { Speaker } from '@/utils/model/types';
import { hasType, nodesOf, parseIsoDuration, textOf, type Node } from '@/utils/sites/metadata/jsonld';
import { findMainNodes, recordingsOf } from '@/utils/sites/metadata/jsonld-main';
import { MAX, safeUrl, textFromMarkup } from '@/utils/sites/metadata/text';

/** A named part of a recording (schema.org `Clip`, or a chapter line). */
export interface Clip {
  title: string;
  /** Seconds from the recording's start. */
  at: number;
  end?: number;
  /** The Clip's `@id`, by which a talk may name it as its recording. */
  id?: string;
}

export interface VideoInfo {
  /** The node's `@id`, when the page gives one. */
  id?: string;
  title?: string;
  description?: string;
  /** Who published it (`author`): a channel or account, not necessarily the speaker. */
  author?: string;
  duration?: number;
  /** `yyyy-MM-dd`. */
  uploadDate?: string;
  url?: string;
  embedUrl?: string;
  contentUrl?: string;
  clips: Clip[];
}

export interface EventInfo {
  title?: string;
  speakers: Speaker[];
  /** The conference the talk belongs to (`superEvent`). */
  conference?: { name: string; url?: string };
  /** `yyyy-MM-dd`. */
  date?: string;
  /** When it began, in ms since the epoch, when the page gives a time of day (a day's talks are placed in its stream by it). */
  startsAt?: number;
  url?: string;
  recording?: VideoInfo;
  /** Talks of a conference page (`subEvent`), one level deep. */
  talks: EventInfo[];
}

export interface OpenGraph {
  title?: string;
  description?: string;
  url?: string;
  siteName?: string;
  type?: string;
  platform?: string;
  video?: string;
}

/** The page's JSON-LD VideoObject (see findMainNodes). */
export function findVideoObject(doc: Document, base = doc.URL): VideoInfo | null {
  const { video } = findMainNodes(doc);
  return video ? videoInfo(video, base) : null;
}

/** The page's JSON-LD Event: a talk with `performer`, or a conference or day with `subEvent` (see findMainNodes). */
export function findEvent(doc: Document, base = doc.URL): EventInfo | null {
  const { event } = findMainNodes(doc);
  return event ? eventInfo(event, base, true) : null;
}

/** The page's OpenGraph tags, as plain text and safe addresses. */
export function readOpenGraph(doc: Document, base = doc.URL): OpenGraph {
  const og: OpenGraph = {};
  const set = (key: keyof OpenGraph, value: string | null | undefined) => {
    if (value) og[key] = value;
  };
  set('title', textFromMarkup(metaContent(doc, 'og:title'), MAX.title));
  set('description', textFromMarkup(metaContent(doc, 'og:description'), 2000));
  set('url', safeUrl(metaContent(doc, 'og:url'), base));
  set('siteName', textFromMarkup(metaContent(doc, 'og:site_name'), MAX.channel));
  set('type', textFromMarkup(metaContent(doc, 'og:type'), 40));
  set('platform', textFromMarkup(metaContent(doc, 'og:platform'), 40));
  set('video', safeUrl(metaContent(doc, 'og:video:url') ?? metaContent(doc, 'og:video'), base));
  return og;
}

/** The first `<meta property|name=key>` content, or null. */
export function metaContent(doc: Document, key: string): string | null {
  return metaContents(doc, key)[0] ?? null;
}

/** Every `<meta property|name=key>` content, in page order (e.g. one `author` per speaker). */
export function metaContents(doc: Document, key: string): string[] {
  const metas = Array.from(doc.querySelectorAll('meta[property], meta[name]'));
  return metas
    .filter((m) => (m.getAttribute('property') ?? m.getAttribute('name')) === key)
    .map((m) => m.getAttribute('content') ?? '')
    .filter((c) => c !== '')
    .slice(0, 50);
}

function videoInfo(node: Node, base: string): VideoInfo {
  const info: VideoInfo = { clips: [] };
  assign(info, 'id', idText(node['@id']));
  assign(info, 'title', textFromMarkup(textOf(node['name']), MAX.title));
  assign(info, 'description', textFromMarkup(textOf(node['description']), 5000));
  assign(info, 'author', textFromMarkup(textOf(node['author'] ?? node['creator']), MAX.channel));
  const duration = parseIsoDuration(node['duration']);
  if (duration !== null && duration > 0) info.duration = duration;
  assign(info, 'uploadDate', isoDate(node['uploadDate']));
  assign(info, 'url', safeUrl(textOf(node['url']), base));
  assign(info, 'embedUrl', safeUrl(textOf(node['embedUrl']), base));
  assign(info, 'contentUrl', safeUrl(textOf(node['contentUrl']), base));
  for (const part of nodesOf(node['hasPart'], 200)) {
    const title = textFromMarkup(textOf(part['name']), MAX.title);
    const at = parseIsoDuration(part['startOffset']);
    const end = parseIsoDuration(part['endOffset']);
    if (!title || at === null) continue;
    const clip: Clip = end !== null && end > at ? { title, at, end } : { title, at };
    assign(clip, 'id', idText(part['@id']));
    info.clips.push(clip);
  }
  info.clips.sort((a, b) => a.at - b.at);
  return info;
}

function eventInfo(node: Node, base: string, withTalks: boolean): EventInfo {
  const info: EventInfo = { speakers: nodesOf(node['performer'], 20).flatMap(personOf), talks: [] };
  assign(info, 'title', textFromMarkup(textOf(node['name']), MAX.title));
  assign(info, 'date', isoDate(node['startDate']));
  const start = textOf(node['startDate']);
  const startsAt = start && /T\d{2}:\d{2}/.test(start) ? Date.parse(start) : NaN;
  if (Number.isFinite(startsAt)) info.startsAt = startsAt;
  assign(info, 'url', safeUrl(textOf(node['url']), base));
  const parent = nodesOf(node['superEvent'])[0];
  const name = parent && textFromMarkup(textOf(parent['name']), MAX.title);
  if (name) {
    const url = safeUrl(textOf(parent['url']), base);
    info.conference = url ? { name, url } : { name };
  }
  // Untyped, or a Clip: a talk of a day's stream may name its part of the day's recording.
  const recording = recordingsOf(node)[0] ?? nodesOf(node['recordedIn'])[0];
  if (recording) info.recording = videoInfo(recording, base);
  if (withTalks) info.talks = nodesOf(node['subEvent'], 200).map((n) => eventInfo(n, base, false));
  return info;
}

/** A performer as a speaker; organisations are not people. */
function personOf(node: Node): Speaker[] {
  if (node['@type'] !== undefined && !hasType(node, 'Person')) return [];
  const name = textFromMarkup(textOf(node['name']), MAX.name);
  if (!name) return [];
  const speaker: Speaker = { name };
  const role = textFromMarkup(textOf(node['jobTitle']), MAX.name);
  const org = textFromMarkup(textOf(node['affiliation'] ?? node['worksFor']), MAX.name);
  if (role) speaker.role = role;
  if (org) speaker.org = org;
  const handles = nodesOrStrings(node['sameAs']).flatMap(handleOf);
  if (handles.length > 0) speaker.handles = handles;
  return [speaker];
}

function nodesOrStrings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string').slice(0, 10);
}

/** `https://twitter.com/adrianfcole` → `@adrianfcole`; other profiles are not handles. */
function handleOf(url: string): string[] {
  const m = /^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com)\/([A-Za-z0-9_]{1,30})\/?$/.exec(url);
  return m ? [`@${m[1]}`] : [];
}

function idText(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX.url ? value : undefined;
}

function isoDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1] : undefined;
}

function assign<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined | ''): void {
  if (value !== null && value !== undefined && value !== '') target[key] = value;
}
