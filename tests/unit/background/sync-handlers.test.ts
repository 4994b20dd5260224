// The background tells sync after each request that wrote synced records (a debounced sync
// follows), and only then; without sync the sync requests say it is not there.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import type { SyncService } from '@/utils/background/sync-service';
import type { Envelope } from '@/utils/messages/api';
import type { TalkId } from '@/utils/model/ids';
import { freshDb } from '../store/fresh-db';
import { libraryPage, meta, noteId } from './loopback';

async function background(withSync = true) {
  const db = await freshDb();
  let changed = 0;
  const sync = { changed: () => void changed++, view: async () => 'the view' } as unknown as SyncService;
  const handle = createHandlers({ db: async () => db, broadcast: async () => {}, download: async () => {}, ...(withSync ? { sync } : {}) });
  const send = (type: string, payload: unknown) => handle({ type, payload } as Envelope, libraryPage);
  return { send, changed: () => changed };
}

describe('the background and sync', () => {
  it('tells sync after a note, a conference, a mark; not after a read', async () => {
    const { send, changed } = await background();
    await send('note.save', { note: { id: noteId(), at: 1, kind: 'note', text: 'x' }, meta: meta('aaaaaaaaaaa') });
    expect(changed()).toBe(1);
    await send('marks.add', { recording: 'youtube:aaaaaaaaaaa' as TalkId, at: 60 });
    expect(changed()).toBe(2);
    await send('library.list', {});
    await send('marks.get', { recording: 'youtube:aaaaaaaaaaa' as TalkId });
    expect(changed()).toBe(2);
    expect(await send('sync.status', {})).toBe('the view');
  });

  it('without sync, its requests fail with words', async () => {
    const { send } = await background(false);
    await expect(send('sync.status', {})).rejects.toThrow('Sync is not available in this browser.');
  });
});
