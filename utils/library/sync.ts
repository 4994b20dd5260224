/**
 * The library's Sync section: the set-up form, "Sync now", and the status in words. The host
 * permission for the server's origin is asked in the person's click (a browser refuses the
 * request later), before the settings go to the background.
 */
import { computed, signal, type Signal } from '@preact/signals';
import { format } from 'date-fns';
import { messageOf } from '@/utils/library/deps';
import type { SyncView } from '@/utils/messages/sync';
import type { ApiCall } from '@/utils/sidebar/deps';
import { parseServerUrl } from '@/utils/sync/server-url';

export interface SyncDeps {
  api: ApiCall;
  /** Asks the browser for access to `pattern` (e.g. `https://cloud.example/*`); true when granted. Must run in the click. */
  requestOrigin: (pattern: string) => Promise<boolean>;
}

export type SyncModel = ReturnType<typeof createSyncModel>;

export function createSyncModel(deps: SyncDeps) {
  const view = signal<SyncView | null>(null);
  const url = signal('');
  const user = signal('');
  const password = signal('');
  const passphrase = signal('');
  const busy = signal(false);
  /** The outcome of the person's last action here (a refused address, a refused permission). */
  const notice = signal<{ text: string; error: boolean } | null>(null);

  const statusLine = computed(() => (view.value ? describeStatus(view.value) : 'Reading the sync settings…'));

  /** Fields the person has typed in: stored settings arriving later must not replace their words. */
  const typed = new Set<Signal<string>>();

  /** The person's input into one of the form's fields. */
  function edit(field: Signal<string>, value: string): void {
    typed.add(field);
    field.value = value;
  }

  function receive(next: SyncView): void {
    const first = view.value === null || view.value.settings === null;
    view.value = next;
    if (first && next.settings) {
      if (!typed.has(url)) url.value = next.settings.url;
      if (!typed.has(user)) user.value = next.settings.user;
    }
  }

  async function load(): Promise<void> {
    try {
      receive(await deps.api('sync.status', {}));
    } catch (e) {
      notice.value = { text: messageOf(e), error: true };
    }
  }

  /** Save: the permission asked at once, in the click; then the settings sent. */
  function save(): Promise<void> {
    let origin: string;
    let pattern: string;
    try {
      const server = parseServerUrl(url.value);
      origin = server.origin;
      // Without the port: Firefox's match patterns take none (Chromium's match any port then).
      pattern = `${server.protocol}//${server.hostname}/*`;
    } catch (e) {
      notice.value = { text: messageOf(e), error: true };
      return Promise.resolve();
    }
    const asked = deps.requestOrigin(pattern);
    return run(async () => {
      if (!(await asked.catch(() => false))) {
        notice.value = { text: `Talk Notes needs access to ${origin} to sync with it. Save again and allow it.`, error: true };
        return;
      }
      receive(await deps.api('sync.configure', { url: url.value, user: user.value, password: password.value, passphrase: passphrase.value }));
      // The secrets stay in the background; the form does not keep them on show.
      password.value = '';
      passphrase.value = '';
      notice.value = { text: 'Sync settings saved.', error: false };
    });
  }

  function syncNow(): Promise<void> {
    return run(async () => {
      receive(await deps.api('sync.now', {}));
      notice.value = null;
    });
  }

  async function run(work: () => Promise<void>): Promise<void> {
    busy.value = true;
    try {
      await work();
    } catch (e) {
      notice.value = { text: messageOf(e), error: true };
    } finally {
      busy.value = false;
    }
  }

  return { view, url, user, password, passphrase, busy, notice, statusLine, edit, load, receive, save, syncNow };
}

/** The status in words: last sync, changes waiting, the last error. */
export function describeStatus({ settings, status }: SyncView): string {
  if (!settings) return 'Sync is not set up.';
  const parts = [
    status.state === 'syncing' ? 'Syncing…' : status.lastSyncAt === null ? 'Not synced yet.' : `Last synced ${format(status.lastSyncAt, 'yyyy-MM-dd HH:mm')}.`,
    status.pendingChanges === 0 ? 'No changes waiting.' : `${status.pendingChanges} ${status.pendingChanges === 1 ? 'change' : 'changes'} waiting.`,
  ];
  if (status.lastError) parts.push(status.lastError.message);
  return parts.join(' ');
}
