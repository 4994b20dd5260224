import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BundleError, bundleFileName, writeUpBundle } from '@/utils/formats/write-up-bundle';

const WEBP = new Uint8Array(readFileSync(resolve('tests/fixtures/media/slide.webp')));
const PNG = new Uint8Array(readFileSync(resolve('tests/fixtures/media/slide.png')));
const MARKDOWN = '# When Containers Attack\n\n- [18:40](https://www.youtube.com/watch?v=VIDEOID&t=1120s) ![Slide at 18:40](images/when-containers-attack-18m40s.webp)\n';

/** The entries of a zip in the order they are stored, with the DOS date and time of each local header. */
function entries(zip: Uint8Array): { name: string; dosTime: number; method: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const method = view.getUint16(at + 8, true);
    const dosTime = view.getUint32(at + 10, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    out.push({ name: new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength)), dosTime, method });
    at += 30 + nameLength + extra + size;
  }
  return out;
}

const JAN_1_2000 = (20 << 25) | (1 << 21) | (1 << 16);
const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('the write-up bundle', () => {
  it('holds the Markdown, then the images by path, whose bytes come back unchanged and whose links resolve', () => {
    const zip = writeUpBundle('When Containers Attack.md', MARKDOWN, [
      { path: 'images/when-containers-attack-18m40s.webp', bytes: WEBP },
      { path: 'images/another-2m00s.png', bytes: PNG },
    ]);
    expect(entries(zip)).toEqual([
      { name: 'When Containers Attack.md', dosTime: JAN_1_2000, method: 8 },
      { name: 'images/another-2m00s.png', dosTime: JAN_1_2000, method: 0 },
      { name: 'images/when-containers-attack-18m40s.webp', dosTime: JAN_1_2000, method: 0 },
    ]);
    const files = unzipSync(zip);
    expect(strFromU8(files['When Containers Attack.md']!)).toBe(MARKDOWN);
    expect(files['images/when-containers-attack-18m40s.webp']).toEqual(WEBP);
    expect(files['images/another-2m00s.png']).toEqual(PNG);
    const links = [...MARKDOWN.matchAll(/\]\((images\/[^)]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((link) => files[link] === undefined)).toEqual([]);
  });

  it('gives the same bytes for the same data, in any order and any time zone', () => {
    const a = writeUpBundle('T.md', MARKDOWN, [{ path: 'images/a.webp', bytes: WEBP }, { path: 'images/b.png', bytes: PNG }]);
    process.env.TZ = 'Pacific/Auckland';
    const b = writeUpBundle('T.md', MARKDOWN, [{ path: 'images/b.png', bytes: PNG }, { path: 'images/a.webp', bytes: WEBP }]);
    process.env.TZ = 'America/Los_Angeles';
    const c = writeUpBundle('T.md', MARKDOWN, [{ path: 'images/a.webp', bytes: WEBP }, { path: 'images/b.png', bytes: PNG }]);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(true);
  });

  it('names a non-ASCII file as UTF-8', () => {
    const zip = writeUpBundle('Software Circus 2016 – Amsterdam.md', 'x', []);
    expect(Object.keys(unzipSync(zip))).toEqual(['Software Circus 2016 – Amsterdam.md']);
  });

  it.each([
    ['../evil.webp'],
    ['images/../../evil.webp'],
    ['/images/a.webp'],
    ['images/.hidden'],
    ['images/a\\b.webp'],
    ['images/sub/a.webp'],
    ['a.webp'],
    [''],
  ])('refuses the image path %j', (path) => {
    expect(() => writeUpBundle('T.md', 'x', [{ path, bytes: WEBP }])).toThrow(BundleError);
  });

  it('refuses two images of one name and a Markdown name that is a path', () => {
    expect(() => writeUpBundle('T.md', 'x', [{ path: 'images/a.webp', bytes: WEBP }, { path: 'images/a.webp', bytes: PNG }])).toThrow(/Two images named images\/a.webp/);
    expect(() => writeUpBundle('../T.md', 'x', [])).toThrow(BundleError);
    expect(() => writeUpBundle('T.txt', 'x', [])).toThrow(BundleError);
  });

  it('is named after its Markdown', () => {
    expect(bundleFileName('Software Circus 2016 – Day 2.md')).toBe('Software Circus 2016 – Day 2.zip');
  });
});
