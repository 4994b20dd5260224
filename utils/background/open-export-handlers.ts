import { exportFileName } from '@/utils/formats/filename';
import { webAnnotationsOf } from '@/utils/formats/web-annotation';
import { webvttOf } from '@/utils/formats/webvtt';
import type { OPEN_EXPORT_REQUESTS } from '@/utils/messages/open-exports';
import type { Handlers } from '@/utils/messages/server';
import { importWebAnnotations } from '@/utils/store/import';
import { imported, type LibraryDeps } from '@/utils/background/library-handlers';
import { talkToExport } from '@/utils/background/markdown-export';

/** The background's answers for the open formats: a talk as WebVTT or Web Annotations, and annotations merged back. */
export function createOpenExportHandlers(deps: LibraryDeps): Handlers<typeof OPEN_EXPORT_REQUESTS> {
  const now = deps.now ?? Date.now;
  return {
    'export.talkVtt': async ({ talkId }) => {
      const { talk, notes, lang } = await talkToExport(await deps.db(), talkId);
      return { text: webvttOf(talk, notes, lang), filename: exportFileName(talk.title, '.vtt') };
    },
    'export.talkAnnotations': async ({ talkId }) => {
      const { talk, notes, lang } = await talkToExport(await deps.db(), talkId);
      return { text: webAnnotationsOf(talk, notes, lang), filename: exportFileName(talk.title, '.jsonld') };
    },
    'annotations.import': async ({ text }) => imported(deps, await importWebAnnotations(await deps.db(), text, now())),
  };
}
