import type { BUNDLE_REQUESTS } from '@/utils/messages/bundle';
import type { Handlers } from '@/utils/messages/server';
import type { Note } from '@/utils/model/types';
import { bundleFileName, writeUpBundle, type BundleImage } from '@/utils/formats/write-up-bundle';
import type { HandlerDeps } from '@/utils/background/handler-deps';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import { conferenceExport, talkExport } from '@/utils/background/markdown-export';

export interface BundleDeps extends HandlerDeps {
  index: LibraryIndex;
  /**
   * The images the export of `notes` links to, each at the relative path its Markdown names
   * (`images/…`). None until notes carry pictures (slides).
   */
  images?: (notes: readonly Note[]) => Promise<BundleImage[]>;
}

/** The background's answer to the library's "Download write-up". */
export function createBundleHandlers(deps: BundleDeps): Handlers<typeof BUNDLE_REQUESTS> {
  const images = deps.images ?? (async () => []);
  return {
    'export.bundle': async ({ of, frontMatter }) => {
      const db = await deps.db();
      const made = 'talkId' in of ? await talkExport(db, { talkId: of.talkId, frontMatter }) : await conferenceExport(db, deps.index, { ...of, frontMatter });
      return { filename: bundleFileName(made.filename), zip: writeUpBundle(made.filename, made.markdown, await images(made.notes)) };
    },
  };
}
