import browser from 'webextension-polyfill';
import { downloadText } from '@/utils/background/download';
import { requestPersistence } from '@/utils/background/persist';
import { createHandlers } from '@/utils/background/handlers';
import { broadcast, sendCommand, serve } from '@/utils/messages';
import { validateRequest } from '@/utils/messages-validate';
import { storeConnection } from '@/utils/store/db';
import { openLibraryTab } from '@/utils/background/open-library'; // library page (issue 3)
import { reachesContentScript } from '@/utils/messages'; // library page (issue 3)

export default defineBackground(() => {
  const handle = createHandlers({ db: storeConnection(), broadcast, download: downloadText });
  const rules = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  serve(handle, (message, sender) => validateRequest(message, sender, rules));

  // Ask the browser not to evict the notes under storage pressure.
  void requestPersistence();

  browser.commands.onCommand.addListener(async (name) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined && (name === 'focus-note' || name === 'toggle-sidebar')) await sendCommand(tab.id, name);
  });
  browser.action.onClicked.addListener(async (tab) => {
    if (tab.id !== undefined) await sendCommand(tab.id, 'toggle-sidebar');
  });

  // --- library page (issue 3): the toolbar button on a tab without a sidebar opens the library ---
  browser.action.onClicked.addListener(async (tab) => {
    if (tab.id === undefined || !(await reachesContentScript(tab.id))) await openLibraryTab();
  });
  // --- end library page ---
});
