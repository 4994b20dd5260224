// The list: sorted by moment, m:ss labels, a time click seeks and plays, the note at
// the current moment is highlighted, edits in place (text, kind, ±1 s / ±5 s), delete with Undo.
import { describe, expect, it } from 'vitest';
import { readClipboard } from './harness/clipboard';
import { request } from './harness/request';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { playerState } from './harness/youtube';
import { generatedNoteId } from './backup-data';
import { closeAll, pauseAt, seekVideo, takeNote, videoTime, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();

describe('the list of notes', () => {
  it('sorts by moment, seeks and plays on a time click, highlights the current note', async () => {
    const open = await openWatch(env, 'listSorting');
    const { page, ui } = open;
    for (const [at, text] of [[40, 'third'], [10, 'first'], [25, 'second']] as const) {
      await pauseAt(page, at);
      await takeNote(ui, text);
    }
    await waitForNotes(ui, ['0:10 first', '0:25 second', '0:40 third']);
    expect(await ui.all('list')).toEqual(['Notes']);

    // Paused far from it, a click on a time goes there and plays.
    await ui.click('button', 'Play from 0:25');
    await until('the video playing from 0:25', async () => {
      const s = await playerState(page);
      return !s.paused && s.currentTime >= 25 && s.currentTime < 28;
    });
    await until('0:25 highlighted', async () => (await ui.getAttribute('listitem', /^0:25 second/, 'aria-current')) === 'true');
    expect(await ui.getAttribute('listitem', /^0:10 first/, 'aria-current')).toBeNull();
    expect(await ui.getAttribute('listitem', /^0:40 third/, 'aria-current')).toBeNull();

    // The highlight follows the video as it plays on.
    await seekVideo(page, 40.2);
    await until('0:40 highlighted', async () => (await ui.getAttribute('listitem', /^0:40 third/, 'aria-current')) === 'true');
    expect(await ui.getAttribute('listitem', /^0:25 second/, 'aria-current')).toBeNull();

    // Before the first note nothing is current.
    await ui.click('button', 'Play from 0:10');
    expect(Math.abs((await videoTime(page)) - 10)).toBeLessThan(1.5);
    await seekVideo(page, 2);
    await until('no highlight', async () => (await ui.getAttribute('listitem', /^0:10 first/, 'aria-current')) === null);
    await closeAll(open);
  });

  it('edits text, kind and moment in place, and deletes with Undo', async () => {
    const open = await openWatch(env, 'listEditing');
    const { page, ui } = open;
    for (const [at, text] of [[10, 'alpha'], [20, 'bravo']] as const) {
      await pauseAt(page, at);
      await takeNote(ui, text);
    }
    await waitForNotes(ui, ['0:10 alpha', '0:20 bravo']);

    await ui.click('button', 'Edit note at 0:10');
    await until('the edit box focused', () => ui.get('textbox', 'Text of the note at 0:10').focused());
    await ui.fill('textbox', 'Text of the note at 0:10', 'Alpha, now a question?');
    await ui.focus('combobox', 'Kind');
    await ui.press('ArrowDown');
    await ui.press('ArrowDown');
    await until('Question chosen', async () => (await ui.value('combobox', 'Kind')) === 'question');
    await ui.click('button', 'Later by 5 s');
    await ui.click('button', 'Later by 5 s');
    await ui.click('button', 'Earlier by 1 s');
    await ui.click('button', 'Later by 1 s');
    await ui.click('button', 'Earlier by 1 s');
    expect(await ui.all('group')).toContain('Moment 0:19');
    await ui.click('button', 'Save');
    await waitForNotes(ui, ['0:19 QUESTION Alpha, now a question?', '0:20 bravo']);

    // Past the next note, the list re-sorts.
    await ui.click('button', 'Edit note at 0:19');
    await ui.click('button', 'Later by 5 s');
    await ui.click('button', 'Save');
    await waitForNotes(ui, ['0:20 bravo', '0:24 QUESTION Alpha, now a question?']);

    await ui.click('button', 'Delete note at 0:20');
    await waitForNotes(ui, ['0:24 QUESTION Alpha, now a question?']);
    expect(await ui.text('status')).toContain('Deleted the note at 0:20.');
    await ui.click('button', 'Undo');
    await waitForNotes(ui, ['0:20 bravo', '0:24 QUESTION Alpha, now a question?']);

    // What shows is what was stored.
    await page.reload();
    await waitForNotes(ui, ['0:20 bravo', '0:24 QUESTION Alpha, now a question?']);
    await ui.click('button', 'Delete note at 0:24');
    await waitForNotes(ui, ['0:20 bravo']);
    await page.reload();
    await waitForNotes(ui, ['0:20 bravo']);
    await closeAll(open);
  });

  it('labels moments from an hour on as h:mm:ss, links and seeks there', async () => {
    // A 65-minute fixture recording, opened at 1:02:05 as a shared link would.
    const open = await openWatch(env, 'hourLongTlk', { media: 'long', t: '3725' });
    const { page, ui } = open;
    await pauseAt(page, 3725);
    await takeNote(ui, 'past the hour');
    await waitForNotes(ui, ['1:02:05 past the hour']);

    await page.evaluate(() => {
      document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!.currentTime = 10; // still paused
    });
    await ui.click('button', 'Play from 1:02:05');
    await until('the video playing at 1:02:05', async () => {
      const s = await playerState(page);
      return !s.paused && s.currentTime >= 3725 && s.currentTime < 3729;
    });

    await ui.click('button', 'Copy Markdown');
    await until('copied', async () => (await ui.text('status')) === 'Copied the notes as Markdown.');
    const lines = (await readClipboard(env.browser, page)).split('\n');
    expect(lines).toContain('[Recording](https://www.youtube.com/watch?v=hourLongTlk) · 1:05:00');
    expect(lines).toContain('- [1:02:05](https://www.youtube.com/watch?v=hourLongTlk&t=3725s) past the hour');
    await closeAll(open);
  });

  it('lists a talk with more notes than a screen holds whole and in order, the earliest first', async () => {
    const ID = 'longTalk120';
    const COUNT = 120;
    const label = (at: number) => `${Math.floor(at / 60)}:${String(at % 60).padStart(2, '0')}`;
    const at = (i: number) => i * 5;
    // Stored before the page opens, through the product's own door: a backup restored in the library.
    const backup = JSON.stringify({
      format: 'talk-notes-backup',
      version: 1,
      talks: [{ id: `youtube:${ID}`, platform: 'youtube', videoId: ID, url: `https://www.youtube.com/watch?v=${ID}`, title: 'A long talk', speakers: [], links: [], createdAt: 1, updatedAt: 1 }],
      // Newest moment first, so the stored order is not the order shown.
      notes: Array.from({ length: COUNT }, (_, k) => COUNT - 1 - k).map((i) => ({
        id: generatedNoteId(i), talkId: `youtube:${ID}`, at: at(i), kind: 'note', text: `note ${i}`, createdAt: 1, updatedAt: 1,
      })),
    });
    const imported = await request(env, 'backup.import', { text: backup });
    expect(imported.changed).toEqual({ talks: 1, notes: COUNT, conferences: 0, marks: 0 });

    const open = await openWatch(env, ID, {}, { play: false });
    const { ui } = open;
    const row = (i: number) => `${label(at(i))} note ${i} Edit Delete`;
    // Rows out of view are not drawn (content-visibility), so their text is read where a person
    // reads it: the top of the list first, then scrolled to its end.
    await until(`${COUNT} rows`, async () => (await ui.all('listitem')).length === COUNT, { timeout: 10_000 });
    expect((await ui.all('listitem')).slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => row(i)));
    await ui.focus('button', 'Play from 0:00');
    await ui.press('End'); // scrolls the list, as a person scrolls it down
    await until('the end of the list in view', async () => (await ui.all('listitem')).slice(-10).every((r) => r !== ''));
    expect((await ui.all('listitem')).slice(-10)).toEqual(Array.from({ length: 10 }, (_, i) => row(COUNT - 10 + i)));
    await closeAll(open);
  });
});
