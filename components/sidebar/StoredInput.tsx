import { useEffect, useRef } from 'preact/hooks';

type Props = {
  class: string;
  'aria-label': string;
  placeholder: string;
  /** The stored value, shown whenever the user is not editing the field. */
  stored: string;
  /** The user's text, on change (Enter or leaving the field). */
  onCommit: (text: string) => void;
};

/**
 * A text field over a stored value. A controlled input would be rewritten on every render, so a
 * late page detail (the talk's length, a title that rendered late) arriving while the user types
 * replaced the half-typed text; here the stored value is written only while the field is idle.
 */
export function StoredInput({ stored, onCommit, ...rest }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const typing = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (el && !typing.current) el.value = stored;
  }, [stored]);
  return (
    <input
      {...rest}
      ref={ref}
      defaultValue={stored}
      onInput={() => (typing.current = true)}
      onChange={(e) => onCommit(e.currentTarget.value)}
      onBlur={(e) => {
        typing.current = false;
        // Whatever was committed (or not) comes back as the stored value.
        e.currentTarget.value = stored;
      }}
    />
  );
}
