// Slides: the frame on screen captured as a note's image, by the sidebar's button and by the
// shortcut; its pixels are the frame's; shown small, opened large, seeking like any note. A video
// from another site that forbids reading it is captured from the visible tab; a black frame is refused.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import type { BrowserPage as Page } from './harness/types';
import { media, near, openByButton, pauseAt } from './sites-steps';
import { sameColour, storedSlides } from './slides-steps';

const env = useBrowser({ hosts: ['conf.example', 'peertube.example', 'www.youtube-nocookie.com'] });
const PLAYER = 'video.recording';
const RED: [number, number, number] = [255, 0, 0];
const BLUE: [number, number, number] = [0, 0, 255];
const GREEN: [number, number, number] = [0, 255, 0];
const WHITE: [number, number, number] = [255, 255, 255];

describe('slides', () => {
  it('captures the frame on screen by button and by shortcut, shows it, opens it large, seeks; refuses a black frame', async () => {
    const { page, ui } = await openByButton(env, 'https://conf.example/slides.html', PLAYER);
    await pauseAt(page, PLAYER, 0.5);
    await ui.click('button', 'Slide');
    // A button's content is no image to the accessibility tree: the thumbnail is found by its alt text.
    await ui.css('.slide-thumb img[alt="Slide at 0:00"]').waitFor();
    expect(await ui.css('.slide-thumb img[alt="Slide at 0:00"]').attribute('src')).toMatch(/^blob:/);
    const [first] = await until('the slide stored', async () => {
      const s = await storedSlides(env);
      return s.length === 1 ? s : undefined;
    });
    expect(first).toMatchObject({ at: 0.5, type: 'image/webp', width: 320, height: 180 });
    expect(sameColour(first!.left, RED), `left ${first!.left}`).toBe(true);
    expect(sameColour(first!.right, BLUE), `right ${first!.right}`).toBe(true);

    // The shortcut, at a frame of other colours.
    await pauseAt(page, PLAYER, 2.5);
    await ui.press('Alt+Shift+K');
    // The shortcut goes through the browser's command in Firefox: background, then the tab.
    await ui.css('.slide-thumb img[alt="Slide at 0:02"]').waitFor({ timeout: 10_000 });
    const second = await until('the second slide stored', async () => {
      const s = await storedSlides(env);
      return s.length === 2 ? s[1] : undefined;
    });
    expect(second!.at).toBeCloseTo(2.5, 1);
    expect(sameColour(second!.left, GREEN), `left ${second!.left}`).toBe(true);
    expect(sameColour(second!.right, WHITE), `right ${second!.right}`).toBe(true);

    // Large, and closed with Escape; the note's time seeks like any note's.
    await ui.click('button', 'Show Slide at 0:00 large');
    await ui.waitFor('dialog', 'Slide at 0:00');
    await ui.press('Escape');
    await ui.waitForGone('dialog', 'Slide at 0:00');
    await ui.click('button', 'Play from 0:00');
    await until('the video back at the slide', async () => Math.abs((await media(page, PLAYER)).time - 0.5) < 0.3);

    // A black frame: said, and nothing stored.
    await pauseAt(page, PLAYER, 4.5);
    await ui.click('button', 'Slide');
    await until('the refusal said', async () => /No slide saved: The captured frame is black/.test(await ui.text('status')));
    expect(await storedSlides(env)).toHaveLength(2);
    expect((await ui.all('button')).filter((b) => b.startsWith('Show Slide'))).toEqual(['Show Slide at 0:00 large', 'Show Slide at 0:02 large']);
    await ui.dispose();
    await page.close();
  });

  it('captures a video the page may not read from the visible tab, cropped to its picture', async () => {
    const { page, ui } = await openByButton(env, 'https://conf.example/slides.html?elsewhere', PLAYER);
    await pauseAt(page, PLAYER, 2.5);
    await ui.click('button', 'Slide');
    await ui.css('.slide-thumb img[alt="Slide at 0:02"]').waitFor({ timeout: 10_000 });
    const [slide] = await until('the slide stored', async () => {
      const s = await storedSlides(env, 'elsewhere');
      return s.length === 1 ? s : undefined;
    });
    // The picture on screen is 640×360 CSS pixels: the tab's pixels, not the video's 320×180.
    expect(slide).toMatchObject({ type: 'image/webp', width: 640, height: 360 });
    expect(sameColour(slide!.left, GREEN), `left ${slide!.left}`).toBe(true);
    expect(sameColour(slide!.right, WHITE), `right ${slide!.right}`).toBe(true);
    near((await media(page, PLAYER)).time, 2.5, 0.1);
    await ui.dispose();
    await page.close();
  });

  it('captures the player in a cross-origin frame: the frame reads its own video', async () => {
    const page = await env.browser.newPage('https://conf.example/containers.html');
    const ui = await env.browser.ui(page);
    const embed = (p: Page) => p.evaluate(() => (window as unknown as { embedInfo: { currentTime: number } | null }).embedInfo?.currentTime ?? 0);
    await until('the embed to play', async () => (await embed(page)) > 0.3, { timeout: 15_000 });
    await env.browser.triggerAction(page);
    await ui.waitFor('button', 'Slide', { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { embedCommand(f: string, a: unknown[]): void }).embedCommand('pauseVideo', []));
    await ui.click('button', 'Slide');
    const [slide] = await until('the slide stored', async () => {
      const s = await storedSlides(env, 'youtube:');
      return s.length === 1 ? s : undefined;
    }, { timeout: 10_000 });
    // The fixture's talk is a 320×180 test pattern: colour bars, never one colour.
    expect(slide).toMatchObject({ talkId: 'youtube:wCa-2016Amx', type: 'image/webp', width: 320, height: 180 });
    expect(sameColour(slide!.left, slide!.right, 10)).toBe(false);
    await ui.css('.slide-thumb img').waitFor();
    await ui.dispose();
    await page.close();
  });
});
