// The slide shown large: it holds the focus from the moment it is drawn, so an Escape pressed
// as soon as it shows closes it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SlideViewer } from '@/components/sidebar/SlideViewer';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { createSidebarModel } from '@/utils/sidebar/model';
import type { NoteRow } from '@/utils/sidebar/notes-list';

const talkId = 'youtube:lllllllllll' as TalkId;
const id = '00000000-0000-4000-8000-000000000001' as NoteId;
const slideRow: NoteRow = {
  id, talkId, at: 62, kind: 'note', text: '', createdAt: 1, updatedAt: 1,
  slide: { imageId: 'img-1', width: 320, height: 180, type: 'image/webp' },
};

describe('the slide shown large', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => act(() => render(null, root)));

  function opened() {
    const api = vi.fn(async () => ({}));
    const model = createSidebarModel({ api: api as never, clipboard: vi.fn(async () => {}), newId: vi.fn(), draftDelay: 0 });
    model.rows.value = [slideRow];
    model.slides.opened.value = id;
    return model;
  }

  it('has the focus as soon as it is drawn, before any effect ran', () => {
    const model = opened();
    // Not inside act(): only what runs with the drawing itself has run.
    render(<SlideViewer model={model} />, root);
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Slide at 1:02');
    expect(document.activeElement?.textContent).toBe('Close');
  });

  it('closes on Escape pressed right away', () => {
    const model = opened();
    render(<SlideViewer model={model} />, root);
    act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(model.slides.opened.value).toBe(null);
    expect(root.querySelector('[role="dialog"]')).toBe(null);
  });
});
