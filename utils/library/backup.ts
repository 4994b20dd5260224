import { signal } from '@preact/signals';
import { MAX_BACKUP_BYTES, mb } from '@/utils/formats/backup';
import type { ImportSummary, RecordCounts } from '@/utils/model/replies';
import { messageOf, type LibraryDeps, type Say } from '@/utils/library/deps';

/** A file the user picked, as much of it as the model needs (a File fits). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type BackupModel = ReturnType<typeof createBackup>;

/** How a kind of file is spoken of after its import. */
interface ImportWords {
  tooLarge: string;
  /** Before the reason a file was refused. */
  refused: string;
  empty: string;
  nothingNew: string;
}

const BACKUP: ImportWords = {
  tooLarge: 'This file is too large to be a Talk Notes backup.',
  refused: 'Nothing was restored, your data is unchanged.',
  empty: 'This backup is empty: nothing was changed.',
  nothingNew: 'Nothing new: everything in this backup is already here.',
};

const ANNOTATIONS: ImportWords = {
  tooLarge: `This file is too large to import (the limit is ${mb(MAX_BACKUP_BYTES)}).`,
  refused: 'Nothing was imported, your data is unchanged.',
  empty: 'This file holds no annotations: nothing was changed.',
  nothingNew: 'Nothing new: every note in this file is already here.',
};

/**
 * Backing up everything, restoring (merging) a backup file, and merging a W3C Web Annotation
 * file's notes. `reload` reads the library again after an import.
 */
export function createBackup(deps: LibraryDeps, say: Say, reload: () => Promise<void>) {
  const busy = signal(false);

  async function backup(): Promise<void> {
    busy.value = true;
    try {
      const { filename, text } = await deps.api('backup.export', {});
      deps.saveFile(filename, text, 'application/json');
      say(`Saved the backup as ${filename}.`);
    } catch (e) {
      say(`Could not make a backup: ${messageOf(e)}`, { error: true });
    } finally {
      busy.value = false;
    }
  }

  async function importFile(type: 'backup.import' | 'annotations.import', words: ImportWords, file: PickedFile): Promise<void> {
    busy.value = true;
    say(`Reading ${file.name}…`);
    try {
      // Checked here too: reading a huge file into the page would stall it before the background refuses it.
      if (file.size > MAX_BACKUP_BYTES) throw new Error(words.tooLarge);
      const summary = await deps.api(type, { text: await file.text() });
      say(importMessage(summary, words));
      await reload();
    } catch (e) {
      say(`${words.refused} ${messageOf(e)}`, { error: true });
    } finally {
      busy.value = false;
    }
  }

  return {
    busy,
    backup,
    restore: (file: PickedFile) => importFile('backup.import', BACKUP, file),
    importAnnotations: (file: PickedFile) => importFile('annotations.import', ANNOTATIONS, file),
  };
}

/** "Imported 12 notes, 2 talks and 1 conference." */
export function importMessage(summary: ImportSummary, words: Pick<ImportWords, 'empty' | 'nothingNew'> = BACKUP): string {
  const said = countsMessage(summary, words);
  return summary.problems?.length ? [said, ...summary.problems].join(' ') : said;
}

function countsMessage({ read, changed }: ImportSummary, words: Pick<ImportWords, 'empty' | 'nothingNew'>): string {
  const parts = countWords(changed);
  if (parts.length === 0) {
    const total = read.talks + read.notes + read.conferences + read.marks;
    return total === 0 ? words.empty : words.nothingNew;
  }
  return `Imported ${joinAnd(parts)}.`;
}

function countWords(c: RecordCounts): string[] {
  const word = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return [
    c.notes > 0 ? word(c.notes, 'note') : '',
    c.talks > 0 ? word(c.talks, 'talk') : '',
    c.conferences > 0 ? word(c.conferences, 'conference') : '',
    c.marks > 0 ? word(c.marks, 'marked talk start') : '',
  ].filter((p) => p !== '');
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
