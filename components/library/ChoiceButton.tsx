import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Choice {
  value: string;
  label: string;
}

/** How the select was asked for: by the focus alone, or by a press that should open its list. */
type Made = 'focus' | 'press';

/**
 * A talk row's choice (its conference, its day) drawn as a button showing the current choice,
 * which becomes a real `<select>` with every choice the moment it takes the focus (Tab, a
 * click, a script) or is pressed. In Chromium each `<select>` and `<option>` builds a shadow
 * tree of its own, and a library of 215 talks spent most of its opening on 430 selects and
 * 1,430 options nobody had reached yet. The button carries the select's role, name and value,
 * so to a screen reader, a keyboard or a test it is the same combobox before and after.
 */
export function ChoiceButton(props: { id: string; label: string; current: Choice; choices: () => readonly Choice[]; onChange: (value: string) => void }) {
  const [made, setMade] = useState<Made | null>(null);
  const [, setVisits] = useState(0);
  const pressed = useRef(false);
  const select = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    const el = select.current;
    if (!made || !el) return;
    // The button that had the focus is gone: the select takes it in the same task, before
    // the next key arrives.
    el.focus();
    if (made === 'press') openPicker(el);
  }, [made]);
  if (!made) {
    return (
      <button
        type="button"
        class="choice"
        id={props.id}
        role="combobox"
        aria-label={props.label}
        aria-haspopup="listbox"
        aria-expanded="false"
        value={props.current.value}
        onMouseDown={() => (pressed.current = true)}
        onFocus={() => setMade(pressed.current ? 'press' : 'focus')}
        onClick={() => setMade('press')}
      >
        {/* Hidden from names read from content, as a select's choice is: the row's name stays its talk's. */}
        <span class="choice-text" aria-hidden="true">
          {props.current.label}
        </span>
      </button>
    );
  }
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
