// Pages of no site named in the manifest: nothing runs there until the user clicks the toolbar
// button (activeTab + scripting inject the page script). A PeerTube instance is recognised from
// its page; a conference's own <video> page gets the generic adapter; a page with no video
// opens the library instead.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { exportMarkdown, near, noteLinks, openByButton, pauseAt, playing, showingTalk, takeNote } from './sites-steps';

const env = useBrowser({ hosts: ['peertube.example', 'conf.example', 'live.conf.example'] });

const openAndClick = (url: string, player: string) => openByButton(env, url, player);

describe('the toolbar button on other pages', () => {
  it('PeerTube: found from the page, notes at the moment, ?start= links that open there', async () => {
    const PLAYER = 'video.vjs-tech';
    const { page, ui } = await openAndClick('https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv', PLAYER);
    await showingTalk(ui, 'Federating Video at Scale');
    expect(await ui.value('textbox', 'Speakers')).toBe('Jane Doe');

    await pauseAt(page, PLAYER, 42);
    await takeNote(ui, 'federation keeps the uuid', '0:42');
    await pauseAt(page, PLAYER, 5);
    await ui.click('button', 'Play from 0:42');
    near((await playing(page, PLAYER, 42)).time, 42, 1.5);

    const links = noteLinks(await exportMarkdown(env, 'peertube:9c9de5e8-0a1e-484a-b099-e80766180a6d'));
    expect(links).toEqual(['https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv?start=42s']);
    // A second click finds the sidebar there and toggles it, as on the known sites.
    await env.browser.triggerAction(page);
    await ui.waitForGone('button', 'Copy Markdown');
    await env.browser.triggerAction(page);
    await ui.waitFor('button', 'Copy Markdown');

    await page.goto(links[0]!);
    near((await playing(page, PLAYER, 42)).time, 42, 1.5);
    await ui.dispose();
    await page.close();
  });

  it('a conference page with its own <video>: details from JSON-LD, #t= links the extension opens at', async () => {
    const PLAYER = 'video.recording';
    const { page, ui } = await openAndClick('https://conf.example/keynote.html', PLAYER);
    await showingTalk(ui, 'Observability Is a Team Sport');
    expect(await ui.value('textbox', 'Speakers')).toBe('Charity Majors');
    expect(await ui.css('.conference').text()).toBe('DevDays 2024');

    await pauseAt(page, PLAYER, 20);
    await takeNote(ui, 'slos before dashboards', '0:20');
    const links = noteLinks(await exportMarkdown(env, 'web:https://conf.example/keynote.html'));
    expect(links).toEqual(['https://conf.example/keynote.html#t=20']);

    // The page ignores #t=; the extension, let in by the button, starts the video there.
    const again = await env.browser.newPage(links[0]!);
    const ui2 = await env.browser.ui(again);
    await playing(again, PLAYER);
    await env.browser.triggerAction(again);
    await ui2.waitFor('button', 'Talk notes', { timeout: 10_000 });
    near((await playing(again, PLAYER, 20)).time, 20, 1.5);
    await ui.dispose();
    await ui2.dispose();
    await page.close();
    await again.close();
  });

  it('a page with no video: the button opens the library', async () => {
    const page = await env.browser.newPage('https://conf.example/about.html');
    await env.browser.triggerAction(page);
    const library = env.browser.extensionUrl('library.html');
    await env.browser.waitForPage((url) => url.startsWith(library), { timeout: 5000 });
    const ui = await env.browser.ui(page);
    expect(await ui.exists('button', 'Talk notes')).toBe(false);
    await ui.dispose();
    await page.close();
  });

  it('a day’s stream whose talks are JSON-LD clips: one section per talk, #t= links into the stream', async () => {
    const PLAYER = 'video.stream';
    const { page, ui } = await openAndClick('https://live.conf.example/day1.html', PLAYER);
    await pauseAt(page, PLAYER, 20);
    await showingTalk(ui, 'Async without tears');
    expect(await ui.value('textbox', 'Speakers')).toBe('Ferris Crab');
    await takeNote(ui, 'pin is fine', '0:20');
    await pauseAt(page, PLAYER, 50);
    await showingTalk(ui, 'Unsafe, safely');
    await takeNote(ui, 'miri in ci', '0:50');

    const stream = 'https://live.conf.example/day1.html';
    const markdown = await exportMarkdown(env, `web:${stream}#t=45`);
    const sections = markdown.split(/^# /m).filter(Boolean);
    expect(sections.map((s) => s.split('\n')[0])).toEqual(['Async without tears', 'Unsafe, safely']);
    expect(noteLinks(sections[0]!)).toEqual([`${stream}#t=20`]);
    expect(noteLinks(sections[1]!)).toEqual([`${stream}#t=50`]);
    expect(sections[1]).toContain(`[Recording](${stream}#t=45)`);
    await ui.dispose();
    await page.close();
  });

  it('a day’s stream whose talks are JSON-LD subEvents: each placed by its start time, with its performers', async () => {
    const PLAYER = 'video.stream';
    const { page, ui } = await openAndClick('https://live.conf.example/day2.html', PLAYER);
    await pauseAt(page, PLAYER, 45);
    await showingTalk(ui, 'Embedded Rust on a budget');
    expect(await ui.value('textbox', 'Speakers')).toBe('Jane Embedded and Joe Board');
    expect(await ui.css('.conference').text()).toBe('RustFest 2024 – Day 2');
    await takeNote(ui, 'no_std first', '0:45');
    const stream = 'https://live.conf.example/day2.html';
    const markdown = await exportMarkdown(env, `web:${stream}#t=40`);
    expect(markdown).toContain(`# Embedded Rust on a budget\n\nby Jane Embedded and Joe Board\n\n[Recording](${stream}#t=40)`);
    expect(noteLinks(markdown)).toEqual([`${stream}#t=45`]);
    await ui.dispose();
    await page.close();
  });
});
