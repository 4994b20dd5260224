import { readCapped } from '@/utils/formats/read-capped';
import { MAX_SCHEDULE_BYTES } from '@/utils/formats/schedule/errors';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * The text at `url`, read as it arrives and given up past `max` bytes (a server may send no
 * length, or a wrong one). Each failure says which: the network, the server's status, the size.
 */
export async function fetchScheduleText(fetchFn: Fetch, url: string, host: string, max = MAX_SCHEDULE_BYTES): Promise<string> {
  const limit = `${Math.round(max / 1024 / 1024)} MB`;
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'omit', redirect: 'follow', cache: 'no-store' });
  } catch {
    throw new Error(`Could not reach ${host} (no network, a wrong address, or the server refused the connection).`);
  }
  if (!response.ok) throw new Error(`${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: no schedule was fetched.`);
  const told = Number(response.headers.get('content-length'));
  if (Number.isFinite(told) && told > max) {
    void response.body?.cancel().catch(() => {});
    throw new Error(`The file at ${host} is larger than ${limit}; no conference schedule is that large.`);
  }
  if (!response.body) return response.text();
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(response.body, max);
  } catch {
    throw new Error(`The connection to ${host} broke off before the whole file arrived.`);
  }
  if (bytes === null) throw new Error(`The file at ${host} is larger than ${limit}; no conference schedule is that large.`);
  return new TextDecoder().decode(bytes);
}
