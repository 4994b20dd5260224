// A conference's talk page whose recording plays in a cross-origin YouTube embed, next to a
// muted looping sponsor reel. The toolbar button puts the sidebar on the top page; the player
// is found in the frame and driven through the background. The talk is YouTube's own: the
// same notes show on youtube.com, and the export links open there at the moment.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { until } from './harness/wait';
import { playerState, waitForPlayback, watchUrl } from './harness/youtube';
import { exportMarkdown, media, near, noteLinks, playing, showingTalk, takeNote } from './sites-steps';

const env = useBrowser({ hosts: ['conf.example', 'www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com', 'vimeo.com'] });
const ID = 'wCa-2016Amx';
const NO_CAPTION = 'No caption on screen: turn on the video’s captions (CC) and try again while one shows.';

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

/**
 * Opens a conference's talk page, waits until its embed plays (`played`: the embed's time as the
 * page hears it), opens the sidebar with the toolbar button and checks the talk it shows.
 */
async function openTalkPage(
  url: string,
  played: (page: Page) => Promise<number>,
  talk: { title: string; speakers: string; conference: string },
): Promise<{ page: Page; ui: Ui }> {
  const page = await env.browser.newPage(url);
  const ui = await env.browser.ui(page);
  await until('the embed to play', async () => (await played(page)) > 0.3, { timeout: 15_000 });
  await env.browser.triggerAction(page);
  await ui.waitFor('button', 'Talk notes', { timeout: 10_000 });
  await showingTalk(ui, talk.title);
  expect(await ui.value('textbox', 'Speakers')).toBe(talk.speakers);
  expect(await ui.css('.conference').text()).toBe(talk.conference);
  return { page, ui };
}

describe('a conference page with a YouTube embed', () => {
  it('finds the player in the frame, stamps and seeks it, and files the note under the YouTube talk', async () => {
    const { page, ui } = await openTalkPage('https://conf.example/containers.html', async (p) => (await embed(p))?.currentTime ?? 0, {
      title: 'When Containers Attack',
      speakers: 'Anne Currie',
      conference: 'Software Circus 2016',
    });

    await command(page, 'pauseVideo');
    await command(page, 'seekTo', [30, true]);
    await embedAt(page, 30, false);
    // The page hears the embed directly; the extension's report goes frame → background → page,
    // some tens of ms later (measured up to ~50 ms). A viewer who scrubbed takes longer to type.
    await new Promise((r) => setTimeout(r, 300));
    await takeNote(ui, 'containers change the economics', '0:30');

    const reel = await media(page, 'video.sponsor-reel');
    await command(page, 'seekTo', [4, true]);
    await embedAt(page, 4, false);
    await ui.click('button', 'Play from 0:30');
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

  it('takes the caption the embed shows with Alt+Shift+C, stamped when it appeared on screen', async () => {
    const { page, ui } = await openTalkPage('https://conf.example/containers.html', async (p) => (await embed(p))?.currentTime ?? 0, {
      title: 'When Containers Attack',
      speakers: 'Anne Currie',
      conference: 'Software Circus 2016',
    });
    // The page turns the embed's captions on, as a conference site's own CC button would.
    await command(page, 'setOption', ['captions', 'track', { languageCode: 'en' }]);
    await command(page, 'pauseVideo');
    await command(page, 'seekTo', [21, true]);
    await embedAt(page, 21, false);
    await new Promise((r) => setTimeout(r, 300)); // the relay's report, as above
    // Two seconds on, the same caption still on screen: the note is where it appeared.
    await command(page, 'seekTo', [23, true]);
    await embedAt(page, 23, false);
    await new Promise((r) => setTimeout(r, 300));
    await ui.press('Alt+Shift+C');
    await until('the caption in the box', async () => (await ui.value('textbox', 'Note')) !== '');
    expect(await ui.value('textbox', 'Note')).toBe('Conference speakers are professional enthusiasts & <b>friends</b>');
    expect(await ui.css('#tn-moment').text()).toBe('Note at 0:21');
    expect(await ui.getAttribute('radio', 'Quote', 'aria-checked')).toBe('true');

    // Past the cue the embed shows no caption: said, and the box keeps what the person has.
    await ui.fill('textbox', 'Note', 'my own words');
    await command(page, 'seekTo', [40, true]);
    await embedAt(page, 40, false);
    await new Promise((r) => setTimeout(r, 300));
    await ui.press('Alt+Shift+C');
    await until('no caption said', async () => (await ui.text('status')) === NO_CAPTION);
    expect(await ui.value('textbox', 'Note')).toBe('my own words');
    await ui.dispose();
    await page.close();
  });

  it('drives a Vimeo embed the same way, and its notes are the Vimeo talk’s', async () => {
    interface PlayerInfo { seconds: number; paused: boolean }
    const info = (p: Page) => p.evaluate(() => (window as unknown as { playerInfo: PlayerInfo | null }).playerInfo);
    const send = (p: Page, method: string, value?: number) =>
      p.evaluate(([m, v]) => (window as unknown as { playerCommand(m: unknown, v: unknown): void }).playerCommand(m, v), [method, value] as const);
    const at = (p: Page, t: number, paused: boolean) =>
      until(`the Vimeo embed ${paused ? 'paused' : 'playing'} at ${t} s`, async () => {
        const i = await info(p);
        return i && i.paused === paused && i.seconds >= t - 0.05 && i.seconds < t + 2 ? i : undefined;
      }, { timeout: 10_000 });

    const { page, ui } = await openTalkPage('https://conf.example/tracing.html', async (p) => (await info(p))?.seconds ?? 0, {
      title: 'Set Your Sites on Tracing',
      speakers: 'Adrian Cole',
      conference: 'CloudNative Summit Wellington 2017',
    });

    await send(page, 'pause');
    await send(page, 'setCurrentTime', 40);
    await at(page, 40, true);
    await new Promise((r) => setTimeout(r, 300)); // the relay's report, as above
    await takeNote(ui, 'trace ids cross services', '0:40');
    await send(page, 'setCurrentTime', 3);
    await at(page, 3, true);
    await ui.click('button', 'Play from 0:40');
    await at(page, 40, false);

    const links = noteLinks(await exportMarkdown(env, 'vimeo:76979871'));
    expect(links).toEqual(['https://vimeo.com/76979871/8272103f6e#t=40s']);
    const own = await env.browser.newPage(links[0]!);
    const ownUi = await env.browser.ui(own);
    await ownUi.waitFor('listitem', /^0:40 trace ids cross services/, { timeout: 10_000 });
    near((await playing(own, '.vp-video-wrapper video', 40)).time, 40, 1.5);
    await ownUi.dispose();
    await ui.dispose();
    await own.close();
    await page.close();
  });
});
