import { useState } from 'preact/hooks';

export interface Choice {
  value: string;
  label: string;
}

/**
 * A `<select>` that holds only its chosen option until it is focused or pressed, when the others
 * are made: a library of 215 talks then opens without a thousand-odd options nobody looks at.
 * Focus (by Tab or a click) comes before any key or the browser's list, so every choice is
 * there by the time a person can reach it.
 */
export function ChoiceSelect(props: { id: string; label: string; current: Choice; choices: () => readonly Choice[]; onChange: (value: string) => void }) {
  const [full, setFull] = useState(false);
  const fill = () => !full && setFull(true);
  const options = full ? props.choices() : [props.current];
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.current.value}
      onFocus={fill}
      onPointerDown={fill}
      onMouseDown={fill}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      {options.map((c) => (
        <option key={c.value} value={c.value}>{c.label}</option>
      ))}
    </select>
  );
}
