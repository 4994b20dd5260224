// End to end: Markdown typed in the sidebar shows rendered there and is exported as written
// (nested points nested); "Download write-up" in the library saves one .zip holding that
// Markdown, whose relative image links resolve inside the zip, the same bytes every time.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { downloadOf, openedPage } from './harness/files';
import { useBrowser } from './harness/session';
import { TALKS } from './harness/youtube';
import { libraryPage, markdownMade, takeNotes } from './library-steps';

const env = useBrowser();
const wca = TALKS[0]!;
const WCA = 'When Containers Attack';
const yt = (t?: number) => `https://www.youtube.com/watch?v=${wca.id}${t === undefined ? '' : `&t=${t}s`}`;

// Written by hand from the format: inline Markdown as typed (emphasis written with *), the rest escaped
// (mid-line, after the moment link, `#` starts nothing; HTML, other schemes and images stay text).
const EXPECTED = `# ${WCA}

by Anne Currie

[Recording](${yt()}) · 1:30

- [0:12](${yt(12)}) **Diversity** is *key*, see <https://e.example/paper> or [Adam Smith](mailto:adam@e.example)
  - specialisation \`x10\` in production
  - a *second* point, \\<b>not bold\\</b> # not a heading
- [0:20](${yt(20)}) # plain \\[text\\](javascript:alert(1)) \\![pixel](https://e.example/p.png)
`;

describe('the write-up bundle', () => {
  it('renders typed Markdown in the sidebar, exports it as written and downloads it zipped with its images', async () => {
    const a = await takeNotes(env, wca.id, [
      { at: 12, text: '**Diversity** is _key_, see <https://e.example/paper> or [Adam Smith](mailto:adam@e.example)\n- specialisation `x10` in production\n- a *second* point, <b>not bold</b> # not a heading' },
      { at: 20, text: '# plain [text](javascript:alert(1)) ![pixel](https://e.example/p.png)' },
    ]);
    await a.ui.css('.note .text strong').waitFor();
    expect(await a.ui.texts('.note .text strong')).toEqual(['Diversity']);
    expect(await a.ui.texts('.note .points li')).toEqual(['specialisation x10 in production', 'a second point, <b>not bold</b> # not a heading']);
    expect(await a.ui.texts('.note .points code')).toEqual(['x10']);
    expect(await a.ui.css('.note img').exists()).toBe(false);

    const { page, ui } = await libraryPage(env, await openedPage(env.browser, () => a.ui.click('button', 'Library')));
    await ui.click('button', `Export talk: ${WCA}`);
    await markdownMade(ui);
    const markdown = await downloadOf(env.browser, page, () => ui.click('button', 'Download Markdown'));
    expect(markdown.text).toBe(EXPECTED);

    const bundle = await downloadOf(env.browser, page, () => ui.click('button', 'Download write-up'));
    expect(bundle.filename).toBe(`${WCA}.zip`);
    const files = unzipSync(new Uint8Array(bundle.bytes));
    expect(Object.keys(files)).toEqual([`${WCA}.md`]);
    const inZip = strFromU8(files[`${WCA}.md`]!);
    expect(inZip).toBe(EXPECTED);
    // Every relative link of the Markdown names a file of the zip (none until notes carry slides).
    const relative = [...inZip.matchAll(/\]\((?![a-z][a-z0-9+.-]*:)([^)\s]+)\)/gi)].map((m) => m[1]!);
    expect(relative.filter((path) => files[path] === undefined)).toEqual([]);
    await ui.waitFor('status', `Saved ${WCA}.zip.`);

    const again = await downloadOf(env.browser, page, () => ui.click('button', 'Download write-up'));
    expect(again.bytes.equals(bundle.bytes)).toBe(true);
    await ui.dispose();
    await a.ui.dispose();
  });
});
