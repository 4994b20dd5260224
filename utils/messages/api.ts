/**
 * The one contract between content scripts, extension pages and the background, derived from
 * the descriptions of its requests, split by audience.
 */
import { FRAME_REQUESTS } from '@/utils/messages/frames';
import { LIBRARY_REQUESTS } from '@/utils/messages/library';
import { LOADER_REQUESTS } from '@/utils/messages/loader';
import { MARK_REQUESTS } from '@/utils/messages/marks';
import { OPEN_EXPORT_REQUESTS } from '@/utils/messages/open-exports';
import { BUNDLE_REQUESTS } from '@/utils/messages/bundle';
import { PROGRAMME_REQUESTS } from '@/utils/messages/programme';
import { PROGRAMME_SIDEBAR_REQUESTS } from '@/utils/messages/programme-sidebar';
import type { RequestDescription } from '@/utils/messages/request';
import { SIDEBAR_REQUESTS } from '@/utils/messages/sidebar';
import { SLIDE_REQUESTS } from '@/utils/messages/slides';
import { SYNC_REQUESTS } from '@/utils/messages/sync';

export const REQUESTS = { ...SIDEBAR_REQUESTS, ...LIBRARY_REQUESTS, ...OPEN_EXPORT_REQUESTS, ...BUNDLE_REQUESTS, ...FRAME_REQUESTS, ...MARK_REQUESTS, ...PROGRAMME_REQUESTS, ...PROGRAMME_SIDEBAR_REQUESTS, ...SLIDE_REQUESTS, ...SYNC_REQUESTS, ...LOADER_REQUESTS };

type Requests = typeof REQUESTS;
export type RequestType = keyof Requests;
export type Req<K extends RequestType> = ReturnType<Requests[K]['check']>;
export type Res<K extends RequestType> = Requests[K]['answer'];
/** Each request's payload and answer, by type. */
export type Api = { [K in RequestType]: { req: Req<K>; res: Res<K> } };

export interface Envelope<K extends RequestType = RequestType> {
  type: K;
  payload: Req<K>;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isRequestType(type: string): type is RequestType {
  return Object.hasOwn(REQUESTS, type);
}

/** The description of `type`, typed as the request it describes. */
export function describeRequest<K extends RequestType>(type: K): RequestDescription<Req<K>, Res<K>> {
  return REQUESTS[type] as unknown as RequestDescription<Req<K>, Res<K>>;
}
