/** A button that opens the browser's file picker and hands over the file picked. */
export function FilePicker(props: { label: string; accept: string; disabled: boolean; onPick: (file: File) => void }) {
  return (
    <label class="button file">
      {props.label}
      <input
        type="file"
        accept={props.accept}
        disabled={props.disabled}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // the same file may be picked again
          if (file) props.onPick(file);
        }}
      />
    </label>
  );
}
