import { describe, expect, it } from 'vitest';
import { lastRead, youtubeLoaderSite } from '@/utils/content/youtube-loader-site';

describe('lastRead', () => {
  it('reads again only when the key changes', () => {
    const keys: string[] = [];
    const read = lastRead((k) => (keys.push(k), k.length));
    expect([read('ab'), read('ab'), read('abc'), read('ab')]).toEqual([2, 2, 3, 2]);
    expect(keys).toEqual(['ab', 'abc', 'ab']);
  });
});

describe("YouTube's loader site", () => {
  const page = (url: string, description: string) => {
    const doc = document.implementation.createHTMLDocument();
    Object.defineProperty(doc, 'location', { value: new URL(url) });
    doc.body.innerHTML = `<div id="description"></div>`;
    doc.getElementById('description')!.textContent = description;
    return doc;
  };

  it('tells a stream of talks by its chapters, as the description changes', () => {
    const chapters = '0:00 Opening\n12:00 First talk\n40:00 Second talk';
    const doc = page('https://www.youtube.com/watch?v=wCa-2016Amx', 'a talk');
    expect(youtubeLoaderSite.hasParts?.(doc)).toBe(false);
    doc.getElementById('description')!.textContent = chapters;
    expect(youtubeLoaderSite.hasParts?.(doc)).toBe(true);
    // Hours and two-digit minutes: still a list that opens at 0:00.
    doc.getElementById('description')!.textContent = '00:00:00 Opening\n00:12:00 First talk\n00:40:00 Second talk';
    expect(youtubeLoaderSite.hasParts?.(doc)).toBe(true);
    doc.getElementById('description')!.textContent = '1:00 Opening\n12:00 First talk\n40:00 Second talk';
    expect(youtubeLoaderSite.hasParts?.(doc)).toBe(false);
  });

  it('tells a move by yt-navigate-finish and the details by yt-page-data-updated, until its scope ends', () => {
    const doc = page('https://www.youtube.com/watch?v=wCa-2016Amx', '');
    const heard: string[] = [];
    const scope = new AbortController();
    youtubeLoaderSite.onMove!(() => heard.push('moved'), scope.signal, doc);
    youtubeLoaderSite.onDetails!(() => heard.push('details'), scope.signal, doc);
    for (const type of ['yt-navigate-start', 'yt-navigate-finish', 'yt-page-data-updated']) doc.dispatchEvent(new Event(type));
    scope.abort();
    doc.dispatchEvent(new Event('yt-navigate-finish'));
    expect(heard).toEqual(['moved', 'details']);
  });
});
