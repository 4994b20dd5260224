import sidebarCss from '@/assets/sidebar.css?inline';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readHandoff } from '@/utils/content/handoff';
import { startSidebar } from '@/utils/content/start-sidebar';

// Run by the background (scripting.executeScript) in the frame of a loader that asked for it,
// in the content scripts' world: the loader's handoff is there, the page's scripts are not.
export default defineUnlistedScript(() => {
  const handoff = readHandoff();
  if (!handoff || handoff.taken) return;
  handoff.taken = true;
  void startSidebar(handoff, sidebarCss).catch((e: unknown) => console.error('Talk Notes: the sidebar could not start', e));
});
