// End to end: notes taken in the sidebar on two talks become a conference write-up in
// the library page, exported byte for byte in the talk-note format (conference, day, talk),
// downloaded and copied, in English and Danish.
import { describe, expect, it } from 'vitest';
import { clipboardText, openedPage } from './harness/files';
import { useBrowser } from './harness/session';
import type { BrowserPage, Ui } from './harness/types';
import { TALKS } from './harness/youtube';
import { exportMarkdown, libraryPage, markdownMade, typeDate, takeNotes } from './library-steps';

const env = useBrowser();
const [wca, kfs] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number]];
const NAME = 'Software Circus 2016 – Amsterdam';
const WCA = 'When Containers Attack';
const KFS = 'Kubernetes for Sysadmins';
const yt = (id: string, t?: number) => `https://www.youtube.com/watch?v=${id}${t === undefined ? '' : `&t=${t}s`}`;

const HEAD = `# ${NAME}

*To the Cloud and Beyond*

31 August – 2 September 2016 · Pakhuis West
`;
const DAY_1 = `## Day 1 – Wednesday 31 August 2016 – the pre-conference workshop day`;
const KFS_SECTION = `### ${KFS}

by Kelsey Hightower

[Recording](${yt(kfs.id)}) · 1:30

- [0:12](${yt(kfs.id, 12)}) Kubernetes is a platform for platforms.
`;
const WCA_NOTES = `- [0:42](${yt(wca.id, 42)}) Diversity is key to innovation.
- [1:15](${yt(wca.id, 75)}) “Conference speakers are professional enthusiasts”
- [1:20](${yt(wca.id, 80)}) Q: Is the modern equivalent cloud services?
`;

/** Picks the option `steps` below the current one in a closed <select>, by keyboard. */
async function choose(ui: Ui, name: string, steps = 1) {
  await ui.focus('combobox', name);
  for (let i = 0; i < steps; i++) await ui.press('ArrowDown');
}

const exportFile = (ui: Ui, page: BrowserPage, button: string) => exportMarkdown(env, page, ui, button);

