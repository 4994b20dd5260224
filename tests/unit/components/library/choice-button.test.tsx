// A talk row's choice is a button until it is reached: it becomes the select, focused, with
// every choice, when it takes the focus or is pressed.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceButton, type Choice } from '@/components/library/ChoiceButton';

const DAYS: Choice[] = [{ value: '', label: 'No day' }, { value: '1', label: 'Day 1' }, { value: '2', label: 'Day 2' }];

function shown(onChange = vi.fn(), choices = vi.fn(() => DAYS)) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ChoiceButton id="day-of-x" label="Day for: Talk" current={DAYS[2]!} choices={choices} onChange={onChange} />, root));
  const options = () => [...root.querySelector('select')!.options].map((o) => [o.value, o.textContent, o.selected]);
  return { root, options, onChange, choices };
}

describe('a choice button in a talk row', () => {
  afterEach(() => void (document.body.innerHTML = ''));

  it('is a named combobox showing the choice and holding its value, with no select made', () => {
    const { root, choices } = shown();
    const button = root.querySelector('button')!;
    expect([button.id, button.getAttribute('role'), button.getAttribute('aria-label'), button.value, button.textContent]).toEqual(['day-of-x', 'combobox', 'Day for: Talk', '2', 'Day 2']);
    expect(button.querySelector('[aria-hidden=true]')?.textContent).toBe('Day 2');
    expect(root.querySelector('select')).toBeNull();
    expect(choices).not.toHaveBeenCalled();
  });

  it('becomes the select when focused, taking the focus, every choice there and the chosen one selected', () => {
    const { root, options } = shown();
    act(() => root.querySelector('button')!.focus());
    const select = root.querySelector('select')!;
    expect(root.querySelector('button')).toBeNull();
    expect([select.id, select.getAttribute('aria-label'), select.value]).toEqual(['day-of-x', 'Day for: Talk', '2']);
    expect(document.activeElement).toBe(select);
    expect(options()).toEqual([['', 'No day', false], ['1', 'Day 1', false], ['2', 'Day 2', true]]);
  });

  it('becomes the select on a press too, and reports the choice made', () => {
    const { root, onChange } = shown();
    act(() => void root.querySelector('button')!.click());
    const select = root.querySelector('select')!;
    expect(document.activeElement).toBe(select);
    select.value = '1';
    act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    expect(onChange).toHaveBeenCalledExactlyOnceWith('1');
  });

  it('lists the choices as they are on each visit', () => {
    let choices = DAYS;
    const { root, options } = shown(vi.fn(), vi.fn(() => choices));
    act(() => root.querySelector('button')!.focus());
    act(() => root.querySelector('select')!.blur());
    choices = [...DAYS, { value: '3', label: 'Day 3' }];
    act(() => root.querySelector('select')!.focus());
    expect(options()).toEqual([['', 'No day', false], ['1', 'Day 1', false], ['2', 'Day 2', true], ['3', 'Day 3', false]]);
  });
});
