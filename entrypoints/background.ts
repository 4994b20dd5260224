import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';
import { downloadText } from '@/utils/background/download';
import { requestPersistence } from '@/utils/background/persist';
import { createHandlers } from '@/utils/background/handlers';
import { serve } from '@/utils/messages/server';
import { broadcast } from '@/utils/messages/push';
import { isCommandName } from '@/utils/messages/events';
import { validateRequest } from '@/utils/messages/validate';
import { storeConnection } from '@/utils/store/db';
import { browserActionDeps, onUserAction } from '@/utils/background/action';
import { setUpAlways } from '@/utils/background/always';
import { adoptLegacyMarks } from '@/utils/background/legacy-marks';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { startSync } from '@/utils/background/sync-start';

export default defineBackground(() => {
  const db = storeConnection();
  const deps = { db, broadcast, download: downloadText, index: createLibraryIndex({ db }) };
  const handle = createHandlers({ ...deps, sync: startSync(deps) });
  const rules = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') };
  serve(handle, (message, sender) => validateRequest(message, sender, rules));

  // Ask the browser not to evict the notes under storage pressure.
  void requestPersistence();
  // Marks an older version kept outside the store (and so outside backups) move in once.
  adoptLegacyMarks(db, browser.storage.local).catch((e: unknown) => console.error('Talk Notes: could not move old talk marks', e));

  browser.commands.onCommand.addListener(async (name) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (isCommandName(name)) await onUserAction(tab?.id, name);
  });
  // The sidebar where there is one; injected where the page has a video; else the library.
  browser.action.onClicked.addListener((tab) => onUserAction(tab.id, 'toggle-sidebar'));
  // "Always on this site": the toolbar button's menu asks for that one site.
  setUpAlways(browserActionDeps.inject);
});
