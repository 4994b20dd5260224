// A conference's programme in the library: a small one unfolded, a congress's folded until asked.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgrammeList, UNFOLDED_UP_TO } from '@/components/library/ProgrammeList';
import type { ListedDay } from '@/utils/library/programmes';
import type { ProgrammeEntry } from '@/utils/model/programme';

const entry = (i: number): ProgrammeEntry => ({
  guid: null, id: `e${i}`, slug: null, title: `Talk ${i}`, subtitle: null, speakers: [{ name: `Speaker ${i}`, biography: null, organisation: null }], track: 'Security', room: 'Saal 1',
  start: '2024-12-27T10:00:00.000Z', timeZone: 'Europe/Berlin', duration: 1800, abstract: null, description: null, links: [], language: null,
  type: null, recordings: [], url: null, cancelled: false, dayIndex: 1,
});

function shown(entries: number) {
  const days: ListedDay[] = [{ index: 1, heading: 'Day 1', entries: Array.from({ length: Math.min(entries, 2) }, (_, i) => ({ entry: entry(i), time: '11:00', notes: i, opened: false })) }];
  const list = vi.fn(() => days);
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ProgrammeList name="38C3" entries={entries} list={list} />, root));
  const items = () => [...root.querySelectorAll('li')].map((li) => li.textContent);
  return { root, list, items, details: root.querySelector('details')! };
}

describe('a programme in the library', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('opens unfolded with its entries when it is small', () => {
    const { details, items, root } = shown(UNFOLDED_UP_TO);
    expect([details.open, root.querySelector('summary')!.textContent]).toEqual([true, 'Programme of 38C3']);
    expect(items()).toEqual(['11:00 Talk 0 · Speaker 0 · Saal 1 · Security', '11:00 Talk 1 · Speaker 1 · Saal 1 · Security 1 note']);
  });

  it('opens folded with its size when it is large, and lists its entries only once unfolded', () => {
    const { details, items, list, root } = shown(UNFOLDED_UP_TO + 1);
    expect([details.open, root.querySelector('summary')!.textContent, items(), list.mock.calls.length]).toEqual([false, `Programme of 38C3 (${UNFOLDED_UP_TO + 1} talks)`, [], 0]);
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect([root.querySelector('summary')!.textContent, items().length, list.mock.calls.length > 0]).toEqual(['Programme of 38C3', 2, true]);
  });
});
