// A row's select holds only its choice until it is reached: the others come on focus or a press.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceSelect, type Choice } from '@/components/library/ChoiceSelect';

const DAYS: Choice[] = [{ value: '', label: 'No day' }, { value: '1', label: 'Day 1' }, { value: '2', label: 'Day 2' }];

function shown(onChange = vi.fn(), choices = vi.fn(() => DAYS)) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ChoiceSelect id="day-of-x" label="Day for: Talk" current={DAYS[2]!} choices={choices} onChange={onChange} />, root));
  const select = root.querySelector('select')!;
  const options = () => [...select.options].map((o) => [o.value, o.textContent, o.selected]);
  return { root, select, options, onChange, choices };
}

describe('a choice select in a talk row', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('holds only the chosen option, named, until it is focused; then every choice, the chosen one still selected', () => {
    const { select, options, choices } = shown();
    expect(select.getAttribute('aria-label')).toBe('Day for: Talk');
    expect(options()).toEqual([['2', 'Day 2', true]]);
    expect(choices).not.toHaveBeenCalled();
    act(() => void select.dispatchEvent(new FocusEvent('focus')));
    expect(options()).toEqual([['', 'No day', false], ['1', 'Day 1', false], ['2', 'Day 2', true]]);
    expect(select.value).toBe('2');
  });

  it('makes them on a press too (the browser opens its list after it), and reports the choice made', () => {
    const { select, options, onChange } = shown();
    act(() => void select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    expect(options().map(([v]) => v)).toEqual(['', '1', '2']);
    select.value = '1';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('1');
  });
});
