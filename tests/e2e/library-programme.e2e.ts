// A conference's programme in the library: a schedule file imported as a new conference shows
// its days and talks; a media.ccc.de recording whose slug the schedule lists lands, with its
// note, under that entry's conference and day, and so does a YouTube upload matched by title
// and speaker; the conference's export follows the programme; a damaged file is refused, the
// library unchanged.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickFile } from './harness/files';
import { useBrowser } from './harness/session';
import { exportMarkdown, libraryPage, takeNotes } from './library-steps';
import { openSidebar } from './core-steps';
import { pauseAt, playing, takeNote } from './sites-steps';

const env = useBrowser({ hosts: ['media.ccc.de', 'www.youtube.com'], sequential: true });
const SCHEDULE = readFileSync(resolve('tests/fixtures/schedules/38c3.json'), 'utf8');
const NAME = '38th Chaos Communication Congress';
const PICKER = 'input[type=file][accept*=".ics"]';
const TITLE = 'Illegal Instructions in Practice: What CPUs Do';

const openLibrary = async () => libraryPage(env, await env.browser.newPage(env.browser.extensionUrl('library.html')));

describe('a conference programme in the library', () => {
  it('imports a schedule file as a new conference and shows its days and talks, on the conference’s clock', async () => {
    const { page, ui } = await openLibrary();
    await pickFile(env.browser, page, PICKER, '38c3.json', SCHEDULE);
    await ui.waitFor('status', 'Imported the schedule as a new conference: 4 talks.');
    await ui.waitFor('heading', NAME);
    // Sorted: rows drawn lazily (content-visibility) reach the accessibility tree in any order.
    expect((await ui.all('heading')).sort()).toEqual([
      'Talk Notes library', NAME, 'Sync',
      'Programme – Day 1 – Friday 27 December 2024', 'Programme – Day 2 – Saturday 28 December 2024',
      'Day 1 – Friday 27 December 2024', 'Day 2 – Saturday 28 December 2024',
    ].sort());
    const entries = (await ui.all('listitem')).filter((t) => /^\d\d:\d\d /.test(t));
    expect(entries).toEqual([
      'Opening Ceremony · Herald Team · Saal 1 · CCC',
      'When Containers Attack · Anne Currie · Saal GLITCH · Security',
      'Rust in the Kernel, Two Years On · Miguel Ojeda · Saal GLITCH · Hardware & Making',
      `${TITLE} · Ada Lovelace, Grace Hopper · Saal 1 · Security`,
    ].map((t, i) => `${['11:00', '14:00', '16:00', '12:30'][i]} ${t}`));
    await page.close();
  });

  it('refuses a damaged file with the reader’s message, and changes nothing', async () => {
    const { page, ui } = await openLibrary();
    await ui.waitFor('heading', NAME);
    const before = [await ui.all('heading'), await ui.all('listitem')];
    await pickFile(env.browser, page, PICKER, 'broken.json', SCHEDULE.slice(0, 1200));
    await ui.waitFor('alert', /^Nothing was imported, your library is unchanged\. \S/);
    expect(await ui.text('alert')).toMatch(/damaged|not valid|JSON/i);
    expect([await ui.all('heading'), await ui.all('listitem')]).toEqual(before);
    await page.close();
  });

  it('files a media.ccc.de recording (by slug) and a YouTube upload (by title and speaker) under their entries’ conference and days', async () => {
    // "When Containers Attack – Anne Currie" on YouTube: the schedule has no link to it.
    const upload = await takeNotes(env, 'wCa-2016Amx', [{ at: 42, text: 'Diversity is key to innovation.' }]);
    await upload.ui.dispose();
    await upload.page.close();

    const MEDIA = '.mejs__container video';
    const talk = await env.browser.newPage('https://media.ccc.de/v/38c3-12345-illegal-instructions');
    const sidebar = await env.browser.ui(talk);
    await openSidebar(sidebar);
    await playing(talk, MEDIA);
    await pauseAt(talk, MEDIA, 75);
    await takeNote(sidebar, 'undocumented opcodes', '1:15');
    await sidebar.dispose();
    await talk.close();

    const { page, ui } = await openLibrary();
    await ui.waitFor('button', `Export day 2: ${NAME}`); // the days have talks now
    await ui.waitFor('button', `Export day 1: ${NAME}`);
    const rows = await ui.all('listitem');
    expect(rows).toEqual(expect.arrayContaining([
      expect.stringMatching(/^When Containers Attack · Anne Currie · 1 note/),
      '14:00 When Containers Attack · Anne Currie · Saal GLITCH · Security 1 note',
      expect.stringMatching(new RegExp(`^${TITLE} · Ada Lovelace and Grace Hopper · 1 note`)),
      `12:30 ${TITLE} · Ada Lovelace, Grace Hopper · Saal 1 · Security 1 note`,
    ]));
    expect(rows.filter((r) => r.includes('Talks not in a conference'))).toEqual([]);
    await page.close();
  });

  it('exports the conference as the programme runs: its days with weekday and date, speakers from the schedule', async () => {
    const { page, ui } = await openLibrary();
    const file = await exportMarkdown(env, page, ui, `Export conference: ${NAME}`);
    expect(file.text.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      `# ${NAME}`,
      '## Day 1 – Friday 27 December 2024', '### When Containers Attack',
      '## Day 2 – Saturday 28 December 2024', `### ${TITLE}`,
    ]);
    expect(file.text).toContain('Ada Lovelace');
    expect(file.text).toContain('Grace Hopper');
    await page.close();
  });
});
