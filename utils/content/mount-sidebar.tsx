import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { onChange, onCommand } from '@/utils/messages/listen';
import { call } from '@/utils/messages/client';
import { newNoteId } from '@/utils/model/ids';
import { createSidebarModel } from '@/utils/sidebar/model';
import { pageIsDark, sidebarAnchor } from '@/utils/sites/placement';
import type { SiteAdapter } from '@/utils/sites/types';
import { followTalk } from '@/utils/content/follow-talk';
import { trackPlayer } from '@/utils/content/player';
import { loadSettings, saveSettings } from '@/utils/content/settings';
import type { PendingAction } from '@/utils/content/handoff';
import { hookPage, type PageHooks } from '@/utils/content/page-hooks';
import type { SidebarContext } from '@/utils/content/sidebar-context';
import { createShadowHost, keepInPage } from '@/utils/content/shadow-host';

/** How the sidebar starts: unfolded whatever it last was, with what a shortcut asked before it was there, and its stylesheet. */
export interface SidebarStart {
  open?: boolean;
  pending?: PendingAction | null;
  css?: string;
  /** The page's loader's listeners, installed at document_start; without them the sidebar installs its own. */
  hooks?: PageHooks;
}

/** Puts the notes sidebar on a page served by `adapter`, in a closed shadow root the page cannot read. */
export async function mountSidebar(
  ctx: SidebarContext,
  adapter: SiteAdapter,
  doc: Document = document,
  win: Window = window,
  start: SidebarStart = {},
): Promise<void> {
  const model = createSidebarModel({ api: call, clipboard: (t) => navigator.clipboard.writeText(t), newId: newNoteId });
  const boxRef = { current: null as HTMLTextAreaElement | null };
  const setOpen = (open: boolean) => (model.settings.value = { ...model.settings.value, open });
  const toggle = () => setOpen(!model.settings.value.open);
  const focusBox = () => {
    setOpen(true);
    requestAnimationFrame(() => boxRef.current?.focus());
  };

  // Before anything awaits: the capture listeners on `window` (page-hooks.ts), the loader's when it installed them.
  const caption = () => {
    setOpen(true);
    void model.takeCaption().then((taken) => taken && requestAnimationFrame(() => boxRef.current?.focus()));
  };
  const captureSlide = () => void model.captureSlide();
  const hooks = start.hooks ?? hookPage(ctx.signal, () => {}, win);
  hooks.actions = { focusNote: focusBox, toggle, caption, captureSlide };

  model.settings.value = await loadSettings();
  let first = true;
  effect(() => {
    const s = model.settings.value;
    if (!first) void saveSettings(s);
    first = false;
  });
  if (start.open) setOpen(true);

  const dark = signal(pageIsDark(adapter.id, doc));
  new MutationObserver(() => (dark.value = pageIsDark(adapter.id, doc))).observe(doc.documentElement, {
    attributes: true,
    attributeFilter: ['dark'],
  });

  const { player, refresh } = trackPlayer(adapter, (t) => (model.time.value = t), ctx.signal, doc);
  model.setPlayer(player);
  onChange((event) => model.receive(event), ctx.signal);
  onCommand((name) => {
    if (name === 'focus-note') focusBox();
    else if (name === 'capture-caption') caption();
    else if (name === 'capture-slide') captureSlide();
    else toggle();
  }, ctx.signal);
  // Object URLs of the slides' images live as long as the sidebar.
  ctx.onInvalidated(() => model.slides.dispose());

  const anchor = sidebarAnchor(adapter.id);
  // As WXT's own loading of an entrypoint's stylesheet does: the page's :root is the shadow's host.
  const { host, shadow, container } = createShadowHost(doc, 'talk-notes-sidebar', start.css?.replaceAll(':root', ':host'));
  hooks.target = { host, root: shadow };
  render(<Sidebar model={model} dark={dark} boxRef={boxRef} floating={!anchor} onToggle={toggle} onExport={(how) => void model.exportMarkdown(how)} />, container);
  ctx.onInvalidated(() => render(null, container));
  keepInPage(host, anchor, ctx.signal, doc);
  if (doc.readyState === 'loading') await new Promise((r) => doc.addEventListener('DOMContentLoaded', r, { once: true }));
  followTalk(adapter, model, refresh, ctx.signal, doc);
  const pending = start.pending;
  if (!pending) return;
  if (pending.action === 'focusNote') {
    // The moment of the press, carried to the talk's clock by how far the video moved since.
    const at = pending.videoTime;
    if (at !== null) {
      model.draft.stampFrom(() => {
        const now = player.now();
        const video = adapter.findVideo(doc);
        return now === null || !video ? null : Math.max(0, now - (video.currentTime - at));
      });
    }
    focusBox();
  } else if (pending.action === 'caption') caption();
  else if (pending.action === 'captureSlide') captureSlide();
}
