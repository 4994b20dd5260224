// "Is this …?" in the sidebar: the entries offered, a choice filing the talk, its details shown.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ProgrammeEntry } from '@/components/sidebar/ProgrammeEntry';
import type { TalkId } from '@/utils/model/ids';
import { createSidebarModel } from '@/utils/sidebar/model';
import { scheduleFixture, scheduleProgramme } from '../../formats/schedule/fixture';
import { loopback } from '../../background/loopback';

const videoId = 'kkkkkkkkkkk';
const url = `https://www.youtube.com/watch?v=${videoId}`;

describe('the programme entry in the sidebar', () => {
  it('offers the best entries, and shows the chosen one’s details with a way to unlink it', async () => {
    const bg = await loopback();
    await bg.api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
    const model = createSidebarModel({ api: bg.api, clipboard: vi.fn(async () => {}), newId: vi.fn(), draftDelay: 0 });
    await model.showTalk({ platform: 'youtube', videoId, talkId: `youtube:${videoId}` as TalkId, url }, { platform: 'youtube', videoId, url, title: 'Containers', speakers: [] });
    await vi.waitFor(() => expect(model.programme.lookup.value?.state).toBe('ask'));
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ProgrammeEntry model={model} />, root));
    const section = root.querySelector('section')!;
    expect(section.getAttribute('aria-label')).toBe('Is this …?');
    const choices = [...section.querySelectorAll<HTMLButtonElement>('button.entry-choice')];
    expect(choices.map((b) => b.textContent)).toEqual(['When Containers Attack – Anne Currie · Day 1 · Fri 27 Dec · 14:00 · Saal GLITCH']);
    await act(async () => choices[0]!.click());
    await vi.waitFor(() => expect(model.programme.lookup.value?.state).toBe('filed'));
    act(() => render(<ProgrammeEntry model={model} />, root));
    expect(root.querySelector('section')!.getAttribute('aria-label')).toBe('Programme entry');
    expect(root.querySelector('p')!.textContent).toBe('38th Chaos Communication Congress: When Containers Attack – Anne Currie · Day 1 · Fri 27 Dec · 14:00 · Saal GLITCH · Security');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Choose another', 'Unlink']);
    root.remove();
  });
});
