import type { LibraryModel } from '../../utils/library/model';

/** The Markdown of a conference, a day or a talk: shown, copied or downloaded. */
export function ExportPanel({ model }: { model: LibraryModel }) {
  const x = model.exporter;
  const ready = !x.busy.value && x.markdown.value !== '';
  return (
    <div class="export">
      <label class="check">
        <input type="checkbox" checked={x.frontMatter.value} onChange={(e) => void x.setFrontMatter(e.currentTarget.checked)} /> Add YAML front matter
      </label>
      {x.slow.value && (
        <p class="progress" role="status">
          <progress aria-label="Exporting" /> Exporting…
        </p>
      )}
      <label class="field">
        <span>Markdown</span>
        <textarea class="markdown" readOnly rows={20} value={x.markdown.value} aria-busy={x.busy.value ? 'true' : undefined} />
      </label>
      <div class="actions">
        <button type="button" class="primary" disabled={!ready} onClick={() => void x.copy()}>
          Copy Markdown
        </button>
        <button type="button" disabled={!ready} onClick={x.download}>
          Download Markdown
        </button>
        <button type="button" onClick={model.closePanel}>Close</button>
      </div>
    </div>
  );
}
