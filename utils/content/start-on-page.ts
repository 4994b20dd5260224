import { call } from '@/utils/messages/client';
import { fragmentStart } from '@/utils/sites/generic/adapter';
import { withParts } from '@/utils/sites/parts';
import type { SiteAdapter } from '@/utils/sites/types';
import { pickAdapter } from '@/utils/sites/registry';
import { startFrameAgent } from '@/utils/content/start-frame-agent';
import { createFrameAdapter } from '@/utils/content/frames-remote';
import { mountSidebar, type SidebarStart } from '@/utils/content/mount-sidebar';
import { createMarkStore } from '@/utils/content/talk-marks';
import { relayFailed } from '@/utils/messages/relay-log';
import type { SidebarContext } from '@/utils/content/sidebar-context';

/**
 * The start of the script for every page but YouTube's own: in a frame it reports the player
 * to the top page; on the top page it shows the sidebar for the page's own video, or else for
 * the player found in one of its frames.
 */
export async function startOnPage(ctx: SidebarContext, doc: Document = document, win: Window = window, start: SidebarStart = {}): Promise<void> {
  const url = new URL(doc.location.href);
  if (win !== win.top) return startFrameAgent(ctx.signal, doc);
  const own = pickAdapter(url, doc);
  if (own) {
    const at = own.id === 'generic' ? fragmentStart(url) : null;
    if (at !== null) seekWhenReady(own, at, ctx.signal, doc);
    await mountSidebar(ctx, withParts(own, createMarkStore(ctx.signal)), doc, win, start);
    return;
  }
  const remote = createFrameAdapter(ctx.signal, doc);
  const mounted = mountSidebar(ctx, remote, doc, win, start);
  await call('frame.probe', {}).catch(relayFailed('frame.probe'));
  await mounted;
}

/** Opens a page's own video at `at` once its media is ready (for `#t=` links the page ignores). */
function seekWhenReady(adapter: SiteAdapter, at: number, signal: AbortSignal, doc: Document): void {
  const tries = { left: 100 };
  const attempt = () => {
    if (signal.aborted || tries.left-- <= 0) return;
    const video = adapter.findVideo(doc);
    if (video && video.readyState >= 1) adapter.clock(video, doc, signal).seek(at);
    else setTimeout(attempt, 100);
  };
  attempt();
}
