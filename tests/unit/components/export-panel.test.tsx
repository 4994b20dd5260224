// The export panel as the page renders it: an export that takes over a second shows progress,
// announced to screen readers, and the Markdown cannot be copied or saved until it is made.
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportPanel } from '@/components/library/ExportPanel';
import { createLibraryModel } from '@/utils/library/model';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';
import { PREVIEW_CHARS, previewOf, sizeText } from '@/utils/library/preview';

const CONF = 'c0f00000-0000-4000-8000-000000000001' as ConferenceId;
const TALK = 'youtube:aaaaaaaaaaa' as TalkId;

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
    expect(buttons(root)).toEqual(['Copy Markdown (disabled)', 'Download Markdown (disabled)', 'Download write-up (disabled)', 'Close']);

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
    expect(buttons(root)).toEqual(['Copy Markdown', 'Download Markdown', 'Download write-up', 'Close']);
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

  it('shows the start of a long export and says so; Copy and Download take all of it', async () => {
    const clipboard = vi.fn(async () => {});
    const saveFile = vi.fn();
    const long = Array.from({ length: 3_000 }, (_, i) => `- [${i}:00](https://www.youtube.com/watch?v=abc&t=${i * 60}s) Note number ${i}`).join('\n') + '\n';
    const api = (async () => ({ markdown: long, filename: 'Long.md' })) as ApiCall;
    const model = createLibraryModel({ api, clipboard, saveFile, newConferenceId: () => CONF });
    const root = document.createElement('div');
    await act(() => model.openExport({ kind: 'conference', conferenceId: CONF, day: null, name: 'Long' }));
    render(<ExportPanel model={model} />, root);
    const shown = root.querySelector('textarea')!;
    expect(long.length).toBeGreaterThan(PREVIEW_CHARS);
    expect(shown.value.length).toBeLessThanOrEqual(PREVIEW_CHARS);
    expect(long.startsWith(shown.value) && shown.value.endsWith('\n')).toBe(true);
    expect(root.querySelector(`#${shown.getAttribute('aria-describedby')}`)!.textContent).toBe(
      `Shown: the first ${Math.round(shown.value.length / 1024)} KB of ${Math.round(long.length / 1024)} KB. Copy and Download take all of it.`,
    );
    await act(() => model.exporter.copy());
    model.exporter.download();
    expect(clipboard).toHaveBeenCalledWith(long);
    expect(saveFile).toHaveBeenCalledWith('Long.md', long, 'text/markdown');
    render(null, root);
  });

  it('shows a short export whole, with no word about a cut', async () => {
    const api = (async () => ({ markdown: '# Short\n', filename: 'Short.md' })) as ApiCall;
    const model = createLibraryModel({ api, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => CONF });
    const root = document.createElement('div');
    await act(() => model.openExport({ kind: 'conference', conferenceId: CONF, day: null, name: 'Short' }));
    render(<ExportPanel model={model} />, root);
    expect([root.querySelector('textarea')!.value, root.querySelector('textarea')!.hasAttribute('aria-describedby'), root.querySelector('.hint')]).toEqual(['# Short\n', false, null]);
    render(null, root);
  });
});

describe('a talk’s export panel', () => {
  it('offers the talk in the open formats next to its Markdown, and saves the file the background made', async () => {
    const saveFile = vi.fn();
    const api = (async (type: string, payload: { talkId?: string }) => {
      if (type === 'export.talk') return { markdown: '# When Containers Attack\n', filename: 'When Containers Attack.md' };
      if (type === 'export.talkVtt') return { text: `WEBVTT for ${payload.talkId}\n`, filename: 'When Containers Attack.vtt' };
      throw new Error(`unexpected ${type}`);
    }) as ApiCall;
    const model = createLibraryModel({ api, clipboard: async () => {}, saveFile, newConferenceId: () => CONF });
    const root = document.createElement('div');
    await act(() => model.openExport({ kind: 'talk', talkId: TALK, name: 'When Containers Attack' }));
    render(<ExportPanel model={model} />, root);
    expect(buttons(root)).toEqual(['Copy Markdown', 'Download Markdown', 'Download write-up', 'Download WebVTT', 'Download Web Annotations', 'Close']);
    const vtt = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Download WebVTT')!;
    await act(async () => {
      vtt.click();
      await vi.waitFor(() => expect(saveFile).toHaveBeenCalled());
    });
    expect(saveFile.mock.calls).toEqual([['When Containers Attack.vtt', `WEBVTT for ${TALK}\n`, 'text/vtt']]);
    expect(model.status.value?.text).toBe('Saved When Containers Attack.vtt.');
    render(null, root);
  });
});

describe('the start of an export', () => {
  it.each([
    ['shorter than the limit: whole', 'a\nb\n', 10, { text: 'a\nb\n' }],
    ['exactly the limit: whole', 'abcd\n', 5, { text: 'abcd\n' }],
    ['longer: cut after the last whole line', 'ab\ncd\nef\n', 7, { text: 'ab\ncd\n', of: 9 }],
    ['one long line: cut at the limit', 'abcdefgh', 4, { text: 'abcd', of: 8 }],
  ])('%s', (_, markdown, max, expected) => {
    expect(previewOf(markdown, max)).toEqual(expected);
  });

  it.each([
    [100, '1 KB'],
    [50_000, '49 KB'],
    [2_936_000, '2.8 MB'],
  ])('%s characters read as %s', (chars, text) => {
    expect(sizeText(chars)).toBe(text);
  });
});

