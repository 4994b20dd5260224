// The programme the library page reads and sends in `programme.import`: the background's check
// (the backup's programme checks) must keep every field the reader gives, or an import would lose it.
import { describe, expect, it } from 'vitest';
import { parseProgramme } from '@/utils/formats/programme-backup';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

describe('a programme as a message carries it', () => {
  it.each(['38c3.json', 'pretalx.json', 'frab.json', 'schedule2.json', 'rustconf.json', 'fosdem.xml', 'pretalx.xml', 'winterdays.ics'])(
    'passes the check unchanged when read from %s (a structured clone of it too)',
    (file) => {
      const programme = parseSchedule(scheduleFixture(file));
      expect(parseProgramme(structuredClone(programme), 'programme')).toEqual(programme);
    },
  );

  it('drops fields the reader never gives, and names the first field that fails', () => {
    const programme = parseSchedule(scheduleFixture('38c3.json'));
    const extra = { ...programme, evil: 1, entries: programme.entries.map((e) => ({ ...e, openedAt: 5, key: 'x' })) };
    expect(parseProgramme(extra, 'programme')).toEqual(programme);
    const negative = { ...programme, entries: [{ ...programme.entries[0]!, duration: -1 }] };
    expect(() => parseProgramme(negative, 'programme')).toThrow('programme.entries[0].duration: expected a number ≥ 0');
  });
});
