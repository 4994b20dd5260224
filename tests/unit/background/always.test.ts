import { describe, expect, it } from 'vitest';
import { originPattern, syncAlwaysSites, type AlwaysDeps } from '@/utils/background/always';

function fake(granted: string[], registered: string[]) {
  const scripts = new Map(registered.map((id) => [id, id.slice('site:'.length)]));
  const deps: AlwaysDeps = {
    granted: async () => granted,
    registered: async () => [...scripts.keys()],
    register: async (id, pattern) => void scripts.set(id, pattern),
    unregister: async (ids) => ids.forEach((id) => scripts.delete(id)),
  };
  return { scripts, deps };
}

describe('"always on this site"', () => {
  it.each([
    ['https://conf.example/talks/1?x=1#t=3', 'https://conf.example/*'],
    ['http://localhost:8080/a', 'http://localhost/*'],
    ['chrome://extensions', null],
    ['chrome-extension://abc/library.html', null],
    ['not a url', null],
    [undefined, null],
  ])('asks for the one site of %s: %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });

  it('registers one page script per site granted, and drops those taken back', async () => {
    const { scripts, deps } = fake(['https://a.example/*', 'https://b.example/*'], ['site:https://b.example/*', 'site:https://gone.example/*']);
    await syncAlwaysSites(deps);
    expect([...scripts.entries()].sort()).toEqual([
      ['site:https://a.example/*', 'https://a.example/*'],
      ['site:https://b.example/*', 'https://b.example/*'],
    ]);
  });

  it('never turns a broad grant into a script for every site', async () => {
    const { scripts, deps } = fake(['https://*/*', '*://*.example/*'], []);
    await syncAlwaysSites(deps);
    expect(scripts.size).toBe(0);
  });
});
