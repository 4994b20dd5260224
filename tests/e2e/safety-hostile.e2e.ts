// A hostile page (tests/fixtures/hostile): markup and script in its title, channel,
// description and JSON-LD, forged window messages, YouTube navigation events naming another
// video, the watch element briefly naming another video, the <video> replaced mid-note.
// No script of its runs through us, every note lands on its own talk, and the page's own
// scripts (the snoop) find no note text anywhere.
import { describe, expect, it } from 'vitest';
import { HOSTILE_ID } from '../fixtures/hostile/route.mjs';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page } from './harness/types';
import { leaksOf, snoop } from './harness/snoop';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { openSidebar } from './core-steps';

const env = useBrowser();
const WRONG = TALKS[1]!.id;
const SECRETS = ['secret alpha typed on a hostile page', 'secret beta typed on a hostile page'];

interface Hostile {
  postFakes(wrongId: string): void;
  spoofNavigation(wrongId: string): void;
  flipWatchId(wrongId: string, ms: number): void;
  swapVideo(): Promise<void>;
}
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned ?? []);
/** Runs one of the page's own attacks (fixtures/hostile/hostile.js) in its main world. */
const attack = (page: Page, name: keyof Hostile, ...args: unknown[]) =>
  page.evaluate(([n, a]) => ((window as unknown as { hostile: Record<string, (...x: unknown[]) => unknown> }).hostile[n]!(...a)), [name, args] as const);

/** Every note stored for `talkId`, read in the extension's own origin. */
function storedTexts(page: Page, talkId: string): Promise<string[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('talk-notes');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = await new Promise<{ text: string; deletedAt?: number }[]>((ok, fail) => {
      const r = db.transaction('notes').objectStore('notes').index('byTalk').getAll(id);
      r.onsuccess = () => ok(r.result as { text: string }[]);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return all.filter((n) => n.deletedAt === undefined).map((n) => n.text).sort();
  }, talkId);
}

describe('a hostile page', () => {
  it('runs no script through the sidebar, files notes under its own talk, and reads none back', async () => {
    const page = await env.browser.newPage(watchUrl(HOSTILE_ID, { hostile: '1' }));
    await waitForPlayback(page, 1);
    const ui = await env.browser.ui(page);
    await openSidebar(ui);

    // Its title is shown as inert text, without the control characters, and cut to size.
    const title = await until('the title in the sidebar', async () => (await ui.value('textbox', 'Talk title')) || undefined);
    expect(title).toContain('<img src=x onerror=');
    expect(title).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e\u2066]/);
    expect(title.length).toBeLessThanOrEqual(300);
    expect(await ui.css('img').exists()).toBe(false);
    expect(await ui.css('svg').exists()).toBe(false);

    // First note: forged messages, spoofed navigation events and a new <video> while typing.
    await ui.fill('textbox', 'Note', SECRETS[0]!);
    const moment = (await ui.css('#tn-moment').text()).replace(/^Note at (\S+).*$/, '$1');
    expect(moment).toMatch(/^0:0[1-9]$/);
    await attack(page, 'postFakes', WRONG);
    await attack(page, 'spoofNavigation', WRONG);
    await attack(page, 'swapVideo');
    await new Promise((r) => setTimeout(r, 300));
    expect(await ui.value('textbox', 'Note')).toBe(SECRETS[0]);
    await ui.focus('textbox', 'Note');
    await ui.press('Enter');
    await ui.waitFor('listitem', new RegExp(SECRETS[0]!));
    // Its moment is the one taken at the first key, not the replacement video's time.
    expect((await ui.all('listitem'))[0]).toBe(`${moment} ${SECRETS[0]} Edit Delete`);
    // Forged commands did not close the sidebar.
    expect(await ui.getAttribute('button', 'Talk notes', 'aria-expanded')).toBe('true');

    // Second note: the watch element names another video for a moment while the note is typed.
    await ui.fill('textbox', 'Note', SECRETS[1]!);
    await new Promise((r) => setTimeout(r, 500)); // the draft is stored
    await attack(page, 'flipWatchId', WRONG, 400);
    await until('the draft back in the box after the flip', async () => (await ui.value('textbox', 'Note')) === SECRETS[1], { timeout: 5000 });
    await ui.focus('textbox', 'Note');
    await ui.press('Enter');
    await ui.waitFor('listitem', new RegExp(SECRETS[1]!));
    await attack(page, 'postFakes', WRONG);
    await new Promise((r) => setTimeout(r, 300));

    const items = await ui.all('listitem');
    expect(items).toHaveLength(2);
    expect(items.join('\n')).not.toContain('forged');

    // Nothing the page planted ran, and the page cannot read a word of the notes.
    expect(await pwned(page)).toEqual([]);
    const report = await snoop(page);
    for (const secret of SECRETS) expect(leaksOf(report, secret)).toEqual([]);
    expect(leaksOf(report, 'secret')).toEqual([]);

    // Stored under the hostile talk only: nothing on the video the page pretended to show.
    const own = await env.browser.newPage(env.browser.extensionUrl('library.html'));
    expect(await storedTexts(own, `youtube:${HOSTILE_ID}`)).toEqual([...SECRETS].sort());
    expect(await storedTexts(own, `youtube:${WRONG}`)).toEqual([]);

    // The export holds the page's markup as escaped text, never as HTML or a javascript: link.
    const lib = await env.browser.ui(own);
    await lib.click('button', /^Export talk: /);
    const markdown = await until('the Markdown', async () => {
      const text = await lib.value('textbox', 'Markdown');
      return text.includes(SECRETS[0]!) ? text : undefined;
    });
    expect(markdown).toContain(SECRETS[1]);
    expect(markdown).toMatch(/\\<img src=x onerror=/);
    expect(markdown).not.toMatch(/(^|[^\\])<(img|script|svg|a)\b/i);
    expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(await pwned(own)).toEqual([]);
    await own.close();
    expect(await pwned(page)).toEqual([]);

    // The canary works: the same title, parsed as HTML by anyone, does run.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', `<div hidden>${html}</div>`), title);
    await until('the canary to fire', async () => (await pwned(page)).includes('title'));
    await page.close();
  });
});
