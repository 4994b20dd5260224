import { describe, expect, it } from 'vitest';
import { youtubeEmbedAdapter as embed } from '@/utils/sites/youtube/embed';
import { youtubeRef } from '@/utils/sites/youtube/id';
import { page, snippet, stubMedia } from '../page';

const A = 'aaaaaaaaaa1';
const B = 'bbbbbbbbbb2';

function embedPage(frameUrl: string, vars: Record<string, string>) {
  const p = page(frameUrl, snippet('youtube-embed.html', vars));
  return { ...p, url: new URL(frameUrl) };
}

describe('youtubeEmbedAdapter.matches', () => {
  it.each([
    [`https://www.youtube.com/embed/${A}`, true],
    [`https://www.youtube-nocookie.com/embed/${A}?rel=0`, true],
    ['https://www.youtube.com/embed/videoseries?list=PL123', true],
    [`https://www.youtube.com/watch?v=${A}`, false],
    [`https://www.youtube-nocookie.com.evil.example/embed/${A}`, false],
    [`https://player.vimeo.com/video/123`, false],
  ])('says %s is an embedded player: %s', (url, expected) => {
    const { doc } = page('https://example.org/', '<p></p>');
    expect(embed.matches(new URL(url), doc)).toBe(expected);
  });
});

describe('youtubeEmbedAdapter', () => {
  it('names the same talk as the watch page, from the frame URL before the controls render', () => {
    const { doc, url } = embedPage(`https://www.youtube-nocookie.com/embed/${A}`, { TITLE: 'Fast Builds - Jane Doe' });
    doc.querySelector('.ytp-title-link')!.remove();
    expect(embed.identify(url, doc)).toEqual(youtubeRef(A));
    expect(embed.readMeta(youtubeRef(A), url, doc)).toEqual({ title: 'Fast Builds', speakers: [{ name: 'Jane Doe' }] });
  });

  it('follows the title link when the player switched video while the URL stayed', () => {
    const { doc, url } = embedPage(`https://www.youtube.com/embed/${A}?list=PL1`, {
      LINK: `https://www.youtube.com/watch?v=${B}`,
      TITLE: 'When Containers Attack – Anne Currie',
      CHANNEL: 'Software Circus',
    });
    expect(embed.identify(url, doc)).toEqual(youtubeRef(B));
    expect(embed.readMeta(youtubeRef(B), url, doc)).toEqual({
      title: 'When Containers Attack',
      speakers: [{ name: 'Anne Currie' }],
      channel: 'Software Circus',
    });
  });

  it('tells nothing about a video the title link does not name', () => {
    const { doc, url } = embedPage(`https://www.youtube.com/embed/${A}`, { LINK: `https://www.youtube.com/watch?v=${B}`, TITLE: 'B' });
    expect(embed.readMeta(youtubeRef(A), url, doc)).toEqual({});
  });

  it('reads a playlist embed from its title link alone', () => {
    const { doc, url } = embedPage('https://www.youtube.com/embed/videoseries?list=PL1', { LINK: `/watch?v=${B}`, TITLE: 'B' });
    expect(embed.identify(url, doc)?.talkId).toBe(`youtube:${B}`);
  });

  it('reports the duration of the playing video', () => {
    const { doc, url } = embedPage(`https://www.youtube.com/embed/${A}`, { LINK: `https://www.youtube.com/watch?v=${A}`, TITLE: 'A' });
    stubMedia(embed.findVideo(doc)!, { duration: 600 });
    expect(embed.readMeta(youtubeRef(A), url, doc).duration).toBe(600);
  });

  it('calls onChange when the title link moves to another video', async () => {
    const { doc } = embedPage(`https://www.youtube.com/embed/${A}`, { LINK: `https://www.youtube.com/watch?v=${A}`, TITLE: 'A' });
    let calls = 0;
    embed.observe(doc, () => calls++, new AbortController().signal);
    doc.querySelector('.ytp-title-link')!.setAttribute('href', `https://www.youtube.com/watch?v=${B}`);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBeGreaterThan(0);
  });

  it('links to the watch page at a moment', () => {
    expect(embed.deepLink(youtubeRef(A), 61)).toBe(`https://www.youtube.com/watch?v=${A}&t=61s`);
  });
});
