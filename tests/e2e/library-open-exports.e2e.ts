// A talk's notes leave the library in the open formats and come back: the WebVTT it downloads
// plays as subtitles in a <track> (read back by the browser's own parser), the Web Annotations
// it downloads name each note by id and moment, and importing that file brings a deleted note back.
import { describe, expect, it } from 'vitest';
import { downloadOf, openedPage, pickFile } from './harness/files';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { TALKS } from './harness/youtube';
import { libraryPage, takeNotes } from './library-steps';
import { cuesOf } from './track-steps';

const env = useBrowser({ hosts: ['conf.example'] });
const wca = TALKS[0]!;
const WCA = 'When Containers Attack';
const RECORDING = `https://www.youtube.com/watch?v=${wca.id}`;
const DIVERSITY = 'Diversity is key to innovation.';
const ENTHUSIASTS = 'Conference speakers are professional enthusiasts';

interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: { type: string; purpose: string; value: string; format: string; language: string };
  target: { type: string; source: string; selector: { type: string; conformsTo: string; value: string } };
}

describe('open exports in the library', () => {
  it('downloads a talk as WebVTT subtitles and as Web Annotations, and the annotations bring a deleted note back', async () => {
    const watch = await takeNotes(env, wca.id, [
      { at: 42, text: DIVERSITY },
      { at: 75, text: ENTHUSIASTS, kindKey: 2 },
    ]);
    const duration = await watch.page.evaluate(() => document.querySelector('video')!.duration);
    const { page, ui } = await libraryPage(env, await openedPage(env.browser, () => watch.ui.click('button', 'Library')));
    await ui.click('button', `Edit details: ${WCA}`);

    const annotations = await downloadOf(env.browser, page, () => ui.click('button', 'Download Web Annotations'));
    expect(annotations.filename).toBe(`${WCA}.jsonld`);
    const doc = JSON.parse(annotations.text);
    expect([doc['@context'], doc.type, doc.label, doc.total, doc.first.type]).toEqual([
      'http://www.w3.org/ns/anno.jsonld', 'AnnotationCollection', WCA, 2, 'AnnotationPage',
    ]);
    const items = doc.first.items as Annotation[];
    const ids = items.map((a) => a.id.replace(/^urn:uuid:/, ''));
    expect(items.map((a) => a.id)).toEqual(ids.map((id) => `urn:uuid:${id}`));
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    const selector = (t: string) => ({ type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: t });
    const target = (t: string) => ({ type: 'SpecificResource', source: RECORDING, selector: selector(t) });
    const body = (purpose: string, value: string) => ({ type: 'TextualBody', purpose, value, format: 'text/markdown', language: 'en' });
    expect(items.map(({ type, motivation, body: b, target: t }) => ({ type, motivation, body: b, target: t }))).toEqual([
      { type: 'Annotation', motivation: 'commenting', body: body('commenting', DIVERSITY), target: target('t=42') },
      { type: 'Annotation', motivation: 'highlighting', body: body('describing', ENTHUSIASTS), target: target('t=75') },
    ]);

    const vtt = await downloadOf(env.browser, page, () => ui.click('button', 'Download WebVTT'));
    expect(vtt.filename).toBe(`${WCA}.vtt`);
    const cues = await cuesOf(env.browser, vtt.text);
    // The last cue runs to the end of the recording, which the talk took from its video.
    expect(cues.at(-1)!.endTime).toBeCloseTo(duration, 3);
    expect(cues.map((c, i) => (i === cues.length - 1 ? { ...c, endTime: duration } : c))).toEqual([
      { id: ids[0], startTime: 42, endTime: 75, text: DIVERSITY },
      { id: ids[1], startTime: 75, endTime: duration, text: `“${ENTHUSIASTS}”` },
    ]);

    // Deleted in the sidebar; the library counts one note.
    await watch.ui.click('button', 'Delete note at 0:42');
    await until('the note gone', async () => !(await watch.ui.exists('listitem', /^0:42 /)));
    await ui.click('button', 'Cancel');
    await ui.waitFor('listitem', new RegExp(`^${WCA} · .* · 1 note `));

    await pickFile(env.browser, page, 'input[type=file][accept*=".jsonld"]', annotations.filename, annotations.text);
    await ui.waitFor('status', 'Imported 1 note.');
    await ui.waitFor('listitem', new RegExp(`^${WCA} · .* · 2 notes `));
    await watch.ui.waitFor('listitem', new RegExp(`^0:42 ${DIVERSITY.replace('.', '\\.')}`));

    // The same file again: nothing new. A file about a recording not in the library: refused, visibly.
    await pickFile(env.browser, page, 'input[type=file][accept*=".jsonld"]', annotations.filename, annotations.text);
    await ui.waitFor('status', 'Nothing new: every note in this file is already here.');
    const elsewhere = annotations.text.replaceAll(wca.id, 'zzzzzzzzzzz');
    await pickFile(env.browser, page, 'input[type=file][accept*=".jsonld"]', 'elsewhere.jsonld', elsewhere);
    await ui.waitFor('alert', /^Nothing was imported, your data is unchanged\. /);
    expect(await ui.text('alert')).toContain('https://www.youtube.com/watch?v=zzzzzzzzzzz, which is not a talk in your library');
    await ui.waitFor('listitem', new RegExp(`^${WCA} · .* · 2 notes `));
    await page.close();
    await watch.page.close();
  });
});
