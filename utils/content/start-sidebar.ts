import type { Handoff } from '@/utils/content/handoff';
import { mountSidebar } from '@/utils/content/mount-sidebar';
import { contextFor } from '@/utils/content/sidebar-context';
import { startOnPage } from '@/utils/content/start-on-page';
import { createMarkStore } from '@/utils/content/talk-marks';
import { withParts } from '@/utils/sites/parts';
import { youtubeAdapter } from '@/utils/sites/youtube/watch';

/** The sidebar's code, run in the frame whose loader asked for it: mounts for that loader's site. */
export async function startSidebar(handoff: Handoff, css: string): Promise<void> {
  const start = { open: handoff.open, pending: handoff.pending, css, hooks: handoff.hooks };
  const ctx = contextFor(handoff.signal);
  if (handoff.site === 'youtube') await mountSidebar(ctx, withParts(youtubeAdapter, createMarkStore(ctx.signal)), document, window, start);
  else await startOnPage(ctx, document, window, start);
}
