// Slides: the frame on screen captured as a note's image, by the sidebar's button and by the
// shortcut; its pixels are the frame's; shown small, opened large, seeking like any note. A video
// from another site that forbids reading it is captured from the visible tab; a black frame is refused.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import type { BrowserPage as Page } from './harness/types';
import { media, near, openByButton, pauseAt } from './sites-steps';
import { sameColour, storedSlides, type Rgb } from './slides-steps';
import { downloadOf, openedPage } from './harness/files';
import { libraryPage, markdownMade } from './library-steps';

/** An image's pixels at a quarter and three quarters of its width, decoded by the browser. */
function pixelsOf(page: Page, bytes: Uint8Array): Promise<[Rgb, Rgb]> {
  return page.evaluate(async (data) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))]));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const px = (fx: number) => Array.from(ctx.getImageData(Math.floor(bitmap.width * fx), Math.floor(bitmap.height / 2), 1, 1).data.slice(0, 3));
    return [px(0.25), px(0.75)];
  }, Buffer.from(bytes).toString('base64')) as Promise<[Rgb, Rgb]>;
}

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

    // The write-up bundle holds both pictures where its Markdown links them, with the frames' colours.
    const library = await libraryPage(env, await openedPage(env.browser, () => ui.click('button', 'Library')));
    await library.ui.click('button', 'Export talk: Slides in Colour');
    await markdownMade(library.ui);
    const bundle = await downloadOf(env.browser, library.page, () => library.ui.click('button', 'Download write-up'));
    const files = unzipSync(new Uint8Array(bundle.bytes));
    const markdown = strFromU8(files['Slides in Colour.md']!);
    const pictures = [...markdown.matchAll(/!\[(Slide at \d+:\d\d)\]\((images\/[^)\s]+)\)/g)].map((m) => ({ alt: m[1]!, path: m[2]! }));
    expect(pictures.map((p) => p.alt)).toEqual(['Slide at 0:00', 'Slide at 0:02']);
    expect(Object.keys(files).sort()).toEqual(['Slides in Colour.md', ...pictures.map((p) => p.path)].sort());
    const colours = await Promise.all(pictures.map((p) => pixelsOf(library.page, files[p.path]!)));
    expect(colours.map(([left, right]) => [sameColour(left, RED) || sameColour(left, GREEN), sameColour(right, BLUE) || sameColour(right, WHITE)])).toEqual([[true, true], [true, true]]);
    expect(sameColour(colours[0]![0], RED) && sameColour(colours[1]![0], GREEN)).toBe(true);
    await library.ui.dispose();
    await library.page.close();
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
