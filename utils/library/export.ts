import { computed, signal } from '@preact/signals';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import { messageOf, type LibraryDeps, type Say } from '@/utils/library/deps';
import { previewOf } from '@/utils/library/preview';

/** What is exported; `name` is how the page calls it ("Software Circus – Day 2"). */
export type ExportTarget =
  | { kind: 'conference'; conferenceId: ConferenceId; day: number | null; name: string }
  | { kind: 'talk'; talkId: TalkId; name: string };

export type ExportModel = ReturnType<typeof createExport>;

/** The export panel: Markdown made by the background, shown, copied or downloaded. */
export function createExport(deps: LibraryDeps, say: Say) {
  const target = signal<ExportTarget | null>(null);
  const markdown = signal('');
  /** What the panel shows of it: the start of a long export, the whole of a short one. */
  const preview = computed(() => previewOf(markdown.value));
  const filename = signal('');
  const frontMatter = signal(false);
  const busy = signal(false);
  /** Busy for longer than `progressDelay`: the page shows progress. */
  const slow = signal(false);
  /** The write-up bundle being made, and whether that takes long enough to show progress. */
  const bundling = signal(false);
  const slowBundle = signal(false);
  let asked = 0;

  async function run(): Promise<void> {
    const t = target.value;
    if (!t) return;
    const mine = ++asked;
    busy.value = true;
    markdown.value = '';
    const timer = setTimeout(() => mine === asked && (slow.value = true), deps.progressDelay ?? 1000);
    try {
      const made =
        t.kind === 'conference'
          ? await deps.api('export.conference', { conferenceId: t.conferenceId, day: t.day, frontMatter: frontMatter.value })
          : await deps.api('export.talk', { talkId: t.talkId, frontMatter: frontMatter.value });
      if (mine !== asked) return;
      markdown.value = made.markdown;
      filename.value = made.filename;
    } catch (e) {
      if (mine === asked) say(`Could not export ${t.name}: ${messageOf(e)}`, { error: true });
    } finally {
      clearTimeout(timer);
      if (mine === asked) {
        busy.value = false;
        slow.value = false;
      }
    }
  }

  return {
    target, markdown, preview, filename, frontMatter, busy, slow, bundling, slowBundle,
    open(t: ExportTarget): Promise<void> {
      target.value = t;
      return run();
    },
    setFrontMatter(on: boolean): Promise<void> {
      frontMatter.value = on;
      return run();
    },
    async copy(): Promise<void> {
      try {
        await deps.clipboard(markdown.value);
        say('Copied the Markdown.');
      } catch (e) {
        say(`Could not copy: ${messageOf(e)}`, { error: true });
      }
    },
    download(): void {
      deps.saveFile(filename.value, markdown.value, 'text/markdown');
      say(`Saved ${filename.value}.`);
    },
    /** The write-up with its images as one `.zip`, made by the background from the stored notes. */
    async downloadBundle(): Promise<void> {
      const t = target.value;
      if (!t || bundling.value) return;
      bundling.value = true;
      const timer = setTimeout(() => (slowBundle.value = true), deps.progressDelay ?? 1000);
      const of = t.kind === 'conference' ? { conferenceId: t.conferenceId, day: t.day } : { talkId: t.talkId };
      try {
        const made = await deps.api('export.bundle', { of, frontMatter: frontMatter.value });
        // Bytes cross from the background cloned; anything else means they were lost on the way.
        if (!(made.zip instanceof Uint8Array)) throw new Error('the write-up did not arrive whole');
        deps.saveFile(made.filename, made.zip, 'application/zip');
        say(`Saved ${made.filename}.`);
      } catch (e) {
        say(`Could not make the write-up of ${t.name}: ${messageOf(e)}`, { error: true });
      } finally {
        clearTimeout(timer);
        bundling.value = false;
        slowBundle.value = false;
      }
    },
    close(): void {
      asked++;
      target.value = null;
      markdown.value = '';
      busy.value = false;
      slow.value = false;
    },
  };
}
