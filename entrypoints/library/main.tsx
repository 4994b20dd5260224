import '@/assets/library.css';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { keepWarm } from '@/utils/library/keep-warm';
import { openPage } from '@/utils/library/open-page';
import { createLibraryModel } from '@/utils/library/model';
import { saveFile } from '@/utils/library/save-file';
import { parseTarget } from '@/utils/formats/library-target';
import { onChange, onSyncStatus } from '@/utils/messages/listen';
import { createSyncModel } from '@/utils/library/sync';
import { call } from '@/utils/messages/client';
import { newConferenceId } from '@/utils/model/ids';
import { readListing } from '@/utils/store/listing';

const model = createLibraryModel({
  api: call,
  // Read here, not asked of the background: a stopped background would start first (~300 ms).
  readList: () => readListing(),
  clipboard: (text) => navigator.clipboard.writeText(text),
  saveFile,
  newConferenceId,
  hosts: {
    granted: async () => (await browser.permissions.getAll()).origins ?? [],
    request: (origins) => browser.permissions.request({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
  },
  fetch: (url, init) => fetch(url, init),
});
onChange((event) => model.receive(event));
const sync = createSyncModel({ api: call, requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }) });
onSyncStatus((view) => sync.receive(view));
void openPage({
  list: model.list,
  // Both wake the background, which would start beside the list being drawn.
  afterwards: [() => void model.readProgrammes(), () => keepWarm(() => call('library.keepWarm', {}), new AbortController().signal)],
});
render(<Library model={model} sync={sync} />, document.getElementById('app') as HTMLElement);

const goToHash = () => void model.goTo(parseTarget(location.hash));
goToHash();
window.addEventListener('hashchange', goToHash);
// Another library tab may have changed conferences meanwhile; there is no event for those.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void model.load();
});
