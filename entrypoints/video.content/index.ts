import { defineContentScript } from 'wxt/utils/define-content-script';
import { waitForProbe } from '@/utils/content/frame-loader';
import { startLoader } from '@/utils/content/loader';
import { loaderScope } from '@/utils/content/loader-scope';
import { pageLoaderSite } from '@/utils/content/page-loader-site';

export default defineContentScript({
  // The recording sites known by name. Any other page gets this same script when the user
  // clicks the toolbar button (activeTab), or on a site the user allowed "always".
  matches: [
    '*://vimeo.com/*',
    '*://www.vimeo.com/*',
    '*://player.vimeo.com/video/*',
    '*://www.youtube.com/embed/*',
    '*://youtube.com/embed/*',
    '*://www.youtube-nocookie.com/embed/*',
    '*://youtube-nocookie.com/embed/*',
    '*://media.ccc.de/*',
  ],
  // Embedded players live in frames; the frame's script reports to the sidebar on the top page.
  allFrames: true,
  // At the start, as YouTube's: its capture listeners come before the page's; it tells the
  // background its address only once the page is idle.
  runAt: 'document_start',
  // Loaders only: the sidebar and the frame agent come on demand (entrypoints/sidebar.ts, frame-agent.ts).
  cssInjectionMode: 'manual',
  // Built without WXT's context and the polyfill (wxt.config.ts, leanLoaders): `main` gets no context.
  main: () => {
    const signal = loaderScope('__talkNotesLoader');
    if (window !== window.top) waitForProbe(signal);
    else startLoader(pageLoaderSite, signal);
  },
});
