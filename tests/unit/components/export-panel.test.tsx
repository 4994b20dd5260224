// The export panel as the page renders it: an export that takes over a second shows progress,
// announced to screen readers, and the Markdown cannot be copied or saved until it is made.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '../../../components/library/ExportPanel';
import { createLibraryModel } from '../../../utils/library/model';
import type { ConferenceId } from '../../../utils/model/ids';
import type { ApiCall } from '../../../utils/sidebar/deps';

const CONF = 'c0f00000-0000-4000-8000-000000000001' as ConferenceId;

function slowExport() {
  let release: (markdown: string) => void = () => {};
  const api = (async (type: string) => {
    if (type !== 'export.conference') throw new Error(`unexpected ${type}`);
    const markdown = await new Promise<string>((r) => (release = r));
    return { markdown, filename: 'Software Circus 2016.md' };
  }) as ApiCall;
  const model = createLibraryModel({ api, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => CONF });
  return { model, release: (m: string) => release(m) };
}

const progress = (root: HTMLElement) => root.querySelector('[role=status] progress[aria-label="Exporting"]');
const buttons = (root: HTMLElement) =>
  [...root.querySelectorAll('button')].map((b) => `${b.textContent}${b.disabled ? ' (disabled)' : ''}`);

describe('the export panel', () => {
  afterEach(() => vi.useRealTimers());

  it('shows progress once an export has taken a second, and hides it when the Markdown is there', async () => {
    vi.useFakeTimers();
    const { model, release } = slowExport();
    const root = document.createElement('div');
    document.body.append(root);
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = model.openExport({ kind: 'conference', conferenceId: CONF, day: null, name: 'Software Circus 2016' });
    });
    render(<ExportPanel model={model} />, root);

    act(() => {
      vi.advanceTimersByTime(999);
    });
    expect(progress(root)).toBeNull();
    expect(root.querySelector('textarea')!.getAttribute('aria-busy')).toBe('true');
    expect(buttons(root)).toEqual(['Copy Markdown (disabled)', 'Download Markdown (disabled)', 'Close']);

    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(progress(root)).not.toBeNull();
    expect(root.querySelector('[role=status]')!.textContent).toContain('Exporting…');

    vi.useRealTimers();
    release('# Software Circus 2016\n');
    await act(() => done);
    expect(progress(root)).toBeNull();
    expect(root.querySelector('textarea')!.value).toBe('# Software Circus 2016\n');
    expect(root.querySelector('textarea')!.hasAttribute('aria-busy')).toBe(false);
    expect(buttons(root)).toEqual(['Copy Markdown', 'Download Markdown', 'Close']);
    render(null, root);
    root.remove();
  });

  it('shows no progress for an export done within the second', async () => {
    vi.useFakeTimers();
    const { model, release } = slowExport();
    const root = document.createElement('div');
    render(<ExportPanel model={model} />, root);
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = model.openExport({ kind: 'conference', conferenceId: CONF, day: null, name: 'Software Circus 2016' });
    });
    act(() => {
      vi.advanceTimersByTime(500);
    });
    release('# Done\n');
    vi.useRealTimers();
    await act(() => done);
    await new Promise((r) => setTimeout(r, 1100));
    expect(progress(root)).toBeNull();
    expect(root.querySelector('textarea')!.value).toBe('# Done\n');
    render(null, root);
  });
});
