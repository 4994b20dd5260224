// End to end: a write-up with prose. A tip, a footnote, a note with points and Markdown typed
// in the sidebar, shown there rendered (emphasis, a link that opens apart) with hostile HTML
// inert; a talk's summary and verdict and a day's introduction typed in the library; the
// conference exported byte for byte.
import { describe, expect, it } from 'vitest';
import { openedPage } from './harness/files';
import { useBrowser } from './harness/session';
import type { Ui } from './harness/types';
import { TALKS } from './harness/youtube';
import { exportMarkdown, libraryPage, typeDate, takeNotes } from './library-steps';

const env = useBrowser();
const wca = TALKS[0]!;
const NAME = 'Software Circus 2016 – Amsterdam';
const WCA = 'When Containers Attack';
const yt = (t?: number) => `https://www.youtube.com/watch?v=${wca.id}${t === undefined ? '' : `&t=${t}s`}`;

async function choose(ui: Ui, name: string) {
  await ui.focus('combobox', name);
  await ui.press('ArrowDown');
}

describe('a write-up with prose', () => {
  it('renders typed Markdown in the sidebar, and exports tips, summaries, verdicts, day introductions and footnotes', async () => {
    const a = await takeNotes(env, wca.id, [
      { at: 12, text: 'Diversity is *key* to innovation^[Adam Smith again, from the Q&A.]' },
      { at: 20, text: 'Do not read the whole book, read the overview.', kindKey: 5 },
      { at: 31, text: 'Three ways to scale:\n- specialise\n- automate' },
      { at: 45, text: 'See [the slides](https://speakerdeck.com/anne) <img src=x onerror="window.__pwned=1"> <b>bold?</b>' },
    ]);

    // The sidebar shows the Markdown as elements, and the HTML as the text it is.
    await a.ui.css('.note .text em').waitFor();
    expect(await a.ui.texts('.note .text em')).toEqual(['key']);
    expect(await a.ui.texts('.note .points li')).toEqual(['specialise', 'automate']);
    const link = a.ui.css('.note .text a');
    expect([await link.text(), await link.attribute('href'), await link.attribute('rel'), await link.attribute('target')]).toEqual([
      'the slides', 'https://speakerdeck.com/anne', 'noopener noreferrer', '_blank',
    ]);
    expect(await a.ui.css('.note .text img').exists()).toBe(false);
    expect(await a.ui.css('.note .text b').exists()).toBe(false);
    expect((await a.ui.texts('.note .text')).at(-1)).toBe('See the slides <img src=x onerror="window.__pwned=1"> <b>bold?</b>');
    expect(await a.ui.texts('.note .kind')).toEqual(['Tip']);
    expect(await a.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();

    // The library: a conference with a day and its introduction; the talk's summary and verdict.
    const { page, ui } = await libraryPage(env, await openedPage(env.browser, () => a.ui.click('button', 'Library')));
    await ui.click('button', 'New conference');
    await ui.fill('textbox', 'Name', NAME);
    await ui.click('button', 'Add day');
    await typeDate(ui, 'Date of day 1', '2016-08-31');
    await ui.fill('textbox', 'Introduction of day 1', 'Wednesday August 31st, the pre-conference workshop day.');
    await ui.click('button', 'Save conference');
    await ui.waitFor('heading', NAME);
    await choose(ui, `Conference for: ${WCA}`);
    await choose(ui, `Day for: ${WCA}`);
    await ui.waitFor('button', `Export day 1: ${NAME}`);
    await ui.click('button', `Edit details: ${WCA}`);
    await ui.fill('textbox', 'Summary', 'Anne asks why we specialise.');
    await ui.fill('textbox', 'My thoughts', 'Food for thought^[and a reading list].');
    await ui.fill('textbox', 'Verdict', '10/10 talk would recommend.');
    await ui.click('button', 'Save details');
    await ui.waitFor('status', `Saved the details of ${WCA}.`);

    const file = await exportMarkdown(env, page, ui, `Export conference: ${NAME}`);
    expect(file.text).toBe(`# ${NAME}

## Day 1 – Wednesday 31 August 2016

Wednesday August 31st, the pre-conference workshop day.

### ${WCA}

by Anne Currie

[Recording](${yt()}) · 1:30

Anne asks why we specialise.

- [0:12](${yt(12)}) Diversity is *key* to innovation[^1]
- [0:20](${yt(20)}) Tip: Do not read the whole book, read the overview.
- [0:31](${yt(31)}) Three ways to scale:
  - specialise
  - automate
- [0:45](${yt(45)}) See [the slides](https://speakerdeck.com/anne) \\<img src=x onerror="window.\\_\\_pwned=1"> \\<b>bold?\\</b>

My thoughts: Food for thought[^2].

10/10 talk would recommend.

[^1]: Adam Smith again, from the Q&A.

[^2]: and a reading list
`);
  });
});
