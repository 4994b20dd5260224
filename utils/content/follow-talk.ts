import type { TalkMeta } from '@/utils/model/types';
import type { SidebarModel } from '@/utils/sidebar/model';
import type { SiteAdapter } from '@/utils/sites/types';
import type { TalkRef } from '@/utils/model/talk-ref';

/** The talk as the page shows it now; fields the page does not tell yet stay empty until it does. */
export function currentTalk(adapter: SiteAdapter, url: URL, doc: Document): { ref: TalkRef; meta: TalkMeta } | null {
  const ref = adapter.identify(url, doc);
  if (!ref) return null;
  const patch = adapter.readMeta(ref, url, doc);
  return {
    ref,
    meta: {
      platform: ref.platform,
      videoId: ref.videoId,
      url: ref.url,
      title: patch.title ?? '',
      speakers: patch.speakers ?? [],
      ...(patch.channel ? { channel: patch.channel } : {}),
      ...(patch.duration ? { duration: patch.duration } : {}),
    },
  };
}

const MEDIA_DETAILS = ['loadedmetadata', 'durationchange'];

/** Keeps the sidebar on the talk the page shows, through in-page navigation and late re-renders. */
export function followTalk(
  adapter: SiteAdapter,
  model: SidebarModel,
  refreshPlayer: () => void,
  signal: AbortSignal,
  doc: Document = document,
): void {
  const update = () => {
    if (signal.aborted) return;
    refreshPlayer();
    const url = new URL(doc.location.href);
    const found = currentTalk(adapter, url, doc);
    void model.showTalk(found?.ref ?? null, found?.meta ?? null);
    model.context.value = found ? adapter.readContext?.(found.ref, url, doc) ?? null : null;
  };
  adapter.observe(doc, update, signal);
  // The length is known only once the recording's own media loaded (after an ad, say): read again then.
  // Media events do not bubble, but a capturing listener on the document still hears them.
  for (const type of MEDIA_DETAILS) doc.addEventListener(type, update, { capture: true, signal });
  update();
}
