import { describe, expect, it } from 'vitest';
import { conferenceDraft, conferenceInput, nextDayDate, talkDraft, talkPatch, type ConferenceDraft } from '@/utils/library/forms';
import { aConference, aTalk, CONF_1 } from '../model/records';

const blank = conferenceDraft(null);

describe('the conference form', () => {
  it('turns a stored conference into a draft and back without loss', () => {
    const { createdAt: _c, updatedAt: _u, ...stored } = aConference({ intro: 'My notes.', closing: 'Thanks!', days: [{ number: 1, date: '2016-08-31', theme: 'Workshops', intro: 'The workshop day.' }, { number: 2 }] });
    expect(conferenceInput(conferenceDraft(aConference(stored)), CONF_1)).toEqual(stored);
  });

  it('trims what was typed and leaves out empty fields, numbering days by their place', () => {
    const draft: ConferenceDraft = { ...blank, name: '  Rust Nation ', venue: ' ', lang: 'da', days: [{ date: '', theme: ' Async ', intro: '  ' }, { date: '2024-03-28', theme: '', intro: ' First day.\n\nOf two. ' }] };
    expect(conferenceInput(draft, CONF_1)).toEqual({
      id: CONF_1, name: 'Rust Nation', lang: 'da', days: [{ number: 1, theme: 'Async' }, { number: 2, date: '2024-03-28', intro: 'First day.\n\nOf two.' }],
    });
  });

  it.each([
    [{ ...blank, name: '' }, 'A conference needs a name.'],
    [{ ...blank, name: 'X', startDate: '2016-09-02', endDate: '2016-08-31' }, 'The end date is before the start date.'],
  ])('refuses %j', (draft, error) => {
    expect(conferenceInput(draft, CONF_1)).toEqual({ error });
  });

  it.each([
    [{ ...blank, startDate: '2016-08-31' }, '2016-08-31'],
    [{ ...blank, days: [{ date: '2016-08-31', theme: '', intro: '' }] }, '2016-09-01'],
    [{ ...blank, days: [{ date: '2016-12-31', theme: '', intro: '' }] }, '2017-01-01'],
    [{ ...blank, startDate: '2016-08-31', days: [{ date: '', theme: '', intro: '' }] }, ''],
  ])('suggests the next day’s date for %j', (draft, date) => {
    expect(nextDayDate(draft)).toBe(date);
  });
});

describe('the talk details form', () => {
  it('splits handles, drops speakers without a name and links without an address', () => {
    const draft = {
      ...talkDraft(aTalk()),
      title: ' When Containers Attack ',
      speakers: [{ name: 'Anne Currie', role: '', org: 'MicroScaling', handles: '@a  @b,@c' }, { name: ' ', role: 'x', org: '', handles: '' }],
      links: [{ label: '', url: 'https://speakerdeck.com/x' }, { label: 'Empty', url: ' ' }],
      summary: ' What it was about.\n\nIn two paragraphs. ',
      thoughts: ' Good. ',
      verdict: ' 10/10 talk would recommend. ',
    };
    expect(talkPatch(draft)).toEqual({
      title: 'When Containers Attack',
      speakers: [{ name: 'Anne Currie', org: 'MicroScaling', handles: ['@a', '@b', '@c'] }],
      links: [{ label: 'https://speakerdeck.com/x', url: 'https://speakerdeck.com/x' }],
      summary: 'What it was about.\n\nIn two paragraphs.',
      thoughts: 'Good.',
      verdict: '10/10 talk would recommend.',
    });
  });

  it('round-trips a stored talk’s details', () => {
    const talk = aTalk({ summary: 'About', thoughts: 'Mine', verdict: 'Go see it' });
    expect(talkPatch(talkDraft(talk))).toEqual({ title: talk.title, speakers: talk.speakers, links: talk.links, summary: 'About', thoughts: 'Mine', verdict: 'Go see it' });
  });

  it('refuses an empty title', () => {
    expect(talkPatch({ ...talkDraft(aTalk()), title: '  ' })).toEqual({ error: 'A talk needs a title.' });
  });
});
