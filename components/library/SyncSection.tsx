import { useEffect, useRef } from 'preact/hooks';
import { Field } from '@/components/library/Field';
import type { SyncModel } from '@/utils/library/sync';
import { whenShown } from '@/utils/library/when-shown';

/** Sync through the person's WebDAV server: set-up, "Sync now", the status. */
export function SyncSection({ model }: { model: SyncModel }) {
  const notice = model.notice.value;
  const configured = model.view.value?.settings != null;
  const error = model.view.value?.status.lastError != null;
  const section = useRef<HTMLElement>(null);
  // Read when scrolled near, not with every opening of the library: its status counts the outbox.
  useEffect(() => whenShown(section.current, () => void model.load()), [model]);
  return (
    <section class="sync" aria-labelledby="sync-title" ref={section}>
      <h2 id="sync-title">Sync</h2>
      {/* Announced as it changes, but not a second status: the library's own status line is the one its actions answer in. */}
      <p class={`sync-status${error ? ' error' : ''}`} aria-live="polite">
        {model.statusLine.value}
      </p>
      <form
        class="sync-form"
        onSubmit={(e) => {
          e.preventDefault();
          void model.save();
        }}
      >
        <Field label="WebDAV folder address" type="url" required value={model.url.value} onInput={(v) => model.edit(model.url, v)} placeholder="https://cloud.example/remote.php/dav/files/me/Talk Notes/" />
        <Field label="User name" required value={model.user.value} onInput={(v) => model.edit(model.user, v)} />
        <label class="field">
          <span>App password</span>
          <input type="password" autocomplete="off" required value={model.password.value} onInput={(e) => model.edit(model.password, e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Passphrase (optional: encrypts your notes so the server cannot read them)</span>
          <input type="password" autocomplete="off" value={model.passphrase.value} onInput={(e) => model.edit(model.passphrase, e.currentTarget.value)} />
        </label>
        <div class="actions">
          <button type="submit" disabled={model.busy.value}>
            Save
          </button>
          <button type="button" disabled={model.busy.value || !configured} onClick={() => void model.syncNow()}>
            Sync now
          </button>
        </div>
      </form>
      {notice && (
        <p class={`sync-notice${notice.error ? ' error' : ''}`} role={notice.error ? 'alert' : undefined} aria-live="polite">
          {notice.text}
        </p>
      )}
    </section>
  );
}
