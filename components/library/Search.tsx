import type { LibraryModel } from '@/utils/library/model';
import { highlightParts } from '@/utils/library/highlight';
import { formatMoment } from '@/utils/formats/time';
import { KIND_LABELS } from '@/components/kind-labels';

export function SearchBox({ model }: { model: LibraryModel }) {
  return (
    <div role="search" class="search">
      <label for="search">Search notes</label>
      <input
        id="search"
        type="search"
        autocomplete="off"
        placeholder="Words in any note or title"
        value={model.search.query.value}
        onInput={(e) => void model.search.setQuery(e.currentTarget.value)}
      />
    </div>
  );
}

/** Hits as links that open the recording at the note's moment. */
export function SearchResults({ model }: { model: LibraryModel }) {
  const { active, result, error } = model.search;
  if (!active.value) return null;
  const r = result.value;
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">Search results</h2>
      <p class="muted" role="status">
        {error.value ?? (r ? summary(r.total, r.hits.length, r.query) : 'Searching…')}
      </p>
      {r && r.hits.length > 0 && (
        <ol class="hits">
          {r.hits.map((h) => (
            <li key={`${h.talkId} ${h.noteId ?? ''}`}>
              <a href={h.link} target="_blank" rel="noopener noreferrer">
                <span class="hit-talk">{mark(h.title || 'Untitled talk', r.query)}</span>{' '}
                {h.noteId === null ? (
                  <span class="hit-time">(title)</span>
                ) : (
                  <>
                    <span class="hit-time">{formatMoment(h.at)}</span>{' '}
                    {h.kind && h.kind !== 'note' && <span class="hit-kind">{KIND_LABELS[h.kind]}: </span>}
                    <span class="hit-text">{mark(h.text, r.query)}</span>
                  </>
                )}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function summary(total: number, shown: number, query: string): string {
  const found = total === 0 ? `Nothing matches “${query.trim()}”.` : `${total} ${total === 1 ? 'match' : 'matches'} for “${query.trim()}”`;
  return total > shown ? `${found}, the first ${shown} shown.` : total > 0 ? `${found}.` : found;
}

function mark(text: string, query: string) {
  return highlightParts(text, query).map((p) => (p.hit ? <mark>{p.text}</mark> : p.text));
}
