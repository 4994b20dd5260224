// The library's rows are drawn again only when their own talk or place changed: a panel opening
// or a conference added redraws none of them, a talk moved or renamed redraws its own row.
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library } from '@/components/library/Library';
import { conferenceDraft, talkDraft } from '@/utils/library/forms';
import { createLibraryModel } from '@/utils/library/model';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import { loopback, writeNotes } from '../../background/loopback';

const A = 'youtube:aaaaaaaaaaa' as TalkId;
const CONF = 'c0f00000-0000-4000-8000-000000000001' as ConferenceId;

/** The talks whose row (the `li`) was diffed since the last call, by id. */
const drawn: string[] = [];
const before = options.diffed;
beforeEach(() => {
  options.diffed = (vnode) => {
    if (vnode.type === 'li' && (vnode.props as { class?: string }).class === 'talk-row') drawn.push(String((vnode.props as { id?: string }).id));
    before?.(vnode);
  };
});
afterEach(() => {
  options.diffed = before;
  document.body.innerHTML = '';
});
const take = () => drawn.splice(0).sort();

async function shown() {
  const bg = await loopback();
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key');
  await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
  await writeNotes(bg.api, 'ccccccccccc', 'Rust', 'Fearless');
  const model = createLibraryModel({ api: bg.api, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => CONF });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Library model={model} />, root));
  await act(() => model.load());
  const titles = () => [...root.querySelectorAll('li.talk-row .talk-title')].map((t) => t.textContent);
  return { model, root, titles };
}

describe('the rows of the library', () => {
  it('are drawn once on opening, and not again when a panel opens or a conference is added', async () => {
    const { model, titles } = await shown();
    expect(take()).toEqual(['talk-youtube:aaaaaaaaaaa', 'talk-youtube:bbbbbbbbbbb', 'talk-youtube:ccccccccccc']);
    act(() => void model.editConference(null));
    expect(take()).toEqual([]);
    await act(async () => void (await model.saveConference({ ...conferenceDraft(null), name: 'Software Circus 2016' })));
    expect(take()).toEqual([]);
    expect(titles()).toEqual(['Rust', 'Tracing', 'When Containers Attack']);
  });

  it('draw the moved or renamed talk again, at once, and no other', async () => {
    const { model, root, titles } = await shown();
    await act(async () => void (await model.saveConference({ ...conferenceDraft(null), name: 'Software Circus 2016' })));
    take();
    await act(() => model.assign(A, CONF, null));
    expect(take()).toEqual(['talk-youtube:aaaaaaaaaaa']);
    expect(root.querySelector('section.conference li.talk-row .talk-title')?.textContent).toBe('When Containers Attack');
    const talk = model.talkById(A)!;
    await act(async () => void (await model.saveTalk(A, { ...talkDraft(talk), title: 'When Containers Attack, again' })));
    expect(take()).toEqual(['talk-youtube:aaaaaaaaaaa']);
    expect(titles()).toEqual(['When Containers Attack, again', 'Rust', 'Tracing']);
  });

  it('act on their own talk from the one listener each row has: details, move, delete', async () => {
    const { model, root, titles } = await shown();
    const press = (name: string) => (root.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement).click();
    act(() => press('Edit details: Tracing'));
    expect(model.panel.value).toEqual({ kind: 'talk', talkId: 'youtube:bbbbbbbbbbb' });
    await act(async () => void (await model.saveConference({ ...conferenceDraft(null), name: 'Software Circus 2016' })));
    await act(() => model.assign(A, CONF, 1));
    await act(() => model.assign('youtube:ccccccccccc' as TalkId, CONF, 1));
    expect(titles()).toEqual(['When Containers Attack', 'Rust', 'Tracing']);
    expect(root.querySelector('button[aria-label="Move up: When Containers Attack"]')?.getAttribute('aria-disabled')).toBe('true');
    // The move and the delete go through the background: waited for, not timed (a loaded machine is slow).
    press('Move down: When Containers Attack');
    await vi.waitFor(() => expect(titles()).toEqual(['Rust', 'When Containers Attack', 'Tracing']));
    press('Delete talk: Tracing');
    await vi.waitFor(() => expect(titles()).toEqual(['Rust', 'When Containers Attack']));
  });
});
