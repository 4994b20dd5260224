import { afterEach, describe, expect, it } from 'vitest';
import { guardEvents } from '@/utils/content/event-guard';

function setUp() {
  const host = document.createElement('talk-notes-sidebar');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('textarea');
  root.append(box);
  const pageSaw: string[] = [];
  const weSaw: string[] = [];
  const record = (e: Event) => pageSaw.push(`${e.type}:${(e as KeyboardEvent).key}`);
  window.addEventListener('keydown', record);
  window.addEventListener('keyup', record);
  box.addEventListener('keydown', (e) => weSaw.push(`keydown:${e.key}`));
  box.addEventListener('keyup', (e) => weSaw.push(`keyup:${e.key}`));
  const stop = guardEvents(() => ({ host, root }));
  return {
    host, box, pageSaw, weSaw,
    done() {
      stop();
      window.removeEventListener('keydown', record);
      window.removeEventListener('keyup', record);
      host.remove();
    },
  };
}

// A browser retargets an event from inside a closed root to its host for listeners outside;
// happy-dom does not, so events from the sidebar are dispatched on the host as the page sees them.
const key = (type: string, key: string, code = `Key${key.toUpperCase()}`) =>
  new KeyboardEvent(type, { key, code, bubbles: true, composed: true, cancelable: true });

let current: ReturnType<typeof setUp> | null = null;
afterEach(() => current?.done());

describe('guardEvents', () => {
  it('hides keys typed in the sidebar from the page and hands them to the sidebar', () => {
    const s = (current = setUp());
    s.box.focus();
    s.host.dispatchEvent(key('keydown', 'k'));
    s.host.dispatchEvent(key('keyup', 'k'));
    expect(s.pageSaw).toEqual([]);
    expect(s.weSaw).toEqual(['keydown:k', 'keyup:k']);
  });

  it("gives the sidebar's copy the original's key fields", () => {
    const s = (current = setUp());
    s.box.focus();
    const seen: Record<string, unknown>[] = [];
    s.box.addEventListener('keydown', (e) => seen.push({
      key: e.key, code: e.code, location: e.location, repeat: e.repeat, isComposing: e.isComposing,
      ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey, shift: e.getModifierState('Shift'),
    }));
    s.host.dispatchEvent(new KeyboardEvent('keydown', {
      key: 'Enter', code: 'Enter', location: 0, repeat: true, shiftKey: true, metaKey: true, bubbles: true, composed: true, cancelable: true,
    }));
    expect(seen).toEqual([{
      key: 'Enter', code: 'Enter', location: 0, repeat: true, isComposing: false,
      ctrlKey: false, shiftKey: true, altKey: false, metaKey: true, shift: true,
    }]);
  });

  it('also hides the keyup of a key pressed in the sidebar when the focus left meanwhile (Escape)', () => {
    const s = (current = setUp());
    s.box.focus();
    s.host.dispatchEvent(key('keydown', 'Escape', 'Escape'));
    s.box.blur();
    document.body.dispatchEvent(key('keyup', 'Escape', 'Escape'));
    expect(s.pageSaw).toEqual([]);
    // The next Escape pressed on the page is the page's own.
    document.body.dispatchEvent(key('keydown', 'Escape', 'Escape'));
    document.body.dispatchEvent(key('keyup', 'Escape', 'Escape'));
    expect(s.pageSaw).toEqual(['keydown:Escape', 'keyup:Escape']);
  });

  it('leaves keys typed in the page to the page', () => {
    const s = (current = setUp());
    document.body.dispatchEvent(key('keydown', 'j'));
    document.body.dispatchEvent(key('keyup', 'j'));
    expect(s.pageSaw).toEqual(['keydown:j', 'keyup:j']);
    expect(s.weSaw).toEqual([]);
  });
});
