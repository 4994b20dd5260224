import { signal } from '@preact/signals';
import { MAX_BACKUP_BYTES } from '@/utils/formats/backup';
import type { ImportSummary, RecordCounts } from '@/utils/model/replies';
import { messageOf, type LibraryDeps, type Say } from '@/utils/library/deps';

/** A file the user picked, as much of it as the model needs (a File fits). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type BackupModel = ReturnType<typeof createBackup>;

/** Backing up everything, and restoring (merging) a backup file. `reload` reads the library again after a restore. */
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

  async function restore(file: PickedFile): Promise<void> {
    busy.value = true;
    say(`Reading ${file.name}…`);
    try {
      // Checked here too: reading a huge file into the page would stall it before the background refuses it.
      if (file.size > MAX_BACKUP_BYTES) throw new Error('This file is too large to be a Talk Notes backup.');
      const summary = await deps.api('backup.import', { text: await file.text() });
      say(importMessage(summary));
      await reload();
    } catch (e) {
      say(`Nothing was restored, your data is unchanged. ${messageOf(e)}`, { error: true });
    } finally {
      busy.value = false;
    }
  }

  return { busy, backup, restore };
}

/** "Imported 12 notes, 2 talks and 1 conference." */
export function importMessage({ read, changed }: ImportSummary): string {
  const parts = countWords(changed);
  if (parts.length === 0) {
    const total = read.talks + read.notes + read.conferences + read.marks;
    return total === 0 ? 'This backup is empty: nothing was changed.' : 'Nothing new: everything in this backup is already here.';
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
