// A conference's talk page whose recording plays in a cross-origin YouTube embed, next to a
// muted looping sponsor reel. The toolbar button puts the sidebar on the top page; the player
// is found in the frame and driven through the background. The talk is YouTube's own: the
// same notes show on youtube.com, and the export links open there at the moment.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page } from './harness/types';
import { until } from './harness/wait';
import { playerState, waitForPlayback, watchUrl } from './harness/youtube';
import { exportMarkdown, media, near, noteLinks, takeNote } from './sites-steps';

const env = useBrowser({ hosts: ['conf.example', 'www.youtube-nocookie.com', 'www.youtube.com'] });
const ID = 'wCa-2016Amx';

interface EmbedInfo {
  currentTime: number;
  playerState: number;
}
/** What the embed last told the page (YouTube's IFrame API `infoDelivery`). */
const embed = (page: Page) => page.evaluate(() => (window as unknown as { embedInfo: EmbedInfo | null }).embedInfo);
const command = (page: Page, func: string, args: unknown[] = []) =>
  page.evaluate(([f, a]) => (window as unknown as { embedCommand(f: unknown, a: unknown): void }).embedCommand(f, a), [func, args] as const);
const embedAt = (page: Page, t: number, playingNow: boolean) =>
  until(`the embed ${playingNow ? 'playing' : 'paused'} at ${t} s`, async () => {
    const info = await embed(page);
    return info && (info.playerState === 1) === playingNow && info.currentTime >= t - 0.05 && info.currentTime < t + 2 ? info : undefined;
  }, { timeout: 10_000 });

describe('a conference page with a YouTube embed', () => {
  it('finds the player in the frame, stamps and seeks it, and files the note under the YouTube talk', async () => {
    const page = await env.browser.newPage('https://conf.example/containers.html');
    const ui = await env.browser.ui(page);
    await until('the embed to play', async () => ((await embed(page))?.currentTime ?? 0) > 0.3, { timeout: 15_000 });
    await env.browser.triggerAction(page);
    await ui.waitFor('button', 'Talk notes', { timeout: 10_000 });
    await until('the talk from the page', async () => (await ui.value('textbox', 'Talk title')) === 'When Containers Attack');
    expect(await ui.value('textbox', 'Speakers')).toBe('Anne Currie');

    await command(page, 'pauseVideo');
    await command(page, 'seekTo', [30, true]);
    await embedAt(page, 30, false);
    await takeNote(ui, 'containers change the economics', '0:30');

    const reel = await media(page, 'video.sponsor-reel');
    await command(page, 'seekTo', [4, true]);
    await embedAt(page, 4, false);
    await ui.click('button', '0:30');
    await embedAt(page, 30, true);
    // The sponsor reel is not the talk: it plays on, untouched.
    const after = await media(page, 'video.sponsor-reel');
    expect(after.src).toBe(reel.src);
    expect(after.paused).toBe(false);

    const links = noteLinks(await exportMarkdown(env, `youtube:${ID}`));
    expect(links).toEqual([`https://www.youtube.com/watch?v=${ID}&t=30s`]);

    // Same talk, same notes: on youtube.com the note is there, and the link starts at its moment.
    const yt = await env.browser.newPage(links[0]!);
    const ytUi = await env.browser.ui(yt);
    await ytUi.waitFor('listitem', /^0:30 containers change the economics/, { timeout: 10_000 });
    near((await waitForPlayback(yt, 30)).currentTime, 30, 1.5);
    expect((await playerState(yt)).videoId).toBe(ID);
    expect(yt.url()).toBe(watchUrl(ID, { t: '30s' }));
    await ytUi.dispose();
    await ui.dispose();
    await yt.close();
    await page.close();
  });
});
