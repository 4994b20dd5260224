/** A button that opens the file picker and hands over the one file chosen. */
export function FileButton(props: { label: string; title?: string; accept: string; disabled: boolean; onFile: (file: File) => void }) {
  return (
    <label class="button file" title={props.title}>
      {props.label}
      <input
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file may be picked again
          if (file) props.onFile(file);
        }}
      />
    </label>
  );
}
