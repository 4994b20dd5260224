// A note's text shown in the sidebar: inline Markdown as elements, points nested, hostile HTML inert.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NoteText } from '@/components/sidebar/NoteText';
import { parseInline } from '@/utils/formats/note-inline';
import { inlineVersion, readInlineWith } from '@/utils/sidebar/inline-parser';
import type { ApiCall } from '@/utils/sidebar/deps';

// The background's reading, answered at once (the handler is `lines.map(parseInline)`).
const background = (async (_type: string, { lines }: { lines: string[] }) => lines.map(parseInline)) as unknown as ApiCall;

/** The text drawn, then drawn again once the background has read its lines. */
async function shown(text: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  const before = inlineVersion.value;
  act(() => render(<NoteText text={text} />, root));
  for (let i = 0; i < 20 && inlineVersion.value === before; i++) await new Promise((r) => setTimeout(r, 5));
  act(() => render(<NoteText text={text} />, root));
  return root;
}

describe('a note shown in the sidebar', () => {
  beforeAll(() => readInlineWith(background));
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
