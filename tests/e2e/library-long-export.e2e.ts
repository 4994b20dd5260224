// A conference too long to show whole: the export panel shows its start and says how much of
// how much, and the download is all of it, byte for byte. In Chromium the Markdown comes from
// the service worker over the library page's own channel, not through runtime messaging.
import { describe, expect, it } from 'vitest';
import type { ConferenceId } from '@/utils/model/ids';
import { oneTalkBackup } from './backup-data';
import { request } from './harness/request';
import { browserName, useBrowser } from './harness/session';
import { until } from './harness/wait';
import { exportMarkdown, libraryPage } from './library-steps';

const env = useBrowser();
const CONF = 'c0f00000-0000-4000-8000-00000000c0f1' as ConferenceId;
const NAME = 'Long Conf 2026';
const NOTES = 700;
const T = Date.UTC(2026, 4, 4);

/** A backup with one conference of one day and one talk holding NOTES notes (about 75 KB of Markdown). */
const backup = () => oneTalkBackup({
  videoId: 'longtalk001', title: 'A very long talk', speakers: [{ name: 'Ada Long' }], count: NOTES, stamp: T,
  at: (i) => i * 5, text: (i) => `Note ${i}: backpressure keeps a queue from growing without bound, said the speaker.`,
  conference: { id: CONF, name: NAME, lang: 'en', days: [{ number: 1, date: '2026-05-04' }] },
});

describe('a long export', () => {
  it('shows its start in the panel, says how much, and downloads all of it', async () => {
    await request(env, 'backup.import', { text: backup() });
    const expected = (await request(env, 'export.conference', { conferenceId: CONF, day: null, frontMatter: false })).markdown;
    expect(expected.length).toBeGreaterThan(70_000);

    const { page, ui } = await libraryPage(env, await env.browser.newPage(env.browser.extensionUrl('library.html')));
    // Which requests this page sends by runtime messaging, from now on.
    await page.evaluate(() => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(...a: unknown[]): unknown } } }).chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      const sent: string[] = ((globalThis as unknown as { __sent: string[] }).__sent = []);
      runtime.sendMessage = (message: unknown, ...rest: unknown[]) => {
        sent.push(String((message as { type?: unknown }).type));
        return send(message, ...rest);
      };
    });

    await ui.click('button', `Export conference: ${NAME}`);
    await until('the Markdown', async () => (await ui.get('button', 'Download Markdown').attribute('disabled')) === null);
    const shown = await ui.value('textbox', 'Markdown');
    expect(shown.length).toBeLessThanOrEqual(50_000);
    expect(shown.endsWith('\n') && expected.startsWith(shown)).toBe(true);
    expect(await ui.css('#export-cut').text()).toBe(
      `Shown: the first ${Math.round(shown.length / 1024)} KB of ${Math.round(expected.length / 1024)} KB. Copy and Download take all of it.`,
    );
    await ui.click('button', 'Close');

    const file = await exportMarkdown(env, page, ui, `Export conference: ${NAME}`);
    expect(file.filename).toBe(`${NAME}.md`);
    expect(file.text).toBe(expected);

    // The page searches its own copy of the index: no request.
    await ui.fill('searchbox', 'Search notes', 'backpressure');
    await ui.waitFor('link', new RegExp(`^A very long talk 0:00 Note 0: backpressure`));
    // A small request still takes runtime messaging (so the record above sees this page's requests).
    await ui.fill('searchbox', 'Search notes', '');
    await ui.click('button', 'Edit details: A very long talk');
    await ui.fill('textbox', 'My thoughts', 'Long, and worth it.');
    await ui.click('button', 'Save details');
    await ui.waitFor('status', 'Saved the details of A very long talk.');
    const sent = await page.evaluate(() => (globalThis as unknown as { __sent: string[] }).__sent);
    expect(sent).toContain('talk.update');
    expect(sent).not.toContain('notes.search');
    // Chromium: the exports came over the service worker's channel. Firefox: runtime messaging, which clones.
    expect(sent.filter((t) => t.startsWith('export.'))).toEqual(browserName() === 'chromium' ? [] : ['export.conference', 'export.conference']);
  });
});