describe('a conference write-up from notes taken in the sidebar', () => {
  it('opens the library from the toolbar button on a tab without a talk', async () => {
    const page = await env.browser.newPage(`${env.server.origin()}/harness/closed-shadow.html`);
    const library = await openedPage(env.browser, () => env.browser.triggerAction(page));
    expect(library.url()).toBe(env.browser.extensionUrl('library.html'));
    await libraryPage(env, library);
    await library.close();
    await page.close();
  });

  it('builds the conference, days, programme and talk details, and exports them byte for byte', async () => {
    const a = await takeNotes(env, wca.id, [
      { at: 42, text: 'Diversity is key to innovation.' },
      { at: 75, text: 'Conference speakers are professional enthusiasts', kindKey: 2 },
      { at: 80, text: 'Is the modern equivalent cloud services?', kindKey: 3 },
    ]);
    await takeNotes(env, kfs.id, [{ at: 12, text: 'Kubernetes is a platform for platforms.' }]);
    const { page, ui } = await libraryPage(env, await openedPage(env.browser, () => a.ui.click('button', 'Library')));
    expect(page.url()).toBe(env.browser.extensionUrl('library.html'));
    expect(await ui.all('listitem')).toEqual([
      `${KFS} · Kelsey Hightower · 1 note Details Export Recording Delete`,
      `${WCA} · Anne Currie · 3 notes Details Export Recording Delete`,
    ]);

    // The conference, with two days.
    await ui.click('button', 'New conference');
    await ui.fill('textbox', 'Name', NAME);
    await ui.fill('textbox', 'Tagline', 'To the Cloud and Beyond');
    await typeDate(ui, 'Start date', '2016-08-31');
    await typeDate(ui, 'End date', '2016-09-02');
    await ui.fill('textbox', 'Venue', 'Pakhuis West');
    expect(await ui.value('combobox', 'Language of the write-up')).toBe('en');
    await ui.fill('textbox', 'Intro', 'My personal notes from this three day conference about Cloud Native Computing.');
    await ui.click('button', 'Add day');
    await ui.click('button', 'Add day');
    await typeDate(ui, 'Date of day 1', '2016-08-31');
    await ui.fill('textbox', 'Theme of day 1', 'the pre-conference workshop day');
    await typeDate(ui, 'Date of day 2', '2016-09-01');
    await ui.fill('textbox', 'Closing', 'Thanks to the organisers and speakers!');
    await ui.click('button', 'Save conference');
    await ui.waitFor('heading', NAME);

    // Both talks on day 1, then Kubernetes moved before Containers.
    for (const t of [WCA, KFS]) {
      await choose(ui, `Conference for: ${t}`);
      await choose(ui, `Day for: ${t}`);
    }
    await ui.waitFor('button', `Move down: ${WCA}`);
    await ui.click('button', `Move up: ${KFS}`);
    await ui.waitFor('button', `Move down: ${KFS}`);
    const day1 = await exportFile(ui, page, `Export day 1: ${NAME}`);
    expect(day1.filename).toBe(`${NAME} – Day 1.md`);
    expect(day1.text).toBe(`${HEAD}
${DAY_1}

${KFS_SECTION}
### ${WCA}

by Anne Currie

[Recording](${yt(wca.id)}) · 1:30

${WCA_NOTES}`);

    // Containers moves to day 2, and gets its details.
    await choose(ui, `Day for: ${WCA}`);
    await ui.waitFor('button', `Export day 2: ${NAME}`);
    await ui.click('button', `Edit details: ${WCA}`);
    expect(await ui.value('textbox', 'Name of speaker 1')).toBe('Anne Currie');
    await ui.fill('textbox', 'Role of speaker 1', 'Co-founder');
    await ui.fill('textbox', 'Organisation of speaker 1', 'MicroScaling Systems');
    await ui.fill('textbox', 'Handles of speaker 1', '@microscaling, @anne_e_currie');
    await ui.click('button', 'Add speaker');
    await ui.fill('textbox', 'Name of speaker 2', 'Ross Fairbanks');
    await ui.fill('textbox', 'Handles of speaker 2', '@rossf7');
    await ui.click('button', 'Add link');
    await ui.fill('textbox', 'Label of link 1', 'Slides');
    await ui.fill('textbox', 'Address of link 1', 'https://speakerdeck.com/anne/when-containers-attack');
    await ui.fill('textbox', 'My thoughts', 'Instead of giving answers Anne directs us to the two opposing entities.');
    await ui.click('button', 'Save details');
    await ui.waitFor('listitem', new RegExp(`^${WCA} · Anne Currie and Ross Fairbanks · 3 notes`));

    const WCA_DETAILED = (by: string, recording: string, thoughts: string) => `### ${WCA}

${by}

[${recording}](${yt(wca.id)}) · 1:30

${WCA_NOTES}
${thoughts} Instead of giving answers Anne directs us to the two opposing entities.

Links:
- [Slides](https://speakerdeck.com/anne/when-containers-attack)
`;
    const conference = await exportFile(ui, page, `Export conference: ${NAME}`);
    const expected = `${HEAD}
My personal notes from this three day conference about Cloud Native Computing.

${DAY_1}

${KFS_SECTION}
## Day 2 – Thursday 1 September 2016

${WCA_DETAILED('by Anne Currie, Co-founder at MicroScaling Systems, @microscaling, @anne_e_currie and Ross Fairbanks, @rossf7', 'Recording', 'My thoughts:')}
Thanks to the organisers and speakers!
`;
    expect(conference.filename).toBe(`${NAME}.md`);
    expect(conference.text).toBe(expected);

    // Copy gives the same text; exporting again gives the same bytes.
    await ui.click('button', `Export conference: ${NAME}`);
    await markdownMade(ui);
    await ui.click('button', 'Copy Markdown');
    await ui.waitFor('status', 'Copied the Markdown.');
    expect(await clipboardText(env.browser, `${env.server.origin()}/harness/closed-shadow.html`)).toBe(expected);
    await page.bringToFront();
    await ui.click('button', 'Close');
    expect((await exportFile(ui, page, `Export conference: ${NAME}`)).text).toBe(expected);

    // One talk alone is a `#` document.
    const talk = await exportFile(ui, page, `Export talk: ${KFS}`);
    expect(talk.filename).toBe(`${KFS}.md`);
    expect(talk.text).toBe(KFS_SECTION.replace('### ', '# '));

    // In Danish: labels, weekday and month names follow the conference's language.
    await ui.click('button', `Edit conference: ${NAME}`);
    await ui.focus('combobox', 'Language of the write-up');
    await ui.type('D');
    expect(await ui.value('combobox', 'Language of the write-up')).toBe('da');
    await ui.click('button', 'Save conference');
    await ui.waitFor('status', `Saved ${NAME}.`);
    const danish = await exportFile(ui, page, `Export day 2: ${NAME}`);
    expect(danish.filename).toBe(`${NAME} – Dag 2.md`);
    expect(danish.text).toBe(`# ${NAME}

*To the Cloud and Beyond*

31\\. august – 2. september 2016 · Pakhuis West

## Dag 2 – torsdag 1. september 2016

${WCA_DETAILED('af Anne Currie, Co-founder hos MicroScaling Systems, @microscaling, @anne_e_currie og Ross Fairbanks, @rossf7', 'Optagelse', 'Mine tanker:')}`);
  });
});
