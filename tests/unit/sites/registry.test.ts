import { describe, expect, it } from 'vitest';
import { pickAdapter } from '@/utils/sites/registry';
import { drawPlayers, fixturePage, page, snippet } from './page';

const ID = 'aaaaaaaaaa1';

describe('pickAdapter', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${ID}`, snippet('youtube-watch.html', { ID }), 'youtube'],
    [`https://www.youtube-nocookie.com/embed/${ID}`, snippet('youtube-embed.html'), 'youtube-embed'],
    ['https://vimeo.com/76979871', fixturePage('vimeo/page.html'), 'vimeo'],
    ['https://player.vimeo.com/video/76979871', fixturePage('vimeo/player.html'), 'vimeo'],
    ['https://media.ccc.de/v/38c3-12345-illegal-instructions', fixturePage('mediaccc/talk.html'), 'mediaccc'],
    ['https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv', fixturePage('peertube/watch.html'), 'peertube'],
    ['https://tube.example.org/w/kkGMgK9ZtnKfYAgnEtQxbv', '<p>no video, no PeerTube</p>', null],
    ['https://www.youtube.com/', '<ytd-app></ytd-app>', null],
    ['https://blog.example.org/post', '<p>text only</p>', null],
  ])('serves %s with %s', (url, html, id) => {
    const { doc } = page(url, html);
    drawPlayers(doc);
    expect(pickAdapter(new URL(url), doc)?.id ?? null).toBe(id);
  });

  it('falls back to the generic adapter for any page with a main video', () => {
    const { doc } = page('https://blog.example.org/post', '<video controls src="/talk.mp4"></video>');
    // happy-dom has no layout: give the video the size a browser would.
    const video = doc.querySelector('video')!;
    video.getBoundingClientRect = () => ({ width: 640, height: 360, x: 0, y: 0, top: 0, left: 0, right: 640, bottom: 360, toJSON: () => ({}) });
    expect(pickAdapter(new URL(doc.URL), doc)?.id).toBe('generic');
  });

  it('asks the adapters in order and takes the first that matches', () => {
    const { doc } = page('https://blog.example.org/post', '<p></p>');
    const picked = pickAdapter(new URL(doc.URL), doc, [
      { id: 'a', matches: () => false } as never,
      { id: 'b', matches: () => true } as never,
      { id: 'c', matches: () => true } as never,
    ]);
    expect(picked?.id).toBe('b');
  });
});
