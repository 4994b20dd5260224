/** A schedule's address as the person typed it: the address to fetch, and the one site's permission to ask for. */
export interface ScheduleUrl {
  url: string;
  /** `https://pretalx.example/*`: the optional host permission covering this one site (any port). */
  pattern: string;
  host: string;
}

/** Reads a typed address; throws an Error worded for the person when it is no web address. */
export function scheduleUrl(text: string): ScheduleUrl {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    throw new Error('That is not a web address; it should start with https://.');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('Only http and https addresses can be imported.');
  if (u.username !== '' || u.password !== '') throw new Error('An address with a user name or password in it is not fetched.');
  u.hash = '';
  return { url: u.href, pattern: `${u.protocol}//${u.hostname}/*`, host: u.host };
}
