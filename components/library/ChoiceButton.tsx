import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Choice {
  value: string;
  label: string;
}

/** How the select was asked for: by the focus alone, or by a press that should open its list. */
export type Made = 'focus' | 'press';

export interface ChoiceProps {
  id: string;
  label: string;
  current: Choice;
  choices: () => readonly Choice[];
  onChange: (value: string) => void;
}

/**
 * A talk row's choice (its conference, its day) until it is reached: a button showing the
 * current choice, which the row turns into the real `<select>` (ChoiceSelect) the moment it
 * takes the focus (Tab, a click, a script) or is pressed. In Chromium each `<select>` and
 * `<option>` builds a shadow tree of its own, and a library of 215 talks spent most of its
 * opening on 430 selects and 1,430 options nobody had reached yet. The button carries the
 * select's role, name and value, so to a screen reader, a keyboard or a test it is the same
 * combobox before and after. A plain element with no listener of its own: the row listens for
 * all its controls (`data-choice` names which choice), so 215 rows open with no component and
 * no listener per choice.
 */
export function choiceButton(field: string, { id, label, current }: Omit<ChoiceProps, 'choices' | 'onChange'>) {
  return (
    // As few attributes as the combobox needs (each costs at opening, 430 times): no type, as no
    // row is in a form; no aria-haspopup, listbox being a combobox's own; styled by data-choice.
    <button id={id} data-choice={field} role="combobox" aria-label={label} aria-expanded="false" value={current.value}>
      {/* Hidden from names read from content, as a select's choice is: the row's name stays its talk's. */}
      <span aria-hidden="true">
        {current.label}
      </span>
    </button>
  );
}

/** Which of a row's choice buttons, if any, `target` is in. */
export function choiceOf(target: EventTarget | null): string | null {
  const button = target instanceof Element ? target.closest<HTMLElement>('button[data-choice]') : null;
  return button?.dataset['choice'] ?? null;
}

/** The choice once reached: the select with every choice, taking the focus (and opening its list on a press). */
export function ChoiceSelect(props: ChoiceProps & { made: Made }) {
  const [, setVisits] = useState(0);
  const select = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    const el = select.current;
    if (!el) return;
    // The button that had the focus is gone: the select takes it in the same task, before
    // the next key arrives.
    el.focus();
    if (props.made === 'press') openPicker(el);
  }, [props.made]);
  return (
    // Each visit lists the choices as they are then (a conference added meanwhile): the row is
    // not drawn again when only they change.
    <select ref={select} id={props.id} aria-label={props.label} value={props.current.value} onChange={(e) => props.onChange(e.currentTarget.value)} onFocus={() => setVisits((n) => n + 1)}>
      {props.choices().map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** Opens the select's list as the press would have on a select; browsers without it leave it focused. */
function openPicker(el: HTMLSelectElement): void {
  try {
    el.showPicker();
  } catch {
    // No user activation left, or no picker for selects in this browser: the focus is enough.
  }
}
