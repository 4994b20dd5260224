import { signal } from '@preact/signals';
import type { TalkId } from '@/utils/model/ids';
import { messageOf, type LibraryDeps, type Say } from '@/utils/library/deps';

/** The open formats a talk downloads in (docs/open-exports.md). */
export type TalkFormat = 'vtt' | 'annotations';

const FORMATS = {
  vtt: { request: 'export.talkVtt', mime: 'text/vtt', what: 'WebVTT subtitles' },
  annotations: { request: 'export.talkAnnotations', mime: 'application/ld+json', what: 'Web Annotations' },
} as const;

export type TalkFilesModel = ReturnType<typeof createTalkFiles>;

/** A talk's notes as a file in an open format, made by the background and handed to the person. */
export function createTalkFiles(deps: LibraryDeps, say: Say) {
  /** The format being made, while it is. */
  const busy = signal<TalkFormat | null>(null);

  async function download(talkId: TalkId, name: string, format: TalkFormat): Promise<void> {
    const { request, mime, what } = FORMATS[format];
    busy.value = format;
    try {
      const { text, filename } = await deps.api(request, { talkId });
      deps.saveFile(filename, text, mime);
      say(`Saved ${filename}.`);
    } catch (e) {
      say(`Could not make the ${what} of ${name}: ${messageOf(e)}`, { error: true });
    } finally {
      busy.value = null;
    }
  }

  return { busy, download };
}
