// Steps the sites e2e files share: the fixture players' state, notes at a moment, the export.
import { expect } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import type { E2eEnv } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { request } from './harness/request';
import { until } from './harness/wait';
import { waitForPlayback, watchUrl } from './harness/youtube';

export interface Media {
  time: number;
  paused: boolean;
  src: string;
}

/** The state of the `<video>` that `selector` finds on the page itself. */
export function media(page: Page, selector: string): Promise<Media> {
  return page.evaluate((sel) => {
    const v = document.querySelector<HTMLVideoElement>(sel);
    if (!v) throw new Error(`no ${sel}`);
    return { time: v.currentTime, paused: v.paused, src: v.currentSrc || v.src };
  }, selector);
}

/** Waits until that video plays past `seconds`. */
export function playing(page: Page, selector: string, seconds = 0.3): Promise<Media> {
  return until(`${selector} to play past ${seconds} s`, async () => {
    const m = await media(page, selector);
    return !m.paused && m.time > seconds ? m : undefined;
  }, { timeout: 15_000 });
}

/** Pauses that video at `at` seconds (as a viewer who scrubbed there) and waits for the seek. */
export async function pauseAt(page: Page, selector: string, at: number): Promise<void> {
  await page.evaluate(([sel, t]) => {
    const v = document.querySelector<HTMLVideoElement>(sel as string)!;
    v.pause();
    v.currentTime = t as number;
  }, [selector, at] as const);
  // currentTime moves at once; the frame a viewer sees there is drawn once the seek is done.
  await until(`${selector} shown at ${at} s`, () =>
    page.evaluate(([sel, t]) => {
      const v = document.querySelector<HTMLVideoElement>(sel as string)!;
      return Math.abs(v.currentTime - (t as number)) < 0.05 && !v.seeking && v.readyState >= 2;
    }, [selector, at] as const),
  );
}

/** Types a note into the sidebar's box and saves it; waits until it is listed. */
export async function takeNote(ui: Ui, text: string, label: string): Promise<void> {
  await ui.fill('textbox', 'Note', text);
  await ui.press('Enter');
  await ui.waitFor('listitem', new RegExp(`^${label} ${text}`));
}

/** The talk's Markdown export, asked for as the sidebar's "Copy Markdown" does (from an extension page). */
export async function exportMarkdown(env: E2eEnv, talkId: string): Promise<string> {
  return (await request(env, 'talk.export', { talkId: talkId as TalkId })).markdown;
}

/** Every note link of an export (`[12:34](url)`), in order. */
export function noteLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\[\d+(?::\d+)+\]\((\S+)\)/g)].map((m) => m[1]!);
}

export function near(actual: number, expected: number, within = 0.6): void {
  expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThan(within);
}

/** A YouTube watch page of a day's stream, playing, with the sidebar showing its talk. */
export async function openStream(env: E2eEnv, id: string): Promise<{ page: Page; ui: Ui }> {
  const page = await env.browser.newPage(watchUrl(id));
  const ui = await env.browser.ui(page);
  await waitForPlayback(page);
  await ui.waitFor('textbox', 'Talk title', { timeout: 10_000 });
  return { page, ui };
}

/** Waits until the sidebar follows the talk titled `title` ('' for one not yet named). */
export function showingTalk(ui: Ui, title: string): Promise<boolean> {
  return until(`the sidebar on "${title}"`, async () => (await ui.value('textbox', 'Talk title')) === title);
}

/** Opens `url` on a site no content script is registered for, proves no sidebar is there on its own, then clicks the toolbar button. */
export async function openByButton(env: E2eEnv, url: string, player: string): Promise<{ page: Page; ui: Ui }> {
  const page = await env.browser.newPage(url);
  const ui = await env.browser.ui(page);
  await playing(page, player);
  expect(await ui.exists('button', 'Talk notes')).toBe(false);
  await env.browser.triggerAction(page);
  await ui.waitFor('button', 'Talk notes', { timeout: 10_000 });
  return { page, ui };
}
