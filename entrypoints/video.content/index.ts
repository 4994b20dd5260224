import '@/assets/sidebar.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOnPage } from '@/utils/content/start-on-page';

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
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startOnPage(ctx),
});
