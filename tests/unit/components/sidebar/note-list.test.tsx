// The note list draws a row again only when its own note or highlight changed; every change a
// person can make or see must still reach the row it belongs to.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteList } from '@/components/sidebar/NoteList';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { createSidebarModel } from '@/utils/sidebar/model';
import type { NoteRow } from '@/utils/sidebar/notes-list';

const talkId = 'youtube:lllllllllll' as TalkId;
const row = (i: number, text: string): NoteRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as NoteId,
  talkId, at: i * 10, kind: 'note', text, createdAt: 1, updatedAt: 1,
});

describe('the note list', () => {
  const root = document.createElement('div');
  afterEach(() => render(null, root));

  function shown() {
    const model = createSidebarModel({ api: vi.fn(), clipboard: vi.fn(async () => {}), newId: vi.fn(), draftDelay: 0 });
    model.rows.value = [row(0, 'first'), row(1, 'second'), row(2, 'third')];
    act(() => render(<NoteList model={model} />, root));
    const items = () => [...root.querySelectorAll('li.note')];
    const texts = () => items().map((li) => li.querySelector('.text')?.textContent ?? null);
    const currentOnes = () => items().filter((li) => li.getAttribute('aria-current') === 'true').map((li) => li.querySelector('.text')?.textContent);
    return { model, items, texts, currentOnes };
  }

  it('moves the highlight with the video', () => {
    const { model, currentOnes } = shown();
    act(() => void (model.time.value = 12));
    expect(currentOnes()).toEqual(['second']);
    act(() => void (model.time.value = 25));
    expect(currentOnes()).toEqual(['third']);
  });

  it('shows a changed note, a saving mark taken off and a note removed', () => {
    const { model, items, texts } = shown();
    const [a, b, c] = model.rows.value;
    act(() => void (model.rows.value = [a!, { ...b!, text: 'second, edited', saving: true }, c!]));
    expect(texts()).toEqual(['first', 'second, edited', 'third']);
    expect(items()[1]!.hasAttribute('data-saving')).toBe(true);
    act(() => void (model.rows.value = [a!, { ...b!, text: 'second, edited' }, c!]));
    expect(items()[1]!.hasAttribute('data-saving')).toBe(false);
    act(() => void (model.rows.value = [a!, c!]));
    expect(texts()).toEqual(['first', 'third']);
  });

  it('opens and closes a row for editing', () => {
    const { model, items } = shown();
    act(() => void (model.editing.value = model.rows.value[2]!.id));
    expect(items().map((li) => li.querySelector('textarea') !== null)).toEqual([false, false, true]);
    act(() => void (model.editing.value = null));
    expect(root.querySelector('textarea')).toBe(null);
  });
});
