import { everyNode, hasType, nodesOf, readJsonLd, type Node } from '@/utils/sites/metadata/jsonld';

/** What a page's JSON-LD is about: its recording and its event, either possibly absent. */
export interface MainNodes {
  video?: Node;
  event?: Node;
}

/** Properties by which an Event names its recording, and a recording its Event. */
const RECORDING = ['recordedIn', 'workFeatured', 'subjectOf', 'video'];
const RECORDED = ['recordedAt', 'about', 'subjectOf'];
/** Events that say when a recording was published or streamed (a live stream's `publication`), not what it records. */
const PUBLICATION = ['PublicationEvent', 'BroadcastEvent', 'OnDemandEvent'];

/**
 * The page's recording and event, however the page nests or links them: a VideoObject at the
 * top of a block (or of a `@graph`) and the Event it was recorded at, else the page's main Event
 * and the recording it names. The main Event is the one linked to the recording; else the
 * innermost programme (a day's Event listing talks as `subEvent`, not the conference above it);
 * else the first.
 */
export function findMainNodes(doc: Document): MainNodes {
  const roots = readJsonLd(doc);
  const all = everyNode(roots);
  const top = new Set(roots);
  const events = all.filter((n) => hasType(n, 'Event') && !PUBLICATION.some((t) => hasType(n, t)));
  const videos = all.filter((n) => hasType(n, 'VideoObject'));
  const linked = (v: Node) => events.find((e) => recordingsOf(e).includes(v) || related(v, RECORDED).includes(e));
  let video = videos.find((v) => top.has(v));
  let event = video ? linked(video) : undefined;
  event ??= mainEvent(events, top);
  if (!video && event) video = recordingsOf(event)[0] ?? videos.find((v) => related(v, RECORDED).includes(event!));
  return { ...(video ? { video } : {}), ...(event ? { event } : {}) };
}

/** The VideoObjects an Event names as its recording. */
export function recordingsOf(event: Node): Node[] {
  return related(event, RECORDING).filter((n) => hasType(n, 'VideoObject'));
}

function related(node: Node, keys: readonly string[]): Node[] {
  return keys.flatMap((k) => nodesOf(node[k]));
}

function mainEvent(events: Node[], top: Set<Node>): Node | undefined {
  const programmes = events.filter((e) => nodesOf(e['subEvent']).length > 0);
  const parentOf = (p: Node, q: Node) => nodesOf(p['subEvent']).includes(q) || nodesOf(q['superEvent']).includes(p);
  const innermost = programmes.find((p) => !programmes.some((q) => q !== p && parentOf(p, q)));
  return innermost ?? events.find((e) => top.has(e)) ?? events[0];
}
