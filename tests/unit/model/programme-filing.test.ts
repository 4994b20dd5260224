import { describe, expect, it } from 'vitest';
import type { ConferenceId } from '@/utils/model/ids';
import type { ProgrammeEntry } from '@/utils/model/programme';
import { filingPatch } from '@/utils/model/programme-filing';
import type { TalkMeta } from '@/utils/model/types';
import { aTalk, CONF_1 } from './records';

const CONF = 'c0ffee00-0000-4000-8000-000000000001' as ConferenceId;
const meta: TalkMeta = { platform: 'youtube', videoId: 'aaaaaaaaaaa', url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa', title: 'Memory safety – Jana N. | HackTalk', speakers: [] };
const entry = {
  title: 'The State of Memory Safety', dayIndex: 2,
  speakers: [{ name: 'Jana Nováková', biography: 'Compilers.', organisation: null }, { name: 'Ola Nordmann', biography: null, organisation: 'Acme' }],
} as ProgrammeEntry;

describe('filing a talk under its programme entry', () => {
  it('takes the schedule’s title and speakers where the talk still shows the page’s', () => {
    const talk = aTalk({ title: meta.title, speakers: [] });
    expect(filingPatch(talk, meta, CONF, entry, 3)).toEqual({
      conferenceId: CONF, day: 2, order: 3, title: 'The State of Memory Safety',
      speakers: [{ name: 'Jana Nováková' }, { name: 'Ola Nordmann', org: 'Acme' }],
    });
  });

  it('keeps a title and speakers the person edited', () => {
    const talk = aTalk({ title: 'My own title', speakers: [{ name: 'J. N.' }] });
    expect(filingPatch(talk, meta, CONF, { ...entry, dayIndex: null }, 0)).toEqual({ conferenceId: CONF, order: 0 });
  });

  it('keeps title and speakers when what the page said is not known', () => {
    expect(filingPatch(aTalk({ title: meta.title, speakers: [] }), null, CONF, entry, 1)).toEqual({ conferenceId: CONF, day: 2, order: 1 });
  });

  it('leaves a talk already in a conference alone', () => {
    expect(filingPatch(aTalk({ title: meta.title, conferenceId: CONF_1 }), meta, CONF, entry, 0)).toBeNull();
  });
});
