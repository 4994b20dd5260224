// Export: "Copy Markdown" puts exactly the talk-note format on the clipboard and
// "Download Markdown" saves `<title>.md` with the same bytes; user text cannot break it.
import { describe, expect, it } from 'vitest';
import { clearClipboard, readClipboard, watchDownloads } from './harness/clipboard';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { TALKS } from './harness/youtube';
import { closeAll, focusNoteBox, pauseAt, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const talk = TALKS[0]!; // "When Containers Attack – Anne Currie", 1:30 long
const ID = talk.id;
const at = (s: number) => `https://www.youtube.com/watch?v=${ID}&t=${s}s`;

// Written by hand from the talk-note format (shared/talk-notes-format.md), not by the product.
const EXPECTED = [
  '# When Containers Attack',
  '',
  'by Anne Currie',
  '',
  `[Recording](https://www.youtube.com/watch?v=${ID}) · 1:30`,
  '',
  `- [0:05](${at(5)}) Diversity is key to innovation.`,
  `- [0:12](${at(12)}) “Conference speakers are professional enthusiasts”`,
  `- [0:20](${at(20)}) Q: Is the modern equivalent cloud services?`,
  // Mid-line, after the link, `#` and `1.` cannot start a block; inline Markdown passes through as written
  // (emphasis written with `*`), a link to a relative address and a table's `|` stay text.
  `- [0:40](${at(40)}) # not a heading \\[x\\](y) *b* *u* \\| \`c\``,
  // A continuation line typed as "- " is a point nested under its note.
  `- [0:50](${at(50)}) 1. first`,
  '  - second',
  '',
  'My thoughts:',
  `- [0:30](${at(30)}) Instead of giving answers Anne directs us to the two opposing entities.`,
  '',
].join('\n');


describe('exporting a talk', () => {
  it('copies and downloads exactly the expected Markdown', async () => {
    const open = await openWatch(env, ID);
    const { page, ui } = open;
    const notes: [number, string, string?][] = [
      [40, '# not a heading [x](y) *b* _u_ | `c`'],
      [5, 'Diversity is key to innovation.'],
      [12, 'Conference speakers are professional enthusiasts', 'Alt+2'],
      [30, 'Instead of giving answers Anne directs us to the two opposing entities.', 'Alt+4'],
      [20, 'Is the modern equivalent cloud services?', 'Alt+3'],
    ];
    for (const [s, text, kind] of notes) {
      await pauseAt(page, s);
      await focusNoteBox(ui);
      if (kind) await ui.press(kind);
      await ui.type(text);
      await ui.press('Enter');
    }
    await pauseAt(page, 50);
    await focusNoteBox(ui);
    await ui.type('1. first');
    await ui.press('Shift+Enter');
    await ui.type('- second');
    await ui.press('Enter');
    await waitForNotes(ui, [/^0:05 /, /^0:12 /, /^0:20 /, /^0:30 /, /^0:40 /, /^0:50 /]);
    await until('every note saved', async () => !(await ui.css('li[data-saving]').exists()));

    await clearClipboard(env.browser, page);
    await ui.click('button', 'Copy Markdown');
    await until('copied', async () => (await ui.text('status')) === 'Copied the notes as Markdown.');
    const copied = await readClipboard(env.browser, page);
    expect(copied).toBe(EXPECTED);

    const downloads = await watchDownloads(env.browser);
    await ui.click('button', 'Download Markdown');
    const file = await downloads.next();
    expect(file.filename).toBe('When Containers Attack.md');
    expect(file.bytes.equals(Buffer.from(EXPECTED, 'utf8'))).toBe(true);
    await until('saved', async () => (await ui.text('status')) === 'Saved When Containers Attack.md.');

    // The same data gives the same bytes.
    await ui.click('button', 'Copy Markdown');
    expect(await readClipboard(env.browser, page)).toBe(EXPECTED);
    await closeAll(open);
  });
});
