// A note's text shown in the sidebar: inline Markdown as elements, points nested, hostile HTML inert.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteText } from '@/components/sidebar/NoteText';
/** The text drawn once: its Markdown is read in the sidebar, at the first render. */
async function shown(text: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<NoteText text={text} />, root));
  return root;
}

describe('a note shown in the sidebar', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('renders emphasis, code and a safe link that opens apart from the page', async () => {
    const root = await shown('**Zipkin** is *cheap*: `npm i` [docs](https://zipkin.io/) [bad](javascript:alert(1))');
    expect(root.innerHTML).toBe(
      '<div class="text"><strong>Zipkin</strong> is <em>cheap</em>: <code>npm i</code> ' +
        '<a href="https://zipkin.io/" target="_blank" rel="noopener noreferrer">docs</a> [bad](javascript:alert(1))</div>',
    );
  });

  it('nests continuation lines typed as "- " as points, other lines broken where typed', async () => {
    const root = await shown('Envoy:\nsidecar\n- iptables\n  or BPF\n- - # not deeper');
    expect(root.innerHTML).toBe(
      '<div class="text">Envoy:<br>sidecar<ul class="points"><li>iptables<br>or BPF</li><li>- # not deeper</li></ul></div>',
    );
  });

  it('keeps hostile HTML as text: no element, no handler, no script', async () => {
    const root = await shown('<img src=x onerror="alert(1)"> <script>alert(2)</script>\n- <a href="javascript:x">y</a>');
    expect(root.querySelectorAll('img, script, a').length).toBe(0);
    expect(root.textContent).toBe('<img src=x onerror="alert(1)"> <script>alert(2)</script><a href="javascript:x">y</a>');
  });
});
