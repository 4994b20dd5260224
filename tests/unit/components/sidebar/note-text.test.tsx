// A note's text shown in the sidebar: inline Markdown as elements, points nested, hostile HTML inert.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteText } from '@/components/sidebar/NoteText';
import { parseInline } from '@/utils/formats/note-inline';
import { createInlineParser } from '@/utils/sidebar/inline-parser';
import { INLINE_PARSER_KEY, leaveInlineParser } from '@/utils/sidebar/parser-handoff';

/** The text drawn once, its parser's file there already: its Markdown is read in the sidebar, at the first render. */
async function shown(text: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  const parser = createInlineParser(() => {}, { [INLINE_PARSER_KEY]: parseInline });
  act(() => render(<NoteText text={text} parser={parser} />, root));
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

  it('draws a line with Markdown as its text until the parser arrives, asks for it once, then draws it again', async () => {
    const scope: Record<string, unknown> = {};
    let asked = 0;
    const parser = createInlineParser(() => asked++, scope);
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<><NoteText text="Zipkin is *cheap*" parser={parser} /><NoteText text="**Envoy** too" parser={parser} /><NoteText text="plain words" parser={parser} /></>, root));
    expect(root.textContent).toBe('Zipkin is *cheap***Envoy** tooplain words');
    expect(asked).toBe(1);
    act(() => leaveInlineParser(parseInline, scope));
    expect(root.innerHTML).toBe('<div class="text">Zipkin is <em>cheap</em></div><div class="text"><strong>Envoy</strong> too</div><div class="text">plain words</div>');
    expect(asked).toBe(1);
  });
});
