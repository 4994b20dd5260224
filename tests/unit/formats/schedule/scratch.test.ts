import { it } from 'vitest';
import { parseSchedule } from '../../../../utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';
it('prints', () => {
  for (const f of ['pretalx.json', 'frab.json', 'fosdem.xml', 'pretalx.xml', 'winterdays.ics', 'schedule2.json']) {
    try { console.log(f, JSON.stringify(parseSchedule(scheduleFixture(f)), null, 1)); } catch (e) { console.log(f, 'ERR', e); }
  }
});
