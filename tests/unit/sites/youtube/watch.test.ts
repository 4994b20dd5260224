import { describe, expect, it } from 'vitest';
import { youtubeAdapter as yt } from '@/utils/sites/youtube/watch';
import { youtubeRef } from '@/utils/sites/youtube/id';
import { page, snippet, stubMedia } from '../page';

const A = 'aaaaaaaaaa1';
const B = 'bbbbbbbbbb2';
const TITLE_A = 'Set Your Sites on Tracing – Adrian Cole';
const TITLE_B = 'When Containers Attack | Anne Currie | Software Circus 2016';

function watchPage(id = A, title = TITLE_A, channel = 'CloudNative NZ') {
  const url = `https://www.youtube.com/watch?v=${id}&t=42s`;
  return { ...page(url, snippet('youtube-watch.html', { ID: id, TITLE: title, CHANNEL: channel })), url: new URL(url) };
}

function video(doc: Document): HTMLVideoElement {
  return doc.querySelector('#movie_player video') as HTMLVideoElement;
}

/** What YouTube does on an in-page navigation up to `yt-navigate-finish`: URL and watch element change, text does not. */
function navigateTo(doc: Document, id: string): void {
  doc.dispatchEvent(new Event('yt-navigate-start', { bubbles: true }));
  doc.defaultView!.history.pushState({}, '', `/watch?v=${id}`);
  for (const el of Array.from(doc.querySelectorAll('[video-id]'))) el.setAttribute('video-id', id);
  doc.dispatchEvent(new Event('yt-navigate-finish', { bubbles: true }));
}

/** The late re-render, 100–200 ms after `yt-navigate-finish`. */
function render(doc: Document, title: string, channel?: string): void {
  doc.querySelector('#title h1 yt-formatted-string')!.textContent = title;
  if (channel) doc.querySelector('ytd-channel-name a')!.textContent = channel;
  doc.title = `${title} - YouTube`;
}

const pageDataUpdated = (doc: Document) => doc.dispatchEvent(new Event('yt-page-data-updated', { bubbles: true }));

describe('youtubeAdapter.matches', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${A}`, true],
    [`https://m.youtube.com/watch?v=${A}`, true],
    [`https://youtube.com/watch?v=${A}&list=PL1`, true],
    [`https://www.youtube.com/live/${A}`, true],
    ['https://www.youtube.com/', false],
    ['https://www.youtube.com/results?search_query=rust', false],
    [`https://www.youtube.com/shorts/${A}`, false],
    [`https://www.youtube.com/embed/${A}`, false],
    [`https://music.youtube.com/watch?v=${A}`, false],
    [`https://www.youtube.com.evil.example/watch?v=${A}`, false],
  ])('says %s is a watch page: %s', (url, expected) => {
    const { doc } = page('https://example.org/', '<p></p>');
    expect(yt.matches(new URL(url), doc)).toBe(expected);
  });
});

describe('youtubeAdapter.identify', () => {
  it('names the talk from the URL, not from the head tags of the first page load', () => {
    const { doc, url } = watchPage();
    expect(yt.identify(url, doc)).toEqual(youtubeRef(A));
  });

  it('names a live stream from its /live/ address', () => {
    const { doc } = watchPage();
    expect(yt.identify(new URL(`https://www.youtube.com/live/${A}?si=x`), doc)?.talkId).toBe(`youtube:${A}`);
  });

  it('names no talk while the URL and ytd-watch-flexy[video-id] disagree', () => {
    const { doc } = watchPage();
    expect(yt.identify(new URL(`https://www.youtube.com/watch?v=${B}`), doc)).toBeNull();
  });

  it('names no talk off the watch page', () => {
    const { doc } = watchPage();
    expect(yt.identify(new URL(`https://youtu.be/${A}`), doc)).toBeNull();
  });
});

describe('youtubeAdapter.findVideo', () => {
  it('returns the player video, not the hover preview that comes first in the page', () => {
    const { doc } = watchPage();
    const found = yt.findVideo(doc);
    expect(found?.getAttribute('src')).toBe('blob:https://www.youtube.com/main-1');
  });

  it('returns null when only a preview player exists', () => {
    const { doc } = watchPage();
    doc.querySelector('#movie_player')!.remove();
    expect(yt.findVideo(doc)).toBeNull();
  });
});

