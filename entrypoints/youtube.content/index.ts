import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLoader } from '@/utils/content/loader';
import { loaderScope } from '@/utils/content/loader-scope';
import { youtubeLoaderSite } from '@/utils/content/youtube-loader-site';

export default defineContentScript({
  // All of YouTube, not only /watch: the site moves to a video without loading a new page.
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  // Embedded players are video.content's: in a frame they report to the page around them.
  excludeMatches: ['*://www.youtube.com/embed/*', '*://m.youtube.com/embed/*'],
  runAt: 'document_start',
  // The loader only: the sidebar (and its stylesheet, inlined) comes on demand (entrypoints/sidebar.ts).
  cssInjectionMode: 'manual',
  // Built without WXT's context and the polyfill (wxt.config.ts, leanLoaders): `main` gets no context.
  main: () => startLoader(youtubeLoaderSite, loaderScope('__talkNotesLoader')),
});
