import { describe, expect, it } from 'vitest';
import { detectSchedule } from '@/utils/formats/schedule/detect';
import { scheduleFixture } from './fixture';

describe('telling a schedule\'s format from its content', () => {
  it.each([
    ['pretalx.json', 'c3voc-json'],
    ['frab.json', 'c3voc-json'],
    ['schedule2.json', 'schedule2-json'],
    ['fosdem.xml', 'frab-xml'],
    ['pretalx.xml', 'frab-xml'],
    ['winterdays.ics', 'icalendar'],
  ])('reads %s as %s', (file, format) => {
    expect(detectSchedule(scheduleFixture(file)).format).toBe(format);
  });

  it('looks past a byte-order mark, leading blank lines and comments, whatever the file was called', () => {
    expect(detectSchedule(`\uFEFF\n\n${scheduleFixture('frab.json')}`).format).toBe('c3voc-json');
    expect(detectSchedule(`\uFEFF  ${scheduleFixture('winterdays.ics')}`).format).toBe('icalendar');
    expect(detectSchedule('<!-- exported by pentabarf -->\n<schedule></schedule>').format).toBe('frab-xml');
  });

  it('reads schedule2 by its event list even without a $schema', () => {
    const doc = JSON.parse(scheduleFixture('schedule2.json'));
    delete doc.$schema;
    expect(detectSchedule(JSON.stringify(doc)).format).toBe('schedule2-json');
  });
});