describe('youtubeAdapter.readMeta on a freshly loaded page', () => {
  it('reads title, speakers, channel and duration', () => {
    const { doc, url } = watchPage();
    stubMedia(video(doc), { duration: 2467.5 });
    expect(yt.readMeta(youtubeRef(A), url, doc)).toEqual({
      title: 'Set Your Sites on Tracing',
      speakers: [{ name: 'Adrian Cole' }],
      channel: 'CloudNative NZ',
      duration: 2467.5,
    });
  });

  it('falls back to the tab title without "(3) " and " - YouTube" before the heading renders', () => {
    const { doc, url } = watchPage();
    doc.querySelector('#title h1')!.remove();
    expect(yt.readMeta(youtubeRef(A), url, doc).title).toBe('Set Your Sites on Tracing');
  });

  it('leaves out the duration while an ad plays or when it is not finite (live)', () => {
    const { doc, url } = watchPage();
    stubMedia(video(doc), { duration: Infinity });
    expect(yt.readMeta(youtubeRef(A), url, doc).duration).toBeUndefined();
    stubMedia(video(doc), { duration: 15 });
    doc.querySelector('#movie_player')!.classList.add('ad-showing');
    expect(yt.readMeta(youtubeRef(A), url, doc).duration).toBeUndefined();
  });

  it('tells nothing about a talk the page does not show', () => {
    const { doc, url } = watchPage();
    expect(yt.readMeta(youtubeRef(B), url, doc)).toEqual({});
  });

  it('returns a hostile title as plain capped text', () => {
    const { doc, url } = watchPage(A, `<img src=x onerror=alert(1)>\u0007${'y'.repeat(100_000)}`);
    const title = yt.readMeta(youtubeRef(A), url, doc).title!;
    expect(title.startsWith('<img src=x onerror=alert(1)>yyy')).toBe(true);
    expect(title.length).toBe(300);
  });
});

describe('youtubeAdapter.readMeta during in-page navigation', () => {
  function navigated() {
    const p = watchPage(A, TITLE_A, 'Conference TV');
    yt.observe(p.doc, () => undefined, new AbortController().signal);
    navigateTo(p.doc, B);
    return { ...p, url: new URL(p.doc.URL) };
  }

  it('leaves out title, speakers and channel while the page still shows the previous video', () => {
    const { doc, url } = navigated();
    expect(yt.identify(url, doc)).toEqual(youtubeRef(B));
    expect(yt.readMeta(youtubeRef(B), url, doc)).toEqual({});
  });

  it('reports the heading once it changed, and the unchanged channel only after yt-page-data-updated', () => {
    const { doc, url } = navigated();
    render(doc, TITLE_B);
    expect(yt.readMeta(youtubeRef(B), url, doc)).toEqual({ title: 'When Containers Attack', speakers: [{ name: 'Anne Currie' }] });
    pageDataUpdated(doc);
    expect(yt.readMeta(youtubeRef(B), url, doc)).toEqual({
      title: 'When Containers Attack',
      speakers: [{ name: 'Anne Currie' }],
      channel: 'Conference TV',
    });
  });

  it('reports a channel that changed before the page data event', () => {
    const { doc, url } = navigated();
    render(doc, TITLE_B, 'Software Circus');
    expect(yt.readMeta(youtubeRef(B), url, doc).channel).toBe('Software Circus');
  });

  it('reports a title identical to the previous video\'s only after yt-page-data-updated', () => {
    const { doc, url } = navigated();
    expect(yt.readMeta(youtubeRef(B), url, doc).title).toBeUndefined();
    pageDataUpdated(doc);
    expect(yt.readMeta(youtubeRef(B), url, doc).title).toBe('Set Your Sites on Tracing');
  });

  it('treats back/forward (popstate without yt-navigate-start) the same way', () => {
    const { doc } = watchPage(A, TITLE_A);
    yt.observe(doc, () => undefined, new AbortController().signal);
    doc.defaultView!.dispatchEvent(new Event('popstate'));
    doc.defaultView!.history.replaceState({}, '', `/watch?v=${B}`);
    for (const el of Array.from(doc.querySelectorAll('[video-id]'))) el.setAttribute('video-id', B);
    expect(yt.readMeta(youtubeRef(B), new URL(doc.URL), doc)).toEqual({});
  });
});

