// The library's Sync section: the permission is asked in the click before the settings go to
// the background; a refused permission or address says so; the status reads in words.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SyncSection } from '@/components/library/SyncSection';
import { createSyncModel, describeStatus } from '@/utils/library/sync';
import type { SyncView } from '@/utils/messages/sync';
import type { ApiCall } from '@/utils/sidebar/deps';

const idle = { state: 'idle' as const, lastSyncAt: null, pendingChanges: 0, lastError: null, nextAttemptAt: null };
const notSet: SyncView = { settings: null, status: idle };
const set: SyncView = { settings: { url: 'https://dav.example/notes/', user: 'me', encrypted: false }, status: { ...idle, pendingChanges: 2 } };

function setUp(opts: { grant?: boolean; status?: SyncView } = {}) {
  const calls: [string, unknown][] = [];
  const asked: string[] = [];
  const api = (async (type: string, payload: unknown) => {
    calls.push([type, payload]);
    if (type === 'sync.status') return opts.status ?? notSet;
    if (type === 'sync.configure') return set;
    if (type === 'sync.now') return { ...set, status: { ...set.status, pendingChanges: 0, lastSyncAt: new Date(2026, 11, 7, 5, 12).getTime() } };
    throw new Error(`unexpected ${type}`);
  }) as ApiCall;
  const model = createSyncModel({
    api,
    requestOrigin: async (pattern) => {
      asked.push(`${pattern} (${calls.length} requests before)`);
      return opts.grant ?? true;
    },
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<SyncSection model={model} />, root);
  return { model, root, calls, asked };
}

const input = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
function type(root: HTMLElement, label: string, value: string) {
  const el = input(root, label);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
/** Lets the model's awaited requests finish and the view render. */
const settle = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('the Sync section', () => {
  it('asks the permission for the origin first, then saves, clears the secrets and shows the status', async () => {
    const { model, root, calls, asked } = setUp();
    await act(() => model.load());
    expect(text(root, '.sync-status')).toBe('Sync is not set up.');
    await act(() => {
      type(root, 'WebDAV folder address', 'https://dav.example/notes');
      type(root, 'User name', 'me');
      type(root, 'App password', 'pw-1');
      type(root, 'Passphrase', '');
    });
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await settle();
    expect(asked).toEqual(['https://dav.example/* (1 requests before)']);
    expect(calls.at(-1)).toEqual(['sync.configure', { url: 'https://dav.example/notes', user: 'me', password: 'pw-1', passphrase: '' }]);
    expect(text(root, '.sync-status')).toBe('Not synced yet. 2 changes waiting.');
    expect(input(root, 'App password').value).toBe('');
    expect(text(root, '.sync-notice')).toBe('Sync settings saved.');
    await act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Sync now')!.click());
    await settle();
    expect(text(root, '.sync-status')).toBe('Last synced 2026-12-07 05:12. No changes waiting.');
  });

  it('keeps what the person typed when the stored settings arrive after it', async () => {
    const { model, root } = setUp({ status: set });
    const loading = model.load();
    type(root, 'WebDAV folder address', 'https://other.example/dav/');
    await act(() => loading);
    expect(text(root, '.sync-status')).toBe('Not synced yet. 2 changes waiting.');
    expect(input(root, 'WebDAV folder address').value).toBe('https://other.example/dav/');
    expect(input(root, 'User name').value).toBe('me');
  });

  it('fills the form from the stored settings when the person has not typed', async () => {
    const { model, root } = setUp({ status: set });
    await act(() => model.load());
    expect(input(root, 'WebDAV folder address').value).toBe('https://dav.example/notes/');
    expect(input(root, 'User name').value).toBe('me');
  });

  it('sends nothing when the permission is refused, and says what to do', async () => {
    const { model, root, calls } = setUp({ grant: false });
    model.url.value = 'https://dav.example/notes/';
    model.user.value = 'me';
    model.password.value = 'pw';
    await act(() => model.save());
    expect(calls.map((c) => c[0])).toEqual([]);
    expect(text(root, '.sync-notice')).toBe('Talk Notes needs access to https://dav.example to sync with it. Save again and allow it.');
  });

  it('asks for the host without its port (Firefox takes no port in a pattern)', async () => {
    const { model, asked } = setUp();
    model.url.value = 'http://127.0.0.1:8080/dav/';
    model.user.value = 'me';
    model.password.value = 'pw';
    await act(() => model.save());
    expect(asked).toEqual(['http://127.0.0.1/* (0 requests before)']);
  });

  it('refuses a plain http address to another machine before asking anything', async () => {
    const { model, root, asked } = setUp();
    model.url.value = 'http://dav.example/';
    await act(() => model.save());
    expect(asked).toEqual([]);
    expect(text(root, '.sync-notice')).toBe('The server address must start with https:// (it starts with http:).');
  });

  it('words a stopped sync with its error', () => {
    const lastError = { kind: 'auth' as const, message: 'The server dav.example did not accept the user name and app password. Check them in the sync settings.' };
    expect(describeStatus({ ...set, status: { ...set.status, state: 'stopped', pendingChanges: 1, lastError } })).toBe(
      'Not synced yet. 1 change waiting. The server dav.example did not accept the user name and app password. Check them in the sync settings.',
    );
  });
});
