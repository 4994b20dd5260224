import { describe, expect, it } from 'vitest';
import { mediacccAdapter as ccc, mediacccRef, mediacccSlugFromUrl } from '@/utils/sites/mediaccc/adapter';
import { fixturePage, page, stubMedia } from '../page';

const SLUG = '38c3-12345-illegal-instructions';

describe('mediacccSlugFromUrl', () => {
  it.each([
    [`https://media.ccc.de/v/${SLUG}`, SLUG],
    [`https://media.ccc.de/v/${SLUG}#t=120`, SLUG],
    [`https://media.ccc.de/v/${SLUG}/`, SLUG],
    [`https://media.ccc.de/v/${SLUG}/oembed`, null],
    ['https://media.ccc.de/c/38c3', null],
    ['https://media.ccc.de/', null],
    [`https://media.ccc.de.evil.example/v/${SLUG}`, null],
  ])('reads %s as %s', (url, slug) => {
    expect(mediacccSlugFromUrl(new URL(url))).toBe(slug);
  });
});

describe('mediacccAdapter', () => {
  const open = () => {
    const { doc } = page(`https://media.ccc.de/v/${SLUG}`, fixturePage('mediaccc/talk.html'));
    return { doc, url: new URL(doc.URL), ref: mediacccRef(SLUG) };
  };

  it('names the talk by its slug', () => {
    const { doc, url } = open();
    expect(ccc.identify(url, doc)).toEqual({ platform: 'mediaccc', videoId: SLUG, talkId: `mediaccc:${SLUG}`, url: `https://media.ccc.de/v/${SLUG}` });
  });

  it('reads one speaker per author tag, and the duration from the MediaElement.js video', () => {
    const { doc, url, ref } = open();
    stubMedia(ccc.findVideo(doc)!, { duration: 2700 });
    expect(ccc.readMeta(ref, url, doc)).toEqual({
      title: 'Illegal Instructions in Practice',
      speakers: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }],
      duration: 2700,
    });
  });

  it('reads the conference from the /c/<acronym> link', () => {
    const { doc, url, ref } = open();
    expect(ccc.readContext!(ref, url, doc)).toEqual({ conference: { name: '38C3: Illegal Instructions', url: 'https://media.ccc.de/c/38c3' } });
  });

  it('keeps hostile author tags as plain capped text', () => {
    const { doc, url, ref } = open();
    doc.head.insertAdjacentHTML('beforeend', `<meta property="author" content="<b>Eve</b>\u0001${'e'.repeat(50_000)}">`);
    const speakers = ccc.readMeta(ref, url, doc).speakers!;
    expect(speakers).toHaveLength(3);
    expect(speakers[2]!.name.startsWith('Eve eee')).toBe(true);
    expect(speakers[2]!.name.length).toBe(100);
  });

  it('links with the media fragment #t=', () => {
    expect(ccc.deepLink(mediacccRef(SLUG), 125.4)).toBe(`https://media.ccc.de/v/${SLUG}#t=125`);
  });
});
