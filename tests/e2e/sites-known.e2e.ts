// A Vimeo video page: the sidebar comes on a click on the loader's control, finds the player
// (not the muted teaser), reads the talk's details, stamps notes and seeks; the export links
// are Vimeo's `#t=Ns`, and opening one starts the video there.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { exportMarkdown, media, near, noteLinks, pauseAt, playing, showingTalk, takeNote } from './sites-steps';
import { openSidebar } from './core-steps';

const env = useBrowser({ hosts: ['vimeo.com', 'player.vimeo.com', 'media.ccc.de'] });
const PLAYER = '.vp-video-wrapper video';

describe('sites named in the manifest', () => {
  it('takes notes on the right video with its details, seeks it, and exports #t= links that open there', async () => {
    const page = await env.browser.newPage('https://vimeo.com/76979871');
    const ui = await env.browser.ui(page);
    await openSidebar(ui);
    await playing(page, PLAYER);
    await ui.waitFor('textbox', 'Talk title');
    expect(await ui.value('textbox', 'Talk title')).toBe('Set Your Sites on Tracing');
    expect(await ui.value('textbox', 'Speakers')).toBe('Adrian Cole');

    await pauseAt(page, PLAYER, 30);
    await takeNote(ui, 'sampling is a budget', '0:30');
    await pauseAt(page, PLAYER, 61);
    await takeNote(ui, 'zipkin demo', '1:01');
    const teaser = await media(page, '.related video');

    await ui.click('button', 'Play from 0:30');
    const resumed = await playing(page, PLAYER, 30);
    near(resumed.time, 30, 1.5);
    // The teaser is not the talk: the seek never touched it.
    expect((await media(page, '.related video')).src).toBe(teaser.src);

    const markdown = await exportMarkdown(env, 'vimeo:76979871');
    expect(markdown).toContain('# Set Your Sites on Tracing');
    expect(markdown).toContain('by Adrian Cole');
    expect(noteLinks(markdown)).toEqual(['https://vimeo.com/76979871#t=30s', 'https://vimeo.com/76979871#t=61s']);

    await page.goto(noteLinks(markdown)[1]!);
    const opened = await playing(page, PLAYER, 61);
    near(opened.time, 61, 1.5);
    await ui.dispose();
    await page.close();
  });

  it('media.ccc.de: one speaker per author tag, notes and #t=N links that open there', async () => {
    const MEDIA = '.mejs__container video';
    const page = await env.browser.newPage('https://media.ccc.de/v/38c3-12345-illegal-instructions');
    const ui = await env.browser.ui(page);
    await openSidebar(ui);
    await playing(page, MEDIA);
    await showingTalk(ui, 'Illegal Instructions in Practice');
    expect(await ui.value('textbox', 'Speakers')).toBe('Ada Lovelace and Grace Hopper');
    expect(await ui.css('.conference').text()).toBe('38C3: Illegal Instructions');

    await pauseAt(page, MEDIA, 75);
    await takeNote(ui, 'undocumented opcodes', '1:15');
    await pauseAt(page, MEDIA, 3);
    await ui.click('button', 'Play from 1:15');
    near((await playing(page, MEDIA, 75)).time, 75, 1.5);

    const links = noteLinks(await exportMarkdown(env, 'mediaccc:38c3-12345-illegal-instructions'));
    expect(links).toEqual(['https://media.ccc.de/v/38c3-12345-illegal-instructions#t=75']);
    await page.goto('about:blank');
    await page.goto(links[0]!);
    near((await playing(page, MEDIA, 75)).time, 75, 1.5);
    await ui.dispose();
    await page.close();
  });
});
