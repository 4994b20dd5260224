// A conference day's stream on YouTube, its talks listed as chapters in the description: the
// sidebar follows the talk at the current moment, each note is filed under its talk, and the
// export gives each talk its own section with links into the stream.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { waitForPlayback, watchUrl } from './harness/youtube';
import { exportMarkdown, media, near, noteLinks, openStream, pauseAt, playing, showingTalk, takeNote } from './sites-steps';
import { openSidebar } from './core-steps';

const env = useBrowser();
const ID = 'cnSummitD1_';
const VIDEO = '#movie_player video.html5-main-video';

describe('a multi-talk stream', () => {
  it('files each note under the talk of its moment and exports a section per talk', async () => {
    const { page, ui } = await openStream(env, ID);
    const showing = (title: string) => showingTalk(ui, title);

    await pauseAt(page, VIDEO, 25);
    await showing('Set Your Sites on Tracing');
    expect(await ui.value('textbox', 'Speakers')).toBe('Adrian Cole');
    await takeNote(ui, 'spans need context', '0:25');

    await pauseAt(page, VIDEO, 55);
    await showing('Practical Istio');
    expect(await ui.value('textbox', 'Speakers')).toBe('Bruno Largo and Feilong Wang');
    await takeNote(ui, 'sidecars everywhere', '0:55');
    expect(await ui.all('listitem')).toEqual(['0:55 sidecars everywhere Edit Delete']);

    await pauseAt(page, VIDEO, 22);
    await showing('Set Your Sites on Tracing');
    expect(await ui.all('listitem')).toEqual(['0:25 spans need context Edit Delete']);
    await ui.click('button', 'Play from 0:25');
    near((await playing(page, VIDEO, 25)).time, 25, 1.5);

    // The lightning talks are several: the user marks where the next one starts and names it.
    await pauseAt(page, VIDEO, 78);
    await showing('Lightning talks');
    await ui.click('button', 'New talk starts here');
    await showing('');
    await ui.fill('textbox', 'Talk title', 'eBPF in five minutes');
    await ui.press('Tab');
    await pauseAt(page, VIDEO, 80);
    await takeNote(ui, 'no kernel module needed', '1:20');
    await pauseAt(page, VIDEO, 72);
    await showing('Lightning talks');
    await pauseAt(page, VIDEO, 85);
    await showing('eBPF in five minutes');

    const markdown = await exportMarkdown(env, `youtube:${ID}#t=50`);
    const sections = markdown.split(/^# /m).filter(Boolean);
    expect(sections.map((s) => s.split('\n')[0])).toEqual(['Set Your Sites on Tracing', 'Practical Istio', 'eBPF in five minutes']);
    expect(sections[2]).toContain(`[1:20](https://www.youtube.com/watch?v=${ID}&t=80s) no kernel module needed`);
    expect(sections[2]).toContain(`[Recording](https://www.youtube.com/watch?v=${ID}&t=78s)`);
    expect(sections[0]).toContain(`[Recording](https://www.youtube.com/watch?v=${ID}&t=20s)`);
    expect(sections[0]).toContain(`[0:25](https://www.youtube.com/watch?v=${ID}&t=25s) spans need context`);
    expect(sections[1]).toContain('by Bruno Largo and Feilong Wang');
    expect(sections[1]).toContain(`[0:55](https://www.youtube.com/watch?v=${ID}&t=55s) sidecars everywhere`);
    expect(sections[1]).not.toContain('spans need context');

    await page.goto(watchUrl(ID, { t: '55s' }));
    near((await waitForPlayback(page, 55)).currentTime, 55, 1.5);
    await showing('Practical Istio');
    await ui.waitFor('listitem', /^0:55 sidecars everywhere/);
    await ui.dispose();
    await page.close();
  });

  it('takes a server-stitched ad out of every moment, stamp and seek alike', async () => {
    const TALK = 'kHtw8sAdm1n';
    const page = await env.browser.newPage(watchUrl(TALK));
    const ui = await env.browser.ui(page);
    await waitForPlayback(page);
    await openSidebar(ui);
    await ui.waitFor('textbox', 'Talk title', { timeout: 10_000 });
    // The player stitches a 10 s ad into the media at 10 s, as YouTube's server does: same src,
    // time running on, #movie_player.ad-showing meanwhile, flipped at the ad's cue points (the
    // fixture checks every frame, as timeupdate comes only every 250 ms: a second of media at
    // this rate). The viewer pauses once, at 24.5 s of the media, so the moment is half a second
    // away from a rounding edge of its stamp.
    await page.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
      (window as unknown as { ytFixture: { player: { stitches: { at: number; length: number }[] } } }).ytFixture.player.stitches = [{ at: 10, length: 10 }];
      let pauseAt: number | null = 24.5;
      const frame = () => {
        if (pauseAt !== null && video.currentTime >= pauseAt) {
          video.pause();
          pauseAt = null;
        }
        // Real time through the ad's end and into the pause: the sidebar sees the player change
        // when its own events come, and on a busy machine a late one at four times the speed is
        // a second of media.
        const t = video.currentTime;
        const rate = (t > 19 && t < 21) || t > 23.5 ? 1 : 4;
        if (pauseAt !== null && video.playbackRate !== rate) video.playbackRate = rate;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      video.currentTime = 7;
      video.playbackRate = 4;
      void video.play();
    });
    const paused = await until('the pause after the ad', async () => {
      const m = await media(page, VIDEO);
      return m.paused && m.time >= 24.5 ? m : undefined;
    }, { timeout: 15_000 });
    const talkTime = Math.floor(paused.time - 10);
    const label = `0:${String(talkTime).padStart(2, '0')}`;
    await takeNote(ui, 'after the ad', label);

    await pauseAt(page, VIDEO, 3);
    await ui.click('button', `Play from ${label}`);
    // Talk moment t lies 10 s later in the media, after the ad.
    near((await playing(page, VIDEO, talkTime + 10)).time, talkTime + 10, 1.5);
    expect(noteLinks(await exportMarkdown(env, `youtube:${TALK}`))).toEqual([`https://www.youtube.com/watch?v=${TALK}&t=${talkTime}s`]);
    await ui.dispose();
    await page.close();
  });
});
