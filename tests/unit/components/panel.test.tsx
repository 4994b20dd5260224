// The library's side panel and the focus: it takes the focus in the same task that opened it
// (not a frame later, when a quick Tab may have moved on), and gives it back to its opener.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '@/components/library/Panel';

describe('the side panel', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('takes the focus as it renders and gives it back to what opened it when it closes', () => {
    document.body.innerHTML = '<button id="opener">New conference</button><button id="other">Other</button><div id="root"></div>';
    const opener = document.getElementById('opener')!;
    const root = document.getElementById('root')!;
    opener.focus();
    render(<Panel title="New conference" onClose={() => {}}><p>form</p></Panel>, root);
    expect(document.activeElement?.textContent).toBe('New conference');
    expect(document.activeElement?.tagName).toBe('H2');
    document.getElementById('other')!.focus(); // the person tabs on inside the page
    render(null, root);
    expect(document.activeElement).toBe(opener);
  });
});
