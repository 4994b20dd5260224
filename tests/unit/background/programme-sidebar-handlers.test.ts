import { describe, expect, it } from 'vitest';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import { scheduleFixture, scheduleProgramme } from '../formats/schedule/fixture';
import { loopback } from './loopback';

const youtube = (title: string, speakers: string[] = []): TalkMeta => ({
  platform: 'youtube', videoId: 'kkkkkkkkkkk', url: 'https://www.youtube.com/watch?v=kkkkkkkkkkk', title, speakers: speakers.map((name) => ({ name })),
});
const TALK = 'youtube:kkkkkkkkkkk' as TalkId;
const note = { id: '00000000-0000-4000-8000-000000000001' as NoteId, at: 61, kind: 'note' as const, text: 'Every opcode' };
const GUID = '6f3c2a10-0a3e-5b7a-9d1e-38c3000000a';

async function withProgramme() {
  const bg = await loopback();
  const { conferenceId } = await bg.api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('38c3.json')) });
  return { ...bg, conferenceId, key: (n: number) => `${conferenceId}|${GUID}${n}` };
}

describe('the sidebar’s programme requests', () => {
  it('say which entry a confidently matched recording is, on the conference’s clock, and mark it opened', async () => {
    const { api, conferenceId, key } = await withProgramme();
    const meta = youtube('Rust in the Kernel, Two Years On – Miguel Ojeda | 38C3');
    expect(await api('programme.match', { talkId: TALK, meta })).toEqual({
      state: 'matched',
      entry: {
        key: key(2), conference: '38th Chaos Communication Congress', title: 'Rust in the Kernel, Two Years On', subtitle: null,
        speakers: ['Miguel Ojeda'], when: 'Day 1 · Fri 27 Dec · 16:00', room: 'Saal GLITCH', track: 'Hardware & Making',
        abstract: expect.any(String), cancelled: false,
      },
    });
    expect((await api('programme.get', { conferenceId })).opened).toEqual([key(2)]);
    // Importing the schedule again keeps it, and changes nothing else.
    expect(await api('programme.import', { conferenceId, programme: scheduleProgramme(scheduleFixture('38c3.json')) })).toMatchObject({ added: 0, updated: 0, cancelled: 0 });
    expect((await api('programme.get', { conferenceId })).opened).toEqual([key(2)]);
  });

  it('offer the best entries when none is sure, file the talk under the one chosen, and then say it is filed', async () => {
    const { api, events, conferenceId, key } = await withProgramme();
    const meta = youtube('Containers');
    const asked = await api('programme.match', { talkId: TALK, meta });
    expect(asked.state).toBe('ask');
    const candidates = asked.state === 'ask' ? asked.candidates : [];
    expect(candidates.map((c) => [c.title, c.when])).toEqual([['When Containers Attack', 'Day 1 · Fri 27 Dec · 14:00']]);
    expect((await api('programme.get', { conferenceId })).opened).toEqual([]);

    const chosen = await api('programme.choose', { talkId: TALK, meta, key: key(4) });
    expect(chosen.talk).toMatchObject({ id: TALK, conferenceId, day: 1, order: 1, programmeEntry: key(4), title: 'When Containers Attack', speakers: [{ name: 'Anne Currie' }] });
    expect(chosen.lookup).toMatchObject({ state: 'filed', entry: { key: key(4), title: 'When Containers Attack' } });
    expect(events.at(-1)).toMatchObject({ event: 'talk.changed', talkId: TALK, talk: { programmeEntry: key(4) } });
    expect(await api('programme.match', { talkId: TALK, meta })).toMatchObject({ state: 'filed', entry: { key: key(4) } });
    expect((await api('programme.get', { conferenceId })).opened).toEqual([key(4)]);
    // A note saved afterwards keeps the choice.
    expect((await api('note.save', { note, meta })).talk).toMatchObject({ programmeEntry: key(4), conferenceId, day: 1 });
  });

  it('unlink a confident match: out of its conference, and never filed again by a note', async () => {
    const { api, conferenceId, key } = await withProgramme();
    const meta = youtube('Rust in the Kernel, Two Years On – Miguel Ojeda | 38C3', ['Miguel Ojeda']);
    const saved = await api('note.save', { note, meta });
    expect(saved.talk).toMatchObject({ conferenceId, programmeEntry: key(2) });
    const talk = await api('programme.unlink', { talkId: TALK, meta });
    expect(talk.programmeEntry).toBeNull();
    expect(talk.conferenceId).toBeUndefined();
    expect(await api('programme.match', { talkId: TALK, meta })).toEqual({ state: 'unlinked' });
    expect((await api('note.save', { note: { ...note, text: 'again' }, meta })).talk).toMatchObject({ programmeEntry: null });
    expect((await api('note.save', { note: { ...note, text: 'again' }, meta })).talk.conferenceId).toBeUndefined();
  });

  it('match against a programme imported again (only that one read again), and against one imported since', async () => {
    const { api, conferenceId } = await withProgramme();
    expect((await api('programme.search', { text: 'containers' })).map((c) => c.title)).toEqual(['When Containers Attack']);
    await api('programme.import', { conferenceId, programme: scheduleProgramme(scheduleFixture('38c3.json').replace('When Containers Attack', 'When Pods Attack')) });
    expect((await api('programme.search', { text: 'attack' })).map((c) => c.title)).toEqual(['When Pods Attack']);
    await api('programme.import', { conferenceId: null, programme: scheduleProgramme(scheduleFixture('rustconf.json')) });
    expect((await api('programme.search', { text: 'rust' })).map((c) => [c.conference, c.title])).toEqual([
      ['38th Chaos Communication Congress', 'Rust in the Kernel, Two Years On'],
      ['RustConf 2024', 'Scaling Rust Teams'],
      ['RustConf 2024', 'Async Rust Without Tears'],
      ['RustConf 2024', 'Scaling Rust Services in Production'],
      ['RustConf 2024', 'Embedded Rust on a Budget'],
    ]);
  });

  it('search every programme’s entries by words of title, speakers and room', async () => {
    const { api } = await withProgramme();
    expect((await api('programme.search', { text: 'glitch' })).map((c) => c.title)).toEqual(['When Containers Attack', 'Rust in the Kernel, Two Years On']);
    expect((await api('programme.search', { text: 'grace illeg' })).map((c) => c.title)).toEqual(['Illegal Instructions in Practice: What CPUs Do']);
    expect(await api('programme.search', { text: '  ' })).toEqual([]);
  });

  it('refuse a recording’s details that are another video’s, and an entry that is not stored', async () => {
    const { api } = await withProgramme();
    await expect(api('programme.match', { talkId: 'youtube:zzzzzzzzzzz' as TalkId, meta: youtube('x') })).rejects.toThrow('another video');
    await expect(api('programme.choose', { talkId: TALK, meta: youtube('x'), key: 'nothing|here' })).rejects.toThrow('no longer stored');
    expect(await api('programme.match', { talkId: TALK, meta: youtube('Gardening on balconies') })).toEqual({ state: 'none' });
  });
});
