// A talk row's choice is a button until it is reached: it becomes the select, focused, with
// every choice, when it takes the focus or is pressed. The row listens for its choices.
import { signal } from '@preact/signals';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TalkRow } from '@/components/library/TalkRow';
import type { LibraryModel } from '@/utils/library/model';
import type { ConferenceId } from '@/utils/model/ids';
import type { Conference } from '@/utils/model/types';
import { aConference, aTalk, CONF_1, TALK_1 } from '../../model/records';

const OTHER = 'c0f00000-0000-4000-8000-000000000002' as ConferenceId;

function shown() {
  const conference: Conference = aConference({ name: 'Software Circus', days: [{ number: 1, date: '2016-08-31' }, { number: 2, date: '2016-09-01' }] });
  const conferences = signal<Conference[]>([conference]);
  const assign = vi.fn(async () => {});
  const model = { conferences, assign } as unknown as LibraryModel;
  const root = document.createElement('div');
  document.body.append(root);
  const item = { talk: aTalk({ title: 'Talk', conferenceId: CONF_1, day: 2 }), notes: 1 };
  act(() => render(<ul><TalkRow model={model} item={item} conference={conference} index={0} count={1} /></ul>, root));
  const day = () => root.querySelector<HTMLElement>(`#day-of-${CSS.escape(TALK_1)}`)!;
  const place = () => root.querySelector<HTMLElement>(`#conference-of-${CSS.escape(TALK_1)}`)!;
  const options = (el: HTMLElement) => [...(el as HTMLSelectElement).options].map((o) => [o.value, o.textContent, o.selected]);
  return { root, day, place, options, assign, conferences };
}

describe('a choice in a talk row', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('is a named combobox showing the choice and holding its value, with no select made', () => {
    const { root, day, place } = shown();
    expect([day().tagName, day().getAttribute('role'), day().getAttribute('aria-label'), (day() as HTMLButtonElement).value, day().textContent]).toEqual(['BUTTON', 'combobox', 'Day for: Talk', '2', 'Day 2']);
    expect(day().querySelector('[aria-hidden=true]')?.textContent).toBe('Day 2');
    expect([place().tagName, place().getAttribute('aria-label'), (place() as HTMLButtonElement).value, place().textContent]).toEqual(['BUTTON', 'Conference for: Talk', CONF_1, 'Software Circus']);
    expect(root.querySelector('select')).toBeNull();
    // Made 430 times at opening: the combobox's own attributes and no more.
    expect([...day().attributes].map((a) => a.name).sort()).toEqual(['aria-expanded', 'aria-label', 'data-choice', 'id', 'role', 'value']);
  });

  it('becomes the select when focused, taking the focus, every choice there and the chosen one selected; the other stays a button', () => {
    const { root, day, place, options } = shown();
    act(() => day().focus());
    expect([day().tagName, day().getAttribute('aria-label'), (day() as HTMLSelectElement).value]).toEqual(['SELECT', 'Day for: Talk', '2']);
    expect(document.activeElement).toBe(day());
    expect(options(day())).toEqual([['', 'No day', false], ['1', 'Day 1', false], ['2', 'Day 2', true]]);
    expect([place().tagName, root.querySelectorAll('select').length]).toEqual(['BUTTON', 1]);
  });

  it('becomes the select on a press too, and assigns the talk to the choice made', () => {
    const { place, assign } = shown();
    act(() => void place().click());
    expect([place().tagName, document.activeElement]).toEqual(['SELECT', place()]);
    (place() as HTMLSelectElement).value = '';
    act(() => void place().dispatchEvent(new Event('change', { bubbles: true })));
    expect(assign).toHaveBeenCalledExactlyOnceWith(TALK_1, null, null);
  });

  it('lists the choices as they are on each visit', () => {
    const { place, options, conferences } = shown();
    act(() => place().focus());
    act(() => place().blur());
    conferences.value = [...conferences.value, aConference({ id: OTHER, name: 'Rust Fest' })];
    act(() => place().focus());
    expect(options(place())).toEqual([['', 'No conference', false], [CONF_1, 'Software Circus', true], [OTHER, 'Rust Fest', false]]);
  });
});
