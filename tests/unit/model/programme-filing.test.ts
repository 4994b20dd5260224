import { describe, expect, it } from 'vitest';
import type { ConferenceId } from '@/utils/model/ids';
import type { ProgrammeEntry } from '@/utils/model/programme';
import { filingPatch, unlinked, type EntryPlace } from '@/utils/model/programme-filing';
import type { TalkMeta } from '@/utils/model/types';
import { aTalk, CONF_1 } from './records';

const CONF = 'c0ffee00-0000-4000-8000-000000000001' as ConferenceId;
const KEY = `${CONF}|guid-1`;
const meta: TalkMeta = { platform: 'youtube', videoId: 'aaaaaaaaaaa', url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', title: 'Memory safety – Jana N. | HackTalk', speakers: [] };
const entry = {
  title: 'The State of Memory Safety', dayIndex: 2,
  speakers: [{ name: 'Jana Nováková', biography: 'Compilers.', organisation: null }, { name: 'Ola Nordmann', biography: null, organisation: 'Acme' }],
} as ProgrammeEntry;
const place = (e: ProgrammeEntry, order: number, key = KEY): EntryPlace => ({ key, conferenceId: CONF, entry: e, order });

describe('filing a talk under its programme entry', () => {
  it('takes the entry’s key, and the schedule’s title and speakers where the talk still shows the page’s', () => {
    const talk = aTalk({ title: meta.title, speakers: [] });
    expect(filingPatch(talk, meta, place(entry, 3))).toEqual({
      conferenceId: CONF, day: 2, order: 3, programmeEntry: KEY, title: 'The State of Memory Safety',
      speakers: [{ name: 'Jana Nováková' }, { name: 'Ola Nordmann', org: 'Acme' }],
    });
  });

  it('keeps a title and speakers the person edited', () => {
    const talk = aTalk({ title: 'My own title', speakers: [{ name: 'J. N.' }] });
    expect(filingPatch(talk, meta, place({ ...entry, dayIndex: null }, 0))).toEqual({ conferenceId: CONF, order: 0, programmeEntry: KEY });
  });

  it('keeps title and speakers when what the page said is not known', () => {
    expect(filingPatch(aTalk({ title: meta.title, speakers: [] }), null, place(entry, 1))).toEqual({ conferenceId: CONF, day: 2, order: 1, programmeEntry: KEY });
  });

  it('leaves a talk already in a conference, or unlinked by the person, alone', () => {
    expect(filingPatch(aTalk({ title: meta.title, conferenceId: CONF_1 }), meta, place(entry, 0))).toBeNull();
    expect(filingPatch(aTalk({ title: meta.title, programmeEntry: null }), meta, place(entry, 0))).toBeNull();
  });

  it('files a talk the person chose an entry for, wherever it was, with the entry’s title and speakers', () => {
    const talk = aTalk({ title: 'Another entry’s title', speakers: [{ name: 'Someone' }], conferenceId: CONF_1, programmeEntry: null });
    expect(filingPatch(talk, meta, place(entry, 4), true)).toEqual({
      conferenceId: CONF, day: 2, order: 4, programmeEntry: KEY, title: 'The State of Memory Safety',
      speakers: [{ name: 'Jana Nováková' }, { name: 'Ola Nordmann', org: 'Acme' }],
    });
  });

  it('leaves out a key too long to store', () => {
    expect(filingPatch(aTalk({ title: 'x' }), null, place(entry, 0, `${CONF}|${'g'.repeat(1000)}`))).toEqual({ conferenceId: CONF, day: 2, order: 0 });
  });
});

describe('unlinking a talk from the programme', () => {
  it('takes it out of the conference its entry put it in, and marks it never to be filed again', () => {
    const talk = aTalk({ conferenceId: CONF, day: 2, order: 3, programmeEntry: KEY });
    const out = unlinked(talk, 99);
    expect(out.programmeEntry).toBeNull();
    expect(out.updatedAt).toBe(99);
    expect('conferenceId' in out || 'day' in out || 'order' in out).toBe(false);
  });

  it('keeps a conference the person put it in', () => {
    const talk = aTalk({ conferenceId: CONF_1, day: 1, order: 0, programmeEntry: KEY });
    expect(unlinked(talk, 5)).toMatchObject({ conferenceId: CONF_1, day: 1, order: 0, programmeEntry: null });
  });
});
