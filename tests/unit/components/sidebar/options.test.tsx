// The Options panel: drawn only once opened, and where a person chooses the sidebar on every video.
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '@/components/sidebar/Options';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/sidebar/deps';
import type { SidebarModel } from '@/utils/sidebar/model';

describe('the Options panel', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('draws its fields only once opened, and sets "every video" from its box', async () => {
    const settings = signal<Settings>(DEFAULT_SETTINGS);
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<Options model={{ settings } as unknown as SidebarModel} />, root));
    expect(root.querySelectorAll('select, input').length).toBe(0);

    const details = root.querySelector('details')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect([...root.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual([
      'Rewind 0 s2 s3 s5 s10 s',
      'Pause while typing',
      'Open the sidebar on every video',
    ]);
    const every = root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[1]!;
    expect(every.checked).toBe(false);
    act(() => every.click());
    expect(settings.value).toEqual({ ...DEFAULT_SETTINGS, everyVideo: true });
  });
});
