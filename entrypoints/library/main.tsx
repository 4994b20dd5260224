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
import { createPageSearch } from '@/utils/background/search/page-search';

/** After the rows are drawn, before the page's index is read: the programmes and the background's start go first. */
const WARM_SEARCH_AFTER_MS = 500;
const pageSearch = createPageSearch({ onStale: () => void model.search.rerun() });
const model = createLibraryModel({
  api: call,
  search: (query) => pageSearch.search(query),
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
onChange((event) => {
  pageSearch.touched();
  model.receive(event);
});
const sync = createSyncModel({ api: call, requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }) });
onSyncStatus((view) => sync.receive(view));
void openPage({
  list: model.list,
  // Both wake the background, which would start beside the list being drawn.
  afterwards: [
    () => void model.readProgrammes(),
    () => keepWarm(() => call('library.keepWarm', {}), new AbortController().signal),
    // Once the list is drawn and the worker has answered: the first keystroke then finds the page's index read.
    () => setTimeout(() => void pageSearch.warm(), WARM_SEARCH_AFTER_MS),
  ],
});
render(<Library model={model} sync={sync} />, document.getElementById('app') as HTMLElement);

const goToHash = () => void model.goTo(parseTarget(location.hash));
goToHash();
window.addEventListener('hashchange', goToHash);
// Another library tab may have changed conferences meanwhile; there is no event for those.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void model.load();
});
