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

/**
 * Whether one of the host match patterns (`*://media.ccc.de/*`, `https://*.example.org/*`)
 * covers `url`: the extension may already fetch from there, and asks for nothing.
 */
export function covers(patterns: readonly string[], url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((pattern) => {
    if (pattern === '<all_urls>') return u.protocol === 'https:' || u.protocol === 'http:';
    const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
    if (!m) return false;
    const [, scheme, host, path] = m as unknown as [string, string, string, string];
    if (scheme === '*' ? u.protocol !== 'https:' && u.protocol !== 'http:' : `${scheme}:` !== u.protocol) return false;
    const hostOk = host === '*' || (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host);
    if (!hostOk) return false;
    const glob = new RegExp(`^${path.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return glob.test(u.pathname + u.search);
  });
}
