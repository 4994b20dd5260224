/** Labelled form fields; `hidden` words complete the accessible name ("Date" + " of day 2"). */
interface FieldProps {
  label: string;
  hidden?: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'date' | 'url';
  required?: boolean;
  placeholder?: string;
}

export function Field({ label, hidden, value, onInput, type = 'text', required, placeholder }: FieldProps) {
  return (
    <label class="field">
      <span>
        {label}
        {hidden && <span class="visually-hidden">{hidden}</span>}
      </span>
      {/* Preact types `type` as one literal per input family; these three take the same attributes. */}
      <input type={type as 'text'} value={value} required={required} placeholder={placeholder} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  );
}

interface TextAreaProps {
  label: string;
  hidden?: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
}

export function TextArea({ label, hidden, value, onInput, rows = 4 }: TextAreaProps) {
  return (
    <label class="field">
      <span>
        {label}
        {hidden && <span class="visually-hidden">{hidden}</span>}
      </span>
      <textarea rows={rows} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </label>
  );
}
