import { talkIdOf } from '@/utils/model/ids';
import type { Speaker } from '@/utils/model/types';
import { pickMainVideo } from '@/utils/sites/player/main-video';
import { metaContents, readOpenGraph } from '@/utils/sites/metadata/metadata';
import { isKnownDuration } from '@/utils/sites/metadata/patch';
import { MAX, plainText, safeUrl, textFromMarkup } from '@/utils/sites/metadata/text';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch, TalkContext, TalkRef } from '@/utils/model/talk-ref';
import { plainPlayer } from '@/utils/sites/player/plain-player';
import { MEDIACCC_HOSTS as HOSTS, mediacccSlugFromUrl } from '@/utils/sites/mediaccc/id';

export { mediacccSlugFromUrl };

const CONFERENCE_PATH = /^\/c\/([A-Za-z0-9_.-]{1,80})\/?$/;

export function mediacccRef(slug: string): TalkRef {
  return { platform: 'mediaccc', videoId: slug, talkId: talkIdOf('mediaccc', slug), url: `https://media.ccc.de/v/${slug}` };
}

/** One `<meta property="author">` per speaker: the site names them, so no guessing from the title. */
function speakersOf(doc: Document): Speaker[] {
  const names = metaContents(doc, 'author').map((n) => textFromMarkup(n, MAX.name)).filter(Boolean);
  return [...new Set(names)].slice(0, 20).map((name) => ({ name }));
}

/** The conference is linked as `/c/<acronym>`; its text is the name shown. */
function conferenceOf(doc: Document): TalkContext['conference'] {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = safeUrl(a.getAttribute('href'), 'https://media.ccc.de/');
    const m = href ? CONFERENCE_PATH.exec(new URL(href).pathname) : null;
    if (href && m && HOSTS.has(new URL(href).hostname)) {
      return { name: plainText(a.textContent, MAX.title) || m[1]!, url: href };
    }
  }
  return undefined;
}

/** media.ccc.de recordings (`/v/SLUG`), played with MediaElement.js. */
export const mediacccAdapter: SiteAdapter = {
  id: 'mediaccc',

  matches(url) {
    return mediacccSlugFromUrl(url) !== null;
  },

  identify(url) {
    const slug = mediacccSlugFromUrl(url);
    return slug ? mediacccRef(slug) : null;
  },

  findVideo(doc) {
    return (
      doc.querySelector<HTMLVideoElement>('.mejs__container video, .mejs-container video') ?? pickMainVideo(doc.querySelectorAll('video'))
    );
  },

  readMeta(_ref, _url, doc) {
    const patch: MetaPatch = {};
    const title =
      readOpenGraph(doc).title ||
      plainText(doc.querySelector('h1')?.textContent, MAX.title) ||
      plainText(doc.title.replace(/\s+-\s+media\.ccc\.de$/, ''), MAX.title);
    if (title) patch.title = title;
    const speakers = speakersOf(doc);
    if (speakers.length > 0) patch.speakers = speakers;
    const duration = mediacccAdapter.findVideo(doc)?.duration;
    if (isKnownDuration(duration)) patch.duration = duration;
    return patch;
  },

  readContext(_ref, _url, doc) {
    const conference = conferenceOf(doc);
    return conference ? { conference } : {};
  },

  ...plainPlayer,
};
