import { describe, expect, it } from 'vitest';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import { saveNote } from '@/utils/store/notes';
import { updateTalk } from '@/utils/store/talk-edits';
import { freshDb } from './fresh-db';

const meta = (title: string, duration?: number): TalkMeta => ({
  platform: 'youtube', videoId: 'kHtw8sAdm1n', url: 'https://www.youtube.com/watch?v=kHtw8sAdm1n', title, speakers: [],
  ...(duration ? { duration } : {}),
});
const TALK = 'youtube:kHtw8sAdm1n' as TalkId;

describe('updateTalk', () => {
  it('fills what the page shows now into a talk saved before it rendered (a note typed right after navigation)', async () => {
    const db = await freshDb();
    await saveNote(db, { id: '6f1c7a52-8f7e-4c5e-9a53-2a3b4c5d6e7f' as NoteId, at: 3, kind: 'note', text: 'early' }, meta(''), 1);
    const talk = await updateTalk(db, TALK, {}, { ...meta('Kubernetes for Sysadmins', 90), speakers: [{ name: 'Kelsey Hightower' }] }, 2);
    expect([talk.title, talk.duration, talk.speakers]).toEqual(['Kubernetes for Sysadmins', 90, [{ name: 'Kelsey Hightower' }]]);
    expect((await db.get('talks', TALK))?.title).toBe('Kubernetes for Sysadmins');
  });

  it('never overwrites what the user gave', async () => {
    const db = await freshDb();
    await updateTalk(db, TALK, { title: 'My own title' }, meta('Page title'), 1);
    const talk = await updateTalk(db, TALK, {}, meta('Another page title', 90), 2);
    expect(talk.title).toBe('My own title');
    expect(talk.duration).toBe(90);
  });
});
