/**
 * The write-up bundle's zip figure, run by scripts/lib/bench-bundle.mjs (bundled by Vite for
 * Node): the bench conference's Markdown, made by the product's export, zipped by the
 * product's bundler with `slides` real WebP images beside it.
 */
import { exportConference } from '@/utils/formats/markdown-conference';
import { writeUpBundle, type BundleImage } from '@/utils/formats/write-up-bundle';
import type { TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk } from '@/utils/model/types';

interface Library {
  talks: Talk[];
  notes: Note[];
  conferences: Conference[];
}

/** Milliseconds of each run (Markdown made, then zipped), and the zip's size. */
export function zipFigures(library: Library, frames: readonly Uint8Array[], slides: number, runs: number): { ms: number[]; bytes: number; markdownChars: number } {
  const conference = library.conferences[0]!;
  const talks = library.talks.filter((t) => t.conferenceId === conference.id);
  const notesByTalk = new Map<TalkId, Note[]>();
  for (const n of library.notes) if (talks.some((t) => t.id === n.talkId)) (notesByTalk.get(n.talkId) ?? notesByTalk.set(n.talkId, []).get(n.talkId)!).push(n);
  const images: BundleImage[] = Array.from({ length: slides }, (_, i) => ({
    path: `images/talk-${String(i % talks.length).padStart(3, '0')}-slide-${String(i).padStart(3, '0')}.webp`,
    bytes: frames[i % frames.length]!,
  }));
  const ms: number[] = [];
  let bytes = 0;
  let markdownChars = 0;
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    const markdown = exportConference(conference, talks, notesByTalk);
    const zip = writeUpBundle('Bench Conf 2026.md', markdown, images);
    ms.push(performance.now() - t0);
    bytes = zip.length;
    markdownChars = markdown.length;
  }
  return { ms, bytes, markdownChars };
}
