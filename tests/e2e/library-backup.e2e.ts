// Backup and restore between two devices (two browsers, each with a fresh profile): the
// restored library exports the same bytes, nothing the new device held is lost, importing the
// same file twice changes nothing, and a bad file is refused with a message, changing nothing.
import { describe, expect, it } from 'vitest';
import { downloadOf, openedPage, pickFile, type SavedFile } from './harness/files';
import { useBrowser, type E2eEnv } from './harness/session';
import { until } from './harness/wait';
import type { BrowserPage as Page, Ui } from './harness/types';
import { TALKS } from './harness/youtube';
import { exportMarkdown, libraryPage, typeDate, takeNotes } from './library-steps';

const deviceA = useBrowser({ sequential: true });
const deviceB = useBrowser({ sequential: true });
const [wca, kfs, , , plain] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number], unknown, unknown, (typeof TALKS)[number]];
const NAME = 'Software Circus 2016 – Amsterdam';
const WCA = 'When Containers Attack';

const exportConference = (device: E2eEnv, page: Page, ui: Ui) => exportMarkdown(device, page, ui, `Export conference: ${NAME}`);
const backupOf = (device: E2eEnv, page: Page, ui: Ui) => downloadOf(device.browser, page, () => ui.click('button', 'Back up everything'));
/** The backup's records: the file minus the moment it was made. */
const records = (file: SavedFile) => ({ ...JSON.parse(file.text), exportedAt: undefined });

describe('backup and restore', () => {
  let backup: SavedFile;
  let exported: SavedFile;
  let libraryB: Page | undefined;

  it('backs up everything on one device', async () => {
    const a = await takeNotes(deviceA, wca.id, [
      { at: 42, text: 'Diversity is key to innovation.' },
      { at: 75, text: 'Conference speakers are professional enthusiasts', kindKey: 2 },
    ]);
    await takeNotes(deviceA, kfs.id, [{ at: 12, text: 'Kubernetes is a platform for platforms.' }]);
    const { page, ui } = await libraryPage(deviceA, await openedPage(deviceA.browser, () => a.ui.click('button', 'Library')));
    await ui.click('button', 'New conference');
    await ui.fill('textbox', 'Name', NAME);
    await ui.click('button', 'Add day');
    await typeDate(ui, 'Date of day 1', '2016-09-01');
    await ui.click('button', 'Save conference');
    await ui.waitFor('heading', NAME);
    await ui.focus('combobox', `Conference for: ${WCA}`);
    await ui.press('ArrowDown');
    await ui.focus('combobox', `Day for: ${WCA}`);
    await ui.press('ArrowDown');
    await ui.waitFor('button', `Export day 1: ${NAME}`); // the row has moved to its day
    await ui.click('button', `Edit details: ${WCA}`);
    await ui.fill('textbox', 'My thoughts', 'Worth watching twice.');
    await ui.click('button', 'Save details');
    await ui.waitFor('status', `Saved the details of ${WCA}.`);

    exported = await exportConference(deviceA, page, ui);
    expect(exported.text).toContain('## Day 1 – Thursday 1 September 2016\n\n### When Containers Attack\n');
    expect(exported.text).toContain('My thoughts: Worth watching twice.');
    backup = await backupOf(deviceA, page, ui);
    expect(backup.filename).toMatch(/^talk-notes-backup-\d{4}-\d\d-\d\d\.json$/);
    const doc = JSON.parse(backup.text);
    expect([doc.format, doc.version, doc.talks.length, doc.notes.length, doc.conferences.length]).toEqual(['talk-notes-backup', 1, 2, 3, 1]);
  });

  it('restores it on a new device, keeping what that device had, and the export is the same bytes', async () => {
    const b = await takeNotes(deviceB, plain.id, [{ at: 20, text: 'Written on the new device.' }]);
    const { page, ui } = await libraryPage(deviceB, await openedPage(deviceB.browser, () => b.ui.click('button', 'Library')));
    libraryB = page;
    expect(await ui.exists('heading', NAME)).toBe(false);

    await pickFile(deviceB.browser, page, 'input[type=file]', backup.filename, backup.text);
    await ui.waitFor('status', 'Imported 3 notes, 2 talks and 1 conference.');
    await ui.waitFor('heading', NAME);
    // Rows are drawn lazily (content-visibility): one may reach the accessibility tree a moment later.
    const rows = [/^The Zen of Observability · Sam Lee · 1 note /, /^Kubernetes for Sysadmins · Kelsey Hightower · 1 note /, /^When Containers Attack · Anne Currie · 2 notes /];
    const listed = await until('the restored talks listed', async () => {
      const items = await ui.all('listitem');
      return rows.every((row) => items.some((item) => row.test(item))) ? items : undefined;
    }).catch(async (error: Error) => {
      throw new Error(`${error.message}; listed: ${JSON.stringify(await ui.all('listitem'))}`);
    });
    expect(listed).toEqual(expect.arrayContaining(rows.map((row) => expect.stringMatching(row))));
    const restored = await exportConference(deviceB, page, ui);
    expect(restored.filename).toBe(exported.filename);
    expect(restored.bytes.equals(exported.bytes)).toBe(true);

    // The same file again: nothing changes.
    const before = await backupOf(deviceB, page, ui);
    await pickFile(deviceB.browser, page, 'input[type=file]', backup.filename, backup.text);
    await ui.waitFor('status', 'Nothing new: everything in this backup is already here.');
    expect(records(await backupOf(deviceB, page, ui))).toEqual(records(before));
    expect((await exportConference(deviceB, page, ui)).bytes.equals(exported.bytes)).toBe(true);
  });

  it.each([
    ['not JSON', 'notes.json', '{"format": "talk-notes-backup", "version": 1, "notes": [', 'it is not valid JSON.'],
    ['from a future version', 'future.json', JSON.stringify({ format: 'talk-notes-backup', version: 2, notes: [] }), 'newer version of Talk Notes'],
    ['of the wrong shape', 'shapes.json', JSON.stringify({ format: 'talk-notes-backup', version: 1, notes: [{ id: 5, text: 'x' }] }), 'This backup is damaged: notes[0]'],
    ['something else', 'other.json', JSON.stringify([1, 2, 3]), 'not a Talk Notes backup'],
  ])('refuses a file %s with a visible message and changes nothing', async (_, name, text, why) => {
    if (!libraryB) throw new Error('no library tab on the new device: the restore test did not open it');
    const page = libraryB;
    // A fresh load per file: Chromium holds back a page's downloads after many in a row.
    await page.reload();
    const { ui } = await libraryPage(deviceB, page);
    await ui.waitFor('heading', NAME);
    const before = await backupOf(deviceB, page, ui);
    expect(await ui.css('[role=alert]').text()).toBe(''); // the backup just made cleared any earlier error
    await pickFile(deviceB.browser, page, 'input[type=file]', name, text);
    await ui.waitFor('alert', /^Nothing was restored/);
    const alert = await ui.text('alert');
    expect(alert).toMatch(/^Nothing was restored, your data is unchanged\. /);
    expect(alert).toContain(why);
    expect(await page.evaluate(() => {
      const box = document.querySelector('[role=alert]')!.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    })).toBe(true);
    expect(records(await backupOf(deviceB, page, ui))).toEqual(records(before));
    expect((await exportConference(deviceB, page, ui)).bytes.equals(exported.bytes)).toBe(true);
  });
});
