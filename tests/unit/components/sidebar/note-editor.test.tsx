// The note box and its moment line follow the draft without the editor being drawn again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { NoteEditor } from '@/components/sidebar/NoteEditor';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { TalkRef } from '@/utils/model/talk-ref';
import { createSidebarModel } from '@/utils/sidebar/model';

const ref: TalkRef = { platform: 'youtube', videoId: 'eeeeeeeeeee', talkId: 'youtube:eeeeeeeeeee' as TalkId, url: 'https://www.youtube.com/watch?v=eeeeeeeeeee' };

describe('the note editor', () => {
  it('shows what is typed and the moment, and empties on save, drawn once', async () => {
    const api = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'talk.open') return { talk: null, notes: [], draft: null, complete: true };
      if (type === 'note.save') {
        const { note } = payload as { note: { id: NoteId; at: number; kind: 'note'; text: string } };
        return { note: { ...note, talkId: ref.talkId, createdAt: 1, updatedAt: 1 }, talk: { id: ref.talkId, title: 'T', speakers: [], links: [], createdAt: 1, updatedAt: 1 } };
      }
      return null;
    });
    const model = createSidebarModel({ api: api as never, clipboard: vi.fn(async () => {}), newId: () => '00000000-0000-4000-8000-00000000e001' as NoteId, draftDelay: 10_000 });
    model.setPlayer({ now: () => 75, seek: () => {}, pause: () => {}, play: () => {}, paused: false });
    await model.showTalk(ref, { platform: 'youtube', videoId: ref.videoId, url: ref.url, title: 'T', speakers: [] });
    // Each drawing of the editor lists the kinds once: count them.
    const { kinds } = model;
    let drawn = 0;
    Object.defineProperty(model, 'kinds', { get: () => (drawn++, kinds) });
    const root = document.createElement('div');
    const box = { current: null as HTMLTextAreaElement | null };
    act(() => render(<NoteEditor model={model} boxRef={box} />, root));
    const moment = () => root.querySelector('#tn-moment')!.textContent;
    expect([box.current!.value, moment()]).toEqual(['', 'The moment is taken at your first key']);

    act(() => {
      box.current!.value = 'a thought';
      box.current!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([model.draft.text.value, box.current!.value, moment()]).toEqual(['a thought', 'a thought', 'Note at 1:15']);

    await act(async () => {
      box.current!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    expect([box.current!.value, moment()]).toEqual(['', 'The moment is taken at your first key']);
    expect(model.rows.value.map((r) => [r.at, r.text])).toEqual([[75, 'a thought']]);
    expect(drawn).toBe(1);
    render(null, root);
  });
});
