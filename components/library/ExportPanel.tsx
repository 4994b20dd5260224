import type { LibraryModel } from '@/utils/library/model';
import { sizeText } from '@/utils/library/preview';
import { TalkFiles } from '@/components/library/TalkFiles';

/** The Markdown of a conference, a day or a talk: shown, copied or downloaded; a talk also in the open formats. */
export function ExportPanel({ model }: { model: LibraryModel }) {
  const x = model.exporter;
  const ready = !x.busy.value && x.markdown.value !== '';
  const { text, of } = x.preview.value;
  const target = x.target.value;
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
      {x.slowBundle.value && (
        <p class="progress" role="status">
          <progress aria-label="Making the write-up" /> Making the write-up…
        </p>
      )}
      <label class="field">
        <span>Markdown</span>
        <textarea class="markdown" readOnly rows={20} value={text} aria-busy={x.busy.value ? 'true' : undefined} aria-describedby={of === undefined ? undefined : 'export-cut'} />
      </label>
      {of !== undefined && (
        <p class="hint" id="export-cut">
          Shown: the first {sizeText(text.length)} of {sizeText(of)}. Copy and Download take all of it.
        </p>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={!ready} onClick={() => void x.copy()}>
          Copy Markdown
        </button>
        <button type="button" disabled={!ready} onClick={x.download}>
          Download Markdown
        </button>
        <button type="button" disabled={!ready || x.bundling.value} onClick={() => void x.downloadBundle()} title="The Markdown and its images in one .zip">
          Download write-up
        </button>
        {target?.kind === 'talk' && <TalkFiles model={model} talkId={target.talkId} name={target.name} />}
        <button type="button" onClick={model.closePanel}>Close</button>
      </div>
    </div>
  );
}
