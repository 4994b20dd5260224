// In-page navigation: the sidebar follows the page to another video although the
// h1 re-renders late and the head tags stay stale; a note typed right after the move is filed
// under the new video; back returns to the first with only its notes; both hold after reload.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { BrowserPage } from './harness/types';
import { until } from './harness/wait';
import { clickRelated, playerState, TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { readClipboard } from './harness/clipboard';
import { closeAll, pauseAt, seconds, takeNote, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
/** Lets the page render the title it holds back (`lag=hold`); false while nothing is held. */
const release = (page: BrowserPage) => page.evaluate(() => (window as unknown as { ytFixture: { release(): boolean } }).ytFixture.release());
const [a, b] = [TALKS[0]!, TALKS[1]!];
// The titles as the sidebar shows them: the speaker taken out into the speakers field.
const A = { title: 'When Containers Attack', speakers: 'Anne Currie' };
const B = { title: 'Kubernetes for Sysadmins', speakers: 'Kelsey Hightower' };

describe('moving to another video in the page', () => {
  it('switches the sidebar to the new talk and files each note under its own video', async () => {
    // The page's title re-renders late after the move, as on a slow YouTube: here only when the
    // test releases it, so the checks below never race a timer.
    const open = await openWatch(env, a.id, { lag: 'hold' });
    const { page, ui } = open;
    await until('talk A in the sidebar', async () => (await ui.value('textbox', 'Talk title')) === A.title);
    expect(await ui.value('textbox', 'Speakers')).toBe(A.speakers);
    await pauseAt(page, 8);
    await takeNote(ui, 'on A');
    await waitForNotes(ui, ['0:08 on A']);

    await clickRelated(page, b.id);
    await until('the URL of B', () => page.url().includes(b.id));
    // The page still shows A's title, and its head tags always will.
    expect((await playerState(page)).heading).toBe(a.title);
    expect(await page.evaluate(() => document.querySelector('meta[property="og:title"]')!.getAttribute('content'))).toBe(a.title);
    // The sidebar is already B's: A's notes and title are gone from it.
    await waitForNotes(ui, []);
    expect(await ui.value('textbox', 'Talk title')).not.toBe(A.title);

    // A note typed right away, before the page shows B's title, is B's.
    await waitForPlayback(page, 0.3);
    await takeNote(ui, 'on B, typed at once');
    await waitForNotes(ui, [/^0:0\d on B, typed at once$/]);
    expect((await playerState(page)).heading).toBe(a.title); // still held
    expect(await release(page)).toBe(true);
    await until('talk B in the sidebar', async () => (await ui.value('textbox', 'Talk title')) === B.title, { timeout: 5000 });
    expect(await ui.value('textbox', 'Speakers')).toBe(B.speakers);

    // Back: talk A with only its note.
    await page.evaluate(() => history.back());
    await until('the URL of A', () => page.url().includes(a.id));
    await until('the page to render A late', () => release(page));
    await waitForNotes(ui, ['0:08 on A']);
    await until('talk A in the sidebar', async () => (await ui.value('textbox', 'Talk title')) === A.title);

    // Each stays on its own video after a fresh load.
    await page.goto(watchUrl(b.id));
    const [row] = await waitForNotes(ui, [/^0:0\d on B, typed at once$/]);
    expect(await ui.value('textbox', 'Talk title')).toBe(B.title);
    // The note was saved before B's title rendered; the talk still got B's details, not A's.
    await ui.click('button', 'Copy Markdown');
    await until('copied', async () => (await ui.text('status')) === 'Copied the notes as Markdown.');
    const s = seconds(row!.slice(0, 4));
    expect(await readClipboard(env.browser, page)).toBe([
      `# ${B.title}`, '', `by ${B.speakers}`, '', `[Recording](https://www.youtube.com/watch?v=${b.id}) · 1:30`, '',
      `- [${row!.slice(0, 4)}](https://www.youtube.com/watch?v=${b.id}&t=${s}s) on B, typed at once`, '',
    ].join('\n'));
    await page.goto(watchUrl(a.id));
    await waitForNotes(ui, ['0:08 on A']);
    expect(await ui.value('textbox', 'Talk title')).toBe(A.title);
    await closeAll(open);
  });
});
