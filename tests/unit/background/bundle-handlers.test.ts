import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBundleHandlers } from '@/utils/background/bundle-handlers';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import { createSlideHandlers } from '@/utils/background/slide-handlers';
import { validateRequest } from '@/utils/messages/validate';
import { loopback, libraryPage, meta, noteId, writeNotes } from './loopback';

const CONF = 'c0f00000-0000-4000-8000-0000000000aa' as ConferenceId;
const A = 'youtube:aaaaaaaaaaa' as TalkId;
const WEBP = new Uint8Array(readFileSync(resolve('tests/fixtures/media/slide.webp')));

/** Where the slide sits in the talk, and the file name its picture takes in the bundle. */
const SLIDE_AT = 754;
const SLIDE_FILE = 'images/when-containers-attack-12m34s.webp';

async function setUp() {
  const bg = await loopback();
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is *key*', 'Specialization');
  await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
  await bg.api('conference.save', { conference: { id: CONF, name: 'Software Circus 2016', lang: 'en', days: [{ number: 1 }, { number: 2 }] } });
  await bg.api('talk.assign', { talkId: A, conferenceId: CONF, day: 2, position: null });
  // A slide on talk A, saved as the sidebar saves one: a real WebP's bytes, checked by the background.
  const tab = { id: 'our-id', tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };
  await createSlideHandlers({
    db: async () => bg.db,
    broadcast: async () => {},
    download: async () => {},
    now: () => 1_700_000_000_000,
    decode: async () => ({ width: 320, height: 180 }),
  })['slide.save']({
    note: { id: noteId(), at: SLIDE_AT, kind: 'note', text: 'The three ways to scale' },
    meta: meta('aaaaaaaaaaa', 'When Containers Attack'),
    image: { data: Buffer.from(WEBP).toString('base64'), type: 'image/webp', width: 320, height: 180 },
  }, tab);
  const handlers = createBundleHandlers({
    db: async () => bg.db,
    broadcast: async () => {},
    download: async () => {},
    index: createLibraryIndex(),
  });
  return { ...bg, handlers };
}

/** The export's Markdown (as "Copy Markdown" gives it) with the slide's picture linked in its bullet, as the bundle writes it. */
const withPicture = (markdown: string) =>
  markdown.replace(
    /^- (\[12:34\]\([^)]*\)) The three ways to scale$/m,
    `- $1 ![Slide at 12:34](${SLIDE_FILE})\n  The three ways to scale`,
  );

describe('the write-up bundle request', () => {
  it('zips a talk’s Markdown, the same as its export, with the images of its notes', async () => {
    const { api, handlers } = await setUp();
    const { filename, zip } = await handlers['export.bundle']({ of: { talkId: A }, frontMatter: false }, libraryPage);
    expect(filename).toBe('When Containers Attack.zip');
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['When Containers Attack.md', SLIDE_FILE]);
    const copied = (await api('export.talk', { talkId: A, frontMatter: false })).markdown;
    expect(copied).toContain('The three ways to scale');
    expect(copied).not.toContain('![Slide');
    expect(strFromU8(files['When Containers Attack.md']!)).toBe(withPicture(copied));
    expect(withPicture(copied)).not.toBe(copied);
    expect(files[SLIDE_FILE]).toEqual(WEBP);
  });

  it('zips a conference’s day, the same as its export, with the pictures of that day’s slides', async () => {
    const { api, handlers } = await setUp();
    const { filename, zip } = await handlers['export.bundle']({ of: { conferenceId: CONF, day: 2 }, frontMatter: true }, libraryPage);
    expect(filename).toBe('Software Circus 2016 – Day 2.zip');
    const files = unzipSync(zip);
    const made = await api('export.conference', { conferenceId: CONF, day: 2, frontMatter: true });
    expect(Object.keys(files)).toEqual(['Software Circus 2016 – Day 2.md', SLIDE_FILE]);
    expect(strFromU8(files['Software Circus 2016 – Day 2.md']!)).toBe(withPicture(made.markdown));
    expect(files[SLIDE_FILE]).toEqual(WEBP);
  });

  it('gives the same bytes when asked again', async () => {
    const { handlers } = await setUp();
    const one = await handlers['export.bundle']({ of: { conferenceId: CONF, day: null }, frontMatter: false }, libraryPage);
    const two = await handlers['export.bundle']({ of: { conferenceId: CONF, day: null }, frontMatter: false }, libraryPage);
    expect(Buffer.from(two.zip).equals(Buffer.from(one.zip))).toBe(true);
  });

  it('refuses a deleted talk with a message', async () => {
    const { api, handlers } = await setUp();
    await api('talk.delete', { talkId: A });
    await expect(handlers['export.bundle']({ of: { talkId: A }, frontMatter: false }, libraryPage)).rejects.toThrow('This talk was deleted.');
  });
});

describe('the write-up bundle request is checked like every request', () => {
  const rules = { extensionId: 'our-id', extensionOrigin: 'chrome-extension://our-id/' };
  const check = (payload: unknown) => validateRequest({ type: 'export.bundle', payload }, libraryPage, rules).payload;

  it('takes a talk, or a conference with a day or none, and nothing else', () => {
    expect(check({ of: { talkId: A, extra: 1 }, frontMatter: false })).toEqual({ of: { talkId: A }, frontMatter: false });
    expect(check({ of: { conferenceId: CONF, day: null }, frontMatter: true })).toEqual({ of: { conferenceId: CONF, day: null }, frontMatter: true });
  });

  it.each([
    [{ of: null, frontMatter: false }, /payload.of/],
    [{ of: { talkId: 'javascript:x' }, frontMatter: false }, /payload.of.talkId/],
    [{ of: { conferenceId: CONF, day: 0 }, frontMatter: false }, /payload.of.day/],
    [{ of: { conferenceId: CONF }, frontMatter: false }, /payload.of.day/],
    [{ of: { talkId: A } }, /payload.frontMatter/],
  ])('refuses %j', (payload, error) => {
    expect(() => check(payload)).toThrow(error);
  });
});
