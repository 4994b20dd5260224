import { strToU8, zipSync, type Zippable } from 'fflate';

/** A picture the Markdown links to, relatively: `images/<name>`. */
export interface BundleImage {
  path: string;
  bytes: Uint8Array;
}

export class BundleError extends Error {}

/**
 * Every entry's time. The zip format stores local date and time fields, and fflate reads them
 * from the Date in the machine's zone: built from local fields, the bytes are the same in any zone.
 */
const ENTRY_TIME = () => new Date(2000, 0, 1, 0, 0, 0);

/** `images/` and one name of letters, digits, `-`, `_` and `.`, never starting with a dot. */
const IMAGE_PATH = /^images\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,150}$/;

/**
 * The write-up as one `.zip`: the Markdown at the top (`markdownName`) and its pictures under
 * `images/`, so the relative links resolve wherever it is unpacked (Obsidian, a static-site
 * generator, a Git repository). The same data gives the same bytes: fixed entry times, entries
 * in a fixed order (the Markdown, then the images by path), and the images stored as they are
 * (WebP and JPEG are compressed already), the Markdown deflated.
 */
export function writeUpBundle(markdownName: string, markdown: string, images: readonly BundleImage[]): Uint8Array {
  if (!/^[^/\\]+\.md$/.test(markdownName) || markdownName.startsWith('.')) throw new BundleError(`Not a Markdown file name: ${JSON.stringify(markdownName)}`);
  const mtime = ENTRY_TIME();
  const entries: Zippable = { [markdownName]: [strToU8(markdown), { level: 6, mtime }] };
  const sorted = [...images].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const [i, image] of sorted.entries()) {
    if (!IMAGE_PATH.test(image.path)) throw new BundleError(`Not an image path inside the bundle: ${JSON.stringify(image.path)}`);
    if (sorted[i - 1]?.path === image.path) throw new BundleError(`Two images named ${image.path}`);
    entries[image.path] = [image.bytes, { level: 0, mtime }];
  }
  return zipSync(entries);
}

/** `Name.md` → `Name.zip`: the bundle's own file name. */
export function bundleFileName(markdownName: string): string {
  return `${markdownName.replace(/\.md$/, '')}.zip`;
}
