// The header's count and the export buttons follow the list without the whole sidebar being drawn again.
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { createSidebarModel } from '@/utils/sidebar/model';
import type { NoteRow } from '@/utils/sidebar/notes-list';

const talkId = 'youtube:ccccccccccc' as TalkId;
const row = (i: number): NoteRow => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as NoteId,
  talkId, at: i, kind: 'note', text: `n${i}`, createdAt: 1, updatedAt: 1,
});

describe('the sidebar header and footer', () => {
  it('count the notes and offer the export only when there are some', () => {
    const model = createSidebarModel({ api: vi.fn(async () => null) as never, clipboard: vi.fn(async () => {}), newId: vi.fn(), draftDelay: 0 });
    model.settings.value = { ...model.settings.value, open: true };
    const root = document.createElement('div');
    act(() => render(<Sidebar model={model} dark={signal(false)} boxRef={{ current: null }} onToggle={() => {}} onExport={() => {}} />, root));
    const count = () => root.querySelector('.count')!.textContent;
    const copy = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Copy Markdown')!;
    expect(count()).toBe('0 notes');
    expect(copy().disabled).toBe(true);
    act(() => void (model.rows.value = [row(1), row(2)]));
    expect(count()).toBe('2 notes');
    expect(copy().disabled).toBe(false);
    act(() => void (model.rows.value = []));
    expect(count()).toBe('0 notes');
    expect(copy().disabled).toBe(true);
    render(null, root);
  });
});