describe('youtubeAdapter.observe', () => {
  it('calls onChange on navigation events and on the late heading re-render, until aborted', async () => {
    const { doc } = watchPage();
    const stop = new AbortController();
    let calls = 0;
    yt.observe(doc, () => calls++, stop.signal);
    navigateTo(doc, B);
    await Promise.resolve();
    const afterNavigation = calls;
    expect(afterNavigation).toBeGreaterThanOrEqual(2);
    render(doc, TITLE_B);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBeGreaterThan(afterNavigation);
    stop.abort();
    const atAbort = calls;
    pageDataUpdated(doc);
    render(doc, 'Yet Another Talk');
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(atAbort);
  });

  it('hears events dispatched on the window as well as on the document', () => {
    const { doc } = watchPage();
    const seen: number[] = [];
    yt.observe(doc, () => seen.push(1), new AbortController().signal);
    doc.defaultView!.dispatchEvent(new Event('yt-navigate-finish'));
    doc.dispatchEvent(new Event('yt-page-data-updated'));
    expect(seen).toEqual([1, 1]);
  });
});

describe('youtubeAdapter.deepLink', () => {
  it('links with the t parameter, which YouTube honours', () => {
    expect(yt.deepLink(youtubeRef(A), 123.9)).toBe(`https://www.youtube.com/watch?v=${A}&t=123s`);
  });
});

describe('youtubeAdapter.readContext', () => {
  const STREAM = ['Day 1, main track', '0:00 Welcome', '12:00 Async Rust – Jane Doe', '55:00 Closing'].join('\n');

  it('reads chapters from the description, with speakers', () => {
    const { doc } = page(`https://www.youtube.com/watch?v=${A}`, snippet('youtube-watch.html', { ID: A, TITLE: 'Day 1', DESCRIPTION: STREAM }));
    expect(yt.readContext!(youtubeRef(A), new URL(doc.URL), doc)).toEqual({
      chapters: [
        { at: 0, title: 'Welcome', speakers: [] },
        { at: 720, title: 'Async Rust', speakers: [{ name: 'Jane Doe' }] },
        { at: 3300, title: 'Closing', speakers: [] },
      ],
    });
  });

  it('prefers the chapters panel when YouTube built one', () => {
    const { doc } = page(`https://www.youtube.com/watch?v=${A}`, snippet('youtube-watch.html', { ID: A, TITLE: 'Day 1', DESCRIPTION: STREAM }));
    const item = (time: string, title: string) =>
      `<ytd-macro-markers-list-item-renderer><div id="details"><h4 class="macro-markers">${title}</h4><div id="time">${time}</div></div></ytd-macro-markers-list-item-renderer>`;
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<ytd-engagement-panel-section-list-renderer target-id="engagement-panel-macro-markers-description-chapters">${item('0:00', 'Intro')}${item('1:00', 'Middle')}${item('2:00', 'End')}</ytd-engagement-panel-section-list-renderer>`,
    );
    expect(yt.readContext!(youtubeRef(A), new URL(doc.URL), doc).chapters?.map((c) => c.title)).toEqual(['Intro', 'Middle', 'End']);
  });

  it('tells nothing until the page data of a navigation arrived', () => {
    const { doc } = page(`https://www.youtube.com/watch?v=${A}`, snippet('youtube-watch.html', { ID: A, TITLE: 'Day 1', DESCRIPTION: STREAM }));
    yt.observe(doc, () => undefined, new AbortController().signal);
    navigateTo(doc, B);
    expect(yt.readContext!(youtubeRef(B), new URL(doc.URL), doc)).toEqual({});
    pageDataUpdated(doc);
    expect(yt.readContext!(youtubeRef(B), new URL(doc.URL), doc).chapters).toHaveLength(3);
  });

  it('tells nothing when the description has no chapters', () => {
    const { doc, url } = watchPage();
    expect(yt.readContext!(youtubeRef(A), url, doc)).toEqual({});
  });
});
