import { chaptersFrom, clockSeconds, parseChapters } from '@/utils/sites/metadata/chapters';
import type { Chapter } from '@/utils/model/talk-ref';
import { readChapterPanel, readDescriptions } from '@/utils/sites/youtube/dom';

/** The watch page's chapters: the chapters panel when YouTube built one, else the description's lines. */
export function readYoutubeChapters(doc: Document, duration?: number): Chapter[] | null {
  const marks = readChapterPanel(doc).flatMap(({ time, title }) => {
    const at = clockSeconds(time);
    return at !== null && title ? [{ at, text: title }] : [];
  });
  const fromPanel = marks.length > 0 ? chaptersFrom(marks, duration) : null;
  if (fromPanel) return fromPanel;
  for (const description of readDescriptions(doc)) {
    const chapters = parseChapters(description, duration);
    if (chapters) return chapters;
  }
  return null;
}
