import '@/assets/sidebar.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '@/utils/content/mount-sidebar';
import { createMarkStore } from '@/utils/content/talk-marks';
import { withParts } from '@/utils/sites/parts';
import { youtubeAdapter } from '@/utils/sites/youtube/watch';

export default defineContentScript({
  // All of YouTube, not only /watch: the site moves to a video without loading a new page.
  matches: ['*://www.youtube.com/*', '*://m.youtube.com/*'],
  // Embedded players are video.content's: in a frame they report to the page around them.
  excludeMatches: ['*://www.youtube.com/embed/*', '*://m.youtube.com/embed/*'],
  runAt: 'document_start',
  cssInjectionMode: 'ui',
  main: (ctx) => mountSidebar(ctx, withParts(youtubeAdapter, createMarkStore(ctx.signal))),
});
