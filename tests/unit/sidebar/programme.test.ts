import { describe, expect, it, vi } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { TalkMeta } from '@/utils/model/types';
import { createSidebarModel } from '@/utils/sidebar/model';
import { scheduleFixture, scheduleProgramme } from '../formats/schedule/fixture';
import { loopback } from '../background/loopback';

const ref = (videoId: string): TalkRef => ({ platform: 'youtube', videoId, talkId: `youtube:${videoId}` as TalkId, url: `https://www.youtube.com/watch?v=${videoId}` });
const meta = (videoId: string, title: string): TalkMeta => ({ platform: 'youtube', videoId, url: `https://www.youtube.com/watch?v=${videoId}`, title, speakers: [] });

async function sidebar() {
  const bg = await loopback();
  const { conferenceId } = await bg.api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
  const model = createSidebarModel({ api: bg.api, clipboard: vi.fn(async () => {}), newId: vi.fn(), draftDelay: 0 });
  return { bg, model, conferenceId };
}

describe('the sidebar’s programme entry', () => {
  it('asks "Is this …?" with the best entries, and files the talk under the one chosen', async () => {
    const { model, conferenceId } = await sidebar();
    await model.showTalk(ref('kkkkkkkkkkk'), meta('kkkkkkkkkkk', 'Containers'));
    await vi.waitFor(() => expect(model.programme.lookup.value?.state).toBe('ask'));
    const asked = model.programme.lookup.value;
    const [first] = asked?.state === 'ask' ? asked.candidates : [];
    expect([first?.title, first?.when]).toEqual(['When Containers Attack', 'Day 1 · Fri 27 Dec · 14:00']);
    await model.programme.choose(first!.key);
    expect(model.programme.lookup.value).toMatchObject({ state: 'filed', entry: { title: 'When Containers Attack' } });
    expect(model.talk.value).toMatchObject({ conferenceId, day: 1, programmeEntry: first!.key });
    expect(model.title.value).toBe('When Containers Attack');
  });

  it('shows a confident match’s details, and unlinks it on request', async () => {
    const { model } = await sidebar();
    await model.showTalk(ref('rrrrrrrrrrr'), meta('rrrrrrrrrrr', 'Rust in the Kernel, Two Years On – Miguel Ojeda | 38C3'));
    await vi.waitFor(() => expect(model.programme.lookup.value).toMatchObject({ state: 'matched', entry: { title: 'Rust in the Kernel, Two Years On', room: 'Saal GLITCH' } }));
    await model.programme.unlink();
    expect(model.programme.lookup.value).toEqual({ state: 'unlinked' });
    expect(model.talk.value?.programmeEntry).toBeNull();
  });

  it('searches for another entry; a new talk shown forgets the last one’s entry', async () => {
    const { model } = await sidebar();
    await model.showTalk(ref('kkkkkkkkkkk'), meta('kkkkkkkkkkk', 'Containers'));
    await vi.waitFor(() => expect(model.programme.lookup.value?.state).toBe('ask'));
    model.programme.openSearch();
    await model.programme.find('ada');
    expect(model.programme.search.value?.found.map((e) => e.title)).toEqual(['Illegal Instructions in Practice: What CPUs Do']);
    await model.programme.choose(model.programme.search.value!.found[0]!.key);
    expect(model.programme.search.value).toBeNull();
    expect(model.programme.lookup.value).toMatchObject({ state: 'filed', entry: { speakers: ['Ada Lovelace', 'Grace Hopper'] } });
    const next = model.showTalk(ref('ggggggggggg'), meta('ggggggggggg', 'Gardening on balconies'));
    expect(model.programme.lookup.value).toBeNull();
    await next;
    await vi.waitFor(() => expect(model.programme.lookup.value).toEqual({ state: 'none' }));
  });
});
