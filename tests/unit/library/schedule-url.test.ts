import { describe, expect, it, vi } from 'vitest';
import { covers, scheduleUrl } from '@/utils/formats/schedule/schedule-url';
import { fetchScheduleText, type Fetch } from '@/utils/library/fetch-schedule';
import { createLibraryModel } from '@/utils/library/model';
import type { HostPermissions } from '@/utils/library/deps';
import { scheduleFixture } from '../formats/schedule/fixture';
import { contents } from '../store/fresh-db';
import { loopback } from '../background/loopback';

describe('a schedule’s address', () => {
  it('gives the address to fetch and the one site’s permission, whatever the port', () => {
    expect(scheduleUrl(' https://pretalx.example:8443/38c3/schedule/export/schedule.json#x ')).toEqual({
      url: 'https://pretalx.example:8443/38c3/schedule/export/schedule.json', pattern: 'https://pretalx.example/*', host: 'pretalx.example:8443',
    });
  });

  it.each([
    ['schedule.json', 'That is not a web address; it should start with https://.'],
    ['ftp://files.example/schedule.xml', 'Only http and https addresses can be imported.'],
    ['https://me:secret@pretalx.example/schedule.json', 'An address with a user name or password in it is not fetched.'],
  ])('refuses %s', (typed, message) => {
    expect(() => scheduleUrl(typed)).toThrow(message);
  });
});

describe('whether the extension already reaches an address', () => {
  it.each([
    [['*://media.ccc.de/*'], 'https://media.ccc.de/__fixtures/schedules/38c3.json', true],
    [['*://media.ccc.de/*'], 'https://evil.example/media.ccc.de/', false],
    [['https://*.example.org/*'], 'https://fahrplan.example.org/s.json', true],
    [['https://*.example.org/*'], 'https://example.org/s.json', true],
    [['https://*.example.org/*'], 'http://fahrplan.example.org/s.json', false],
    [['*://www.youtube.com/embed/*'], 'https://www.youtube.com/schedule.json', false],
    [['*://player.vimeo.com/video/*'], 'https://player.vimeo.com/video/1?x=1', true],
    [['<all_urls>'], 'http://127.0.0.1:8080/s.ics', true],
    [[], 'https://media.ccc.de/x', false],
  ])('%j covers %s: %s', (patterns, url, yes) => {
    expect(covers(patterns, url)).toBe(yes);
  });
});

const streamOf = (parts: string[]) => new ReadableStream<Uint8Array>({
  start(c) {
    for (const p of parts) c.enqueue(new TextEncoder().encode(p));
    c.close();
  },
});

describe('fetching a schedule', () => {
  it('reads the whole text as it arrives', async () => {
    const fetchFn: Fetch = async () => new Response(streamOf(['{"sche', 'dule": 1}']));
    expect(await fetchScheduleText(fetchFn, 'https://x.example/s.json', 'x.example')).toBe('{"schedule": 1}');
  });

  it('says the server’s status, a network failure, and a file over the cap (told or not by its length)', async () => {
    await expect(fetchScheduleText(async () => new Response('gone', { status: 404, statusText: 'Not Found' }), 'https://x.example/s', 'x.example'))
      .rejects.toThrow('x.example answered 404 Not Found: no schedule was fetched.');
    await expect(fetchScheduleText(async () => Promise.reject(new TypeError('Failed to fetch')), 'https://x.example/s', 'x.example'))
      .rejects.toThrow('Could not reach x.example');
    const told = new Response('x'.repeat(10), { headers: { 'content-length': '2000000' } });
    await expect(fetchScheduleText(async () => told, 'https://x.example/s', 'x.example', 1024 * 1024)).rejects.toThrow('larger than 1 MB');
    const untold = new Response(streamOf(['x'.repeat(600_000), 'y'.repeat(600_000)]));
    await expect(fetchScheduleText(async () => untold, 'https://x.example/s', 'x.example', 1024 * 1024)).rejects.toThrow('The file at x.example is larger than 1 MB');
  });
});

describe('importing a schedule from its address in the library', () => {
  async function library(grant: boolean, answer: () => Promise<Response>, held: string[] = []) {
    const bg = await loopback();
    const hosts: HostPermissions = { granted: vi.fn(async () => held), request: vi.fn(async () => grant), remove: vi.fn(async () => true) };
    const fetch = vi.fn<Fetch>(answer);
    const model = createLibraryModel({ api: bg.api, clipboard: vi.fn(), saveFile: vi.fn(), newConferenceId: vi.fn(), hosts, fetch });
    await model.load();
    return { bg, model, hosts, fetch };
  }

  it('asks for the site at once, within the click, fetches, imports, then gives the permission back', async () => {
    const { model, hosts, fetch } = await library(true, async () => new Response(scheduleFixture('38c3.json')));
    const done = model.programmes.importUrl('https://fahrplan.example/38c3/schedule.json');
    // Asked before anything was awaited: the browser shows its prompt only within the gesture.
    expect(hosts.request).toHaveBeenCalledWith(['https://fahrplan.example/*']);
    await done;
    expect(fetch).toHaveBeenCalledWith('https://fahrplan.example/38c3/schedule.json', expect.objectContaining({ credentials: 'omit' }));
    expect(model.status.value?.text).toBe('Imported the schedule as a new conference: 4 talks.');
    expect(model.conferences.value.map((c) => c.name)).toEqual(['38th Chaos Communication Congress']);
    expect(hosts.remove).toHaveBeenCalledWith(['https://fahrplan.example/*']);
  });

  it('asks for nothing from a site the extension already reaches, and keeps that permission', async () => {
    const { model, hosts } = await library(false, async () => new Response(scheduleFixture('38c3.json')), ['*://fahrplan.example/*']);
    await vi.waitFor(() => expect(hosts.granted).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 0));
    await model.programmes.importUrl('https://fahrplan.example/38c3/schedule.json');
    expect(model.status.value?.text).toBe('Imported the schedule as a new conference: 4 talks.');
    expect(hosts.request).not.toHaveBeenCalled();
    expect(hosts.remove).not.toHaveBeenCalled();
  });

  it.each([
    ['access refused', false, async () => new Response('{}'), 'Access to fahrplan.example was not given, so its schedule could not be fetched.'],
    ['an HTTP error', true, async () => new Response('', { status: 500, statusText: 'Internal Server Error' }), 'fahrplan.example answered 500 Internal Server Error: no schedule was fetched.'],
    ['not a schedule', true, async () => new Response('<html><body>Welcome</body></html>'), ''],
  ])('leaves the library unchanged after %s, and says why', async (_what, grant, answer, message) => {
    const { bg, model } = await library(grant, answer);
    const before = await contents(bg.db);
    await model.programmes.importUrl('https://fahrplan.example/schedule');
    expect(model.status.value?.error).toBe(true);
    expect(model.status.value?.text.startsWith(`Nothing was imported, your library is unchanged. ${message}`)).toBe(true);
    expect(await contents(bg.db)).toEqual(before);
    expect(model.programmes.busy.value).toBe(false);
  });
});
