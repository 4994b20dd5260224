// A conference's stream-archive page for one day (tests/fixtures/stream/archive.html): JSON-LD as
// a WordPress/Yoast @graph, the VideoObject's clips and the day Event's programme linked by @id,
// the conference in another script tag. Opened with the toolbar button, the stream is split into
// the programme's talks, each with its performers; the clip before the first talk is none.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { Ui } from './harness/types';
import { until } from './harness/wait';
import { exportMarkdown, near, noteLinks, openByButton, pauseAt, playing, showingTalk, takeNote } from './sites-steps';

const env = useBrowser({ hosts: ['live.conf.example'] });
const PLAYER = 'video.stream';
const STREAM = 'https://live.conf.example/archive.html';

/** Waits until the sidebar has loaded its talk's notes and lists none (the page's own lists aside). */
const noNotes = (ui: Ui) => until('no notes listed', async () => (await ui.texts('p.empty')).some((t) => t.startsWith('No notes yet')));

describe('a day’s stream archive with a JSON-LD @graph', () => {
  it('follows the programme’s talks, files each note under its talk, and names the conference', async () => {
    const { page, ui } = await openByButton(env, STREAM, PLAYER);

    // "Stream starting soon": the whole day, titled as the page titles it, no speaker.
    await pauseAt(page, PLAYER, 8);
    await showingTalk(ui, 'Harbour Tech Forum – Day 1, Main Stage');
    expect(await ui.value('textbox', 'Speakers')).toBe('');
    expect(await ui.css('.conference').text()).toBe('Harbour Tech Forum 2025');

    await pauseAt(page, PLAYER, 30);
    await showingTalk(ui, 'Steady Systems for Restless Teams');
    expect(await ui.value('textbox', 'Speakers')).toBe('Mira Solberg');

    await pauseAt(page, PLAYER, 47);
    await showingTalk(ui, 'Postgres at the Edge');
    expect(await ui.value('textbox', 'Speakers')).toBe('Tomás Ruiz and Lin Chen');
    expect(await ui.css('.conference').text()).toBe('Harbour Tech Forum 2025');
    await takeNote(ui, 'read replicas at the edge', '0:47');

    await pauseAt(page, PLAYER, 75);
    await showingTalk(ui, 'Typed CSS in Ten Minutes');
    await noNotes(ui);
    await pauseAt(page, PLAYER, 50);
    await showingTalk(ui, 'Postgres at the Edge');
    await pauseAt(page, PLAYER, 10);
    await showingTalk(ui, 'Harbour Tech Forum – Day 1, Main Stage');
    await noNotes(ui);

    const markdown = await exportMarkdown(env, `web:${STREAM}#t=45`);
    expect(markdown).toContain(`# Postgres at the Edge\n\nby Tomás Ruiz, Edgebase and Lin Chen, Edgebase\n\n[Recording](${STREAM}#t=45)`);
    expect(noteLinks(markdown)).toEqual([`${STREAM}#t=47`]);

    await pauseAt(page, PLAYER, 60);
    await showingTalk(ui, 'Postgres at the Edge');
    await ui.click('button', 'Play from 0:47');
    near((await playing(page, PLAYER, 47)).time, 47, 1.5);
    await ui.dispose();
    await page.close();
  });
});
