import { describe, expect, it } from 'vitest';
import { groupLibrary, placeOf } from '@/utils/library/group';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Talk } from '@/utils/model/types';
import { aConference, aTalk, CONF_1 } from '../model/records';

const CONF_2 = 'c0f00000-0000-4000-8000-000000000002' as ConferenceId;
const GONE = 'c0f00000-0000-4000-8000-000000000009' as ConferenceId;
const t = (v: string, over: Partial<Talk> = {}, notes = 1) => ({ talk: aTalk({ id: `youtube:${v}` as TalkId, videoId: v, title: v, ...over }), notes });

describe('grouping the library', () => {
  const conferences = [
    aConference({ id: CONF_1, name: 'Old', startDate: '2016-08-31', days: [{ number: 1 }, { number: 2, theme: 'Containers' }] }),
    aConference({ id: CONF_2, name: 'Undated', startDate: undefined, days: [] }),
    aConference({ id: 'c0f00000-0000-4000-8000-000000000003' as ConferenceId, name: 'New', startDate: '2024-01-01', days: [] }),
  ];
  const talks = [
    t('late', { conferenceId: CONF_1, day: 2, order: 1 }, 3),
    t('early', { conferenceId: CONF_1, day: 2, order: 0 }, 2),
    t('unlisted-day', { conferenceId: CONF_1, day: 5 }),
    t('no-day', { conferenceId: CONF_1 }),
    t('orphan', { conferenceId: GONE, createdAt: 5 }),
    t('loose', { createdAt: 9 }),
  ];
  const groups = groupLibrary(conferences, talks);

  it('orders conferences newest first, undated last', () => {
    expect(groups.conferences.map((g) => g.conference.name)).toEqual(['New', 'Old', 'Undated']);
  });

  it('lists every listed day, days only talks name, then the talks of no day, each in programme order', () => {
    const old = groups.conferences[1]!;
    expect(old.days.map((d) => [d.day, d.theme, d.talks.map((x) => x.talk.title)])).toEqual([
      [1, undefined, []], [2, 'Containers', ['early', 'late']], [5, undefined, ['unlisted-day']], [null, undefined, ['no-day']],
    ]);
    expect([old.talks, old.notes]).toEqual([4, 7]);
  });

  it('puts talks of no conference, or of a deleted one, apart, newest first', () => {
    expect(groups.unassigned.map((x) => x.talk.title)).toEqual(['loose', 'orphan']);
  });

  it('finds where a talk sits', () => {
    const at = placeOf(groups, 'youtube:late' as TalkId);
    expect([at?.group.conference.name, at?.day.day, at?.index]).toEqual(['Old', 2, 1]);
    expect(placeOf(groups, 'youtube:loose' as TalkId)).toBeNull();
  });
});
