import type { BUNDLE_REQUESTS } from '@/utils/messages/bundle';
import type { Handlers } from '@/utils/messages/server';
import type { NoteId } from '@/utils/model/ids';
import { SLIDE_FOLDER, slideNamer, type SlideNamer } from '@/utils/formats/markdown-slide';
import { bundleFileName, writeUpBundle, type BundleImage } from '@/utils/formats/write-up-bundle';
import { slideImages } from '@/utils/store/slides';
import type { Db } from '@/utils/store/schema';
import type { HandlerDeps } from '@/utils/background/handler-deps';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import { conferenceExport, talkExport } from '@/utils/background/markdown-export';

export interface BundleDeps extends HandlerDeps {
  index: LibraryIndex;
}

/** The background's answer to the library's "Download write-up": the Markdown and the slides it links to. */
export function createBundleHandlers(deps: BundleDeps): Handlers<typeof BUNDLE_REQUESTS> {
  return {
    'export.bundle': async ({ of, frontMatter }) => {
      const db = await deps.db();
      const { slides, named } = namingSlides();
      const made = 'talkId' in of
        ? await talkExport(db, { talkId: of.talkId, frontMatter, slides })
        : await conferenceExport(db, deps.index, { ...of, frontMatter, slides });
      return { filename: bundleFileName(made.filename), zip: writeUpBundle(made.filename, made.markdown, await imagesOf(db, named)) };
    },
  };
}

/** A document's slide namer that remembers the name it gave each note's image. */
function namingSlides(): { slides: SlideNamer; named: Map<NoteId, string> } {
  const names = slideNamer();
  const named = new Map<NoteId, string>();
  const slides: SlideNamer = (talk, note) => {
    const name = names(talk, note);
    if (name !== undefined) named.set(note.id, name);
    return name;
  };
  return { slides, named };
}

/** Each named slide's stored image at the path the Markdown links; a slide whose image is gone is left out. */
async function imagesOf(db: Db, named: ReadonlyMap<NoteId, string>): Promise<BundleImage[]> {
  if (named.size === 0) return [];
  const stored = await slideImages(db, [...named.keys()]);
  const images: BundleImage[] = [];
  for (const [noteId, name] of named) {
    const image = stored.get(noteId);
    if (image) images.push({ path: `${SLIDE_FOLDER}/${name}`, bytes: new Uint8Array(await image.blob.arrayBuffer()) });
  }
  return images;
}
