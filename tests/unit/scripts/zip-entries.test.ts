import { describe, expect, it } from 'vitest';
import { sourcesProblems, zipEntries } from '../../../scripts/zip-entries.mjs';

/** A zip holding only a central directory (all zipEntries reads), with a comment after it. */
function centralOnlyZip(names: string[], comment = ''): Buffer {
  const entries = names.map((name) => {
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(Buffer.byteLength(name), 28);
    return Buffer.concat([head, Buffer.from(name)]);
  });
  const directory = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(0, 16);
  end.writeUInt16LE(Buffer.byteLength(comment), 20);
  return Buffer.concat([directory, end, Buffer.from(comment)]);
}

describe('zipEntries', () => {
  it('lists the names in the central directory, past a trailing comment', () => {
    const names = ['package.json', 'utils/søk.ts', 'tests/fixtures/media/talk.webm'];
    expect(zipEntries(centralOnlyZip(names, 'made by a test'))).toEqual(names);
  });

  it('refuses what is not a zip', () => {
    expect(() => zipEntries(Buffer.from('plain text, long enough to hold a record'))).toThrow(/not a zip/);
  });
});

describe('sourcesProblems', () => {
  const needed = ['package.json', 'package-lock.json', 'wxt.config.ts'];

  it('accepts sources that rebuild the add-on', () => {
    expect(sourcesProblems([...needed, 'utils/messages.ts', 'assets/sidebar.css'])).toEqual([]);
  });

  it('names test code, fixture sites and videos', () => {
    expect(sourcesProblems([...needed, 'tests/e2e/smoke.e2e.ts', 'demo/fixtures/page.html', 'assets/intro.WEBM', 'media/talk.mp4'])).toEqual([
      'must not be included: tests/e2e/smoke.e2e.ts',
      'must not be included: demo/fixtures/page.html',
      'must not be included: assets/intro.WEBM',
      'must not be included: media/talk.mp4',
    ]);
  });

  it('names what is missing to rebuild', () => {
    expect(sourcesProblems(['package.json'])).toEqual(['missing: package-lock.json', 'missing: wxt.config.ts']);
  });
});
